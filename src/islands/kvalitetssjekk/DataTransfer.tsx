import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import type { Resolution } from '../../lib/local-data/import-compare.ts';
import type { Assessment } from '../../lib/quality/assessment.ts';
import { applyAssessments, compareAssessments, importMessage, type AssessmentDecision } from '../../lib/quality/import.ts';
import { exportFile, exportFileName, MAX_IMPORT_BYTES, parseImport } from '../../lib/quality/storage.ts';
import { download } from '../../lib/download.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { formatShortDate } from '../../lib/dates.ts';

interface Props {
  assessments: Assessment[];
  t: UiStrings['quality'];
  /** Called once with the final list; nothing is saved before the user has settled every conflict. */
  onImported: (records: Assessment[]) => void;
}

const when = (iso: string) => (iso ? new Date(iso).toLocaleString('nb-NO', { dateStyle: 'short', timeStyle: 'short' }) : '–');

/** Export to a file and import from one, by the shared rule: identical → nothing, new → added, conflicts asked. */
export function DataTransfer({ assessments, t, onImported }: Props) {
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<AssessmentDecision[] | null>(null);
  // The file field is disabled while a choice is open, so focus would fall to the top of the
  // page: it moves to the question when the choice opens, and back to the field after.
  // Checked after every render, so it happens once the target is there and enabled.
  const focusTo = useRef<string | null>(null);
  useEffect(() => {
    const target = focusTo.current && document.getElementById(focusTo.current);
    if (!target || (target as HTMLInputElement).disabled) return;
    focusTo.current = null;
    target.focus();
  });
  const [choices, setChoices] = useState<Record<string, Resolution>>({});

  const finish = (decisions: AssessmentDecision[], resolutions: Record<string, Resolution>) => {
    const outcome = applyAssessments(assessments, decisions, resolutions);
    if (outcome.added || outcome.replaced || outcome.keptBoth) onImported(outcome.records);
    setMessage(importMessage(outcome));
    if (pending) focusTo.current = 'kv-import';
    setPending(null);
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage('');
    // An oversized file is refused before it is read into memory.
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const parsed = parseImport(text, file.size);
    if (!parsed.ok) { setError(parsed.message); return; }
    setError('');
    const decisions = compareAssessments(assessments, parsed.assessments);
    const conflicts = decisions.filter((d) => d.kind === 'conflict');
    if (conflicts.length === 0) { finish(decisions, {}); return; }
    setChoices(Object.fromEntries(conflicts.map((d) => [d.incoming.id, 'keep-stored' as Resolution])));
    focusTo.current = 'kv-conflicts-heading';
    setPending(decisions);
  };

  return (
    <section class="kv-data no-print" aria-labelledby="kv-data-heading">
      <h2 id="kv-data-heading" class="ds-heading" data-size="sm">{t.data}</h2>
      <p>
        <button type="button" class="ds-button" data-variant="secondary" disabled={assessments.length === 0} onClick={() => download(exportFileName(new Date()), exportFile(assessments))}>{t.exportAll}</button>
      </p>
      <div class="ds-field">
        <label class="ds-label" for="kv-import">{t.importFile}</label>
        <input id="kv-import" type="file" accept="application/json,.json" aria-describedby={error ? 'kv-import-error' : undefined} onChange={onFile} disabled={pending !== null} />
        {error && <p id="kv-import-error" role="alert" class="kv-error">{error}</p>}
      </div>
      <p role="status" class="kv-import-status">{message}</p>
      {pending && (
        <div class="kv-conflicts" role="group" aria-labelledby="kv-conflicts-heading">
          <h3 id="kv-conflicts-heading" class="ds-heading" data-size="xs" tabIndex={-1}>{t.conflictsTitle}</h3>
          <p>{t.conflictsIntro}</p>
          {pending.map((d) => d.kind === 'conflict' && (
            <fieldset key={d.incoming.id} class="kv-conflict">
              <legend>{fill(t.conflictLegend, { date: formatShortDate(d.stored.date) })}</legend>
              {d.newer !== 'same' && <p>{d.newer === 'stored' ? t.newerStored : t.newerIncoming}</p>}
              {(['keep-stored', 'take-incoming', 'keep-both'] as const).map((r) => (
                <label class="kv-choice" key={r}>
                  <input type="radio" name={`kv-conflict-${d.incoming.id}`} value={r} checked={choices[d.incoming.id] === r} onChange={() => setChoices({ ...choices, [d.incoming.id]: r })} />{' '}
                  {r === 'keep-stored' ? fill(t.keepStored, { when: when(d.stored.updatedAt) }) : r === 'take-incoming' ? fill(t.takeIncoming, { when: when(d.incoming.updatedAt) }) : t.keepBoth}
                </label>
              ))}
            </fieldset>
          ))}
          <p>
            <button type="button" class="ds-button" onClick={() => finish(pending, choices)}>{t.finishImport}</button>{' '}
            <button type="button" class="ds-button" data-variant="secondary" onClick={() => { focusTo.current = 'kv-import'; setPending(null); setMessage(t.importCancelled); }}>{t.cancelImport}</button>
          </p>
        </div>
      )}
    </section>
  );
}
