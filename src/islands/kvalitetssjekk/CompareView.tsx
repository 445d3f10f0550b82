import { useState } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import type { QualityCheck } from '../../lib/quality/check.ts';
import { byDateDescending, type Assessment } from '../../lib/quality/assessment.ts';
import { changeBetween, formatChange, formatScore, progressOf } from '../../lib/quality/scores.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { formatShortDate } from '../../lib/dates.ts';

interface Props {
  check: QualityCheck;
  assessments: Assessment[];
  activeId: string | undefined;
  t: UiStrings['quality'];
  /** The lang attribute of the parts' titles (see Kvalitetssjekk.tsx). */
  lang?: string;
  onOpen: (id: string) => void;
  onDelete: (a: Assessment) => void;
}

const label = (a: Assessment, t: UiStrings['quality']) => `${formatShortDate(a.date)}${a.importedCopy ? ` (${t.copy})` : ''}`;

/** Every assessment kept in this browser, and the change per part between any two of them. */
export function CompareView({ check, assessments, activeId, t, lang, onOpen, onDelete }: Props) {
  const list = byDateDescending(assessments);
  const [toId, setToId] = useState(list[0]?.id);
  const [fromId, setFromId] = useState(list.find((a) => a.date !== list[0]?.date)?.id);
  const to = list.find((a) => a.id === toId) ?? list[0];
  const from = list.find((a) => a.id === fromId);
  const [earlier, later] = from && to && from.date > to.date ? [to, from] : [from, to];
  const dated = new Set(list.map((a) => a.date)).size >= 2;
  const select = (id: string, text: string, value: string | undefined, set: (v: string) => void) => (
    <div class="ds-field">
      <label class="ds-label" for={id}>{text}</label>
      <select class="ds-input" id={id} value={value} onChange={(e) => set((e.currentTarget as HTMLSelectElement).value)}>
        {list.map((a) => <option key={a.id} value={a.id}>{label(a, t)}</option>)}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="kv-history-heading">
      <h2 id="kv-history-heading" class="ds-heading" data-size="md" tabIndex={-1}>{t.history}</h2>
      {!dated ? <p>{t.needTwo}</p> : (
        <>
          <p>{t.compareIntro}</p>
          <div class="kv-compare-pick">
            {select('kv-from', t.from, from?.id, setFromId)}
            {select('kv-to', t.to, to?.id, setToId)}
          </div>
          {earlier && later && (
            <div class="table-wrap">
              <table class="ds-table kv-table kv-change" data-size="sm">
                <caption>{fill(t.compareCaption, { from: formatShortDate(earlier.date), to: formatShortDate(later.date) })}</caption>
                <thead><tr><th scope="col">{t.part}</th><th scope="col">{formatShortDate(earlier.date)}</th><th scope="col">{formatShortDate(later.date)}</th><th scope="col">{t.change}</th></tr></thead>
                <tbody>
                  {changeBetween(check, earlier, later).map((c) => (
                    <tr key={c.group.id}><th scope="row" lang={lang}>{c.group.title}</th><td data-label={formatShortDate(earlier.date)}>{formatScore(c.before)}</td><td data-label={formatShortDate(later.date)}>{formatScore(c.after)}</td><td data-label={t.change}>{formatChange(c.change)}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <h3 class="ds-heading" data-size="sm">{t.list}</h3>
      <ul class="kv-list">
        {list.map((a) => {
          const p = progressOf(check, a);
          return (
            <li key={a.id}>
              <span>{label(a, t)} · {fill(t.answered, { n: p.answered, total: p.total })}</span>{' '}
              {a.id !== activeId && <button type="button" class="ds-button" data-variant="secondary" data-size="sm" onClick={() => onOpen(a.id)}>{fill(t.open, { date: formatShortDate(a.date) })}</button>}{' '}
              <button type="button" class="ds-button" data-variant="tertiary" data-color="danger" data-size="sm" onClick={() => onDelete(a)}>{fill(t.deleteOne, { date: formatShortDate(a.date) })}</button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
