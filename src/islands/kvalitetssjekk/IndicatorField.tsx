import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useSaveOnLeave } from '../shared/save-on-leave.ts';
import { markUnsaved } from '../../lib/local-data/unsaved.ts';
import { noteProblem } from '../../lib/quality/storage.ts';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import { SCORES, type Indicator, type Score } from '../../lib/quality/check.ts';
import type { Answer, OwnFigure } from '../../lib/quality/assessment.ts';
import { helpFor, type PageLinks } from '../../lib/quality/report.ts';
import { fill } from '../../lib/i18n/fill.ts';

interface Props {
  indicator: Indicator;
  answer: Answer | undefined;
  figure: OwnFigure | undefined;
  links: PageLinks;
  t: UiStrings['quality'];
  /** The lang attribute of the indicator's text (see Kvalitetssjekk.tsx). */
  lang?: string;
  onScore: (score: Score | null) => void;
  onNote: (note: string) => void;
  onFigure: (patch: OwnFigure) => void;
}

/** A safe id fragment from "group/indicator". */
export const domId = (key: string) => `kv-${key.replace('/', '--')}`;

function describe(indicator: Indicator, score: Score, t: UiStrings['quality']): string {
  if (score === 1 || score === 3 || score === 5) return indicator.levels[score];
  return fill(t.between, { a: score - 1, b: score + 1 });
}

/** One indicator: what is measured, the score 1–5 with the described levels, a note, and where to read more. */
export function IndicatorField({ indicator, answer, figure, links, t, lang, onScore, onNote, onFigure }: Props) {
  const id = domId(indicator.key);
  // «Notat til «{title}»»: the title is the indicator's own text, marked with its language.
  const noteLabel = t.note.split('{title}');
  return (
    <fieldset class="kv-indicator" id={id}>
      <legend class="kv-indicator-title" lang={lang}>{indicator.title}</legend>
      <p><strong>{t.measures}:</strong> <span lang={lang}>{indicator.measures}</span></p>
      <div class="kv-scores">
        {SCORES.map((s) => (
          <label class="kv-score" key={s}>
            <input type="radio" name={id} value={s} checked={answer?.score === s} onChange={() => onScore(s)} />
            <span><strong>{s}</strong> – <span lang={s % 2 ? lang : undefined}>{describe(indicator, s, t)}</span></span>
          </label>
        ))}
      </div>
      {answer?.score !== undefined && (
        <button type="button" class="ds-button kv-clear" data-variant="tertiary" data-size="sm" aria-label={`${t.clear}: ${indicator.title}`} onClick={() => onScore(null)}>{t.clear}</button>
      )}
      {indicator.benchmark && <FigureInputs id={id} indicator={indicator} figure={figure} t={t} lang={lang} onFigure={onFigure} />}
      <NoteField id={`${id}-note`} label={<>{noteLabel[0]}<span lang={lang}>{indicator.title}</span>{noteLabel[1]}</>} stored={answer?.note ?? ''} onNote={onNote} />
      <p class="kv-readmore">
        {t.readMore}:{' '}
        {helpFor(indicator, links).map((h, i) => (
          <span key={h.ref}>{i > 0 && ', '}<a class="ds-link" href={h.href} lang={lang}>{h.title}</a></span>
        ))}
      </p>
    </fieldset>
  );
}

/**
 * The note: never cut (no maxLength). A text over the limit is kept in the box, marked, not
 * saved, and the page asks before it is left, until the user shortens it. Otherwise the box
 * shows the stored note (a view reads the store).
 */
function NoteField({ id, label, stored, onNote }: { id: string; label: ComponentChildren; stored: string; onNote: (note: string) => void }) {
  // The draft survives a reload of this tab (sessionStorage, by page and field).
  const key = `utkast:${location.pathname}:${id}`;
  const [tooLong, setTooLongState] = useState<string | undefined>(() => session(() => sessionStorage.getItem(key)) ?? undefined);
  const setTooLong = (text: string | undefined) => {
    setTooLongState(text);
    session(() => (text === undefined ? sessionStorage.removeItem(key) : sessionStorage.setItem(key, text)));
  };
  const problem = tooLong !== undefined ? noteProblem(tooLong) : undefined;
  useSaveOnLeave(() => undefined, () => tooLong !== undefined);
  useEffect(() => { if (tooLong !== undefined) markUnsaved(true); }, [tooLong]);
  return (
    <>
      <label class="ds-label kv-note-label" for={id}>{label}</label>
      <textarea class="ds-input kv-note" id={id} rows={2} value={tooLong ?? stored} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-error` : undefined}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          if (noteProblem(value)) { setTooLong(value); return; }
          setTooLong(undefined);
          onNote(value);
        }} />
      {problem && <p class="kv-error" id={`${id}-error`} role="alert">{problem}</p>}
    </>
  );
}

/** Blocked or full storage: the draft stays on screen only. */
function session<T>(run: () => T): T | undefined {
  try { return run(); } catch { return undefined; }
}

type FigureField = keyof OwnFigure;

/** The municipality's own figure and goal beside the published one; a bad number is shown next to its field and not saved. */
function FigureInputs({ id, indicator, figure, t, lang, onFigure }: { id: string; indicator: Indicator; figure: OwnFigure | undefined; t: UiStrings['quality']; lang?: string; onFigure: (p: OwnFigure) => void }) {
  const b = indicator.benchmark!;
  // The measure is the indicator's own text, marked with its language.
  const caution = t.sameMeasure.split('{measure}');
  const [errors, setErrors] = useState<Partial<Record<FigureField, string>>>({});
  const [drafts, setDrafts] = useState<Partial<Record<FigureField, string>>>({});
  const onInput = (field: FigureField, raw: string) => {
    setDrafts({ ...drafts, [field]: raw });
    const text = raw.trim().replace(',', '.');
    if (text === '') {
      setErrors({ ...errors, [field]: undefined });
      onFigure({ [field]: undefined });
      return;
    }
    const n = Number(text);
    const ok = field === 'year' ? Number.isInteger(n) && n >= 2000 && n <= 2100 : Number.isFinite(n) && n >= 0 && n <= 100;
    setErrors({ ...errors, [field]: ok ? undefined : field === 'year' ? t.yearError : t.numberError });
    if (ok) onFigure({ [field]: n });
  };
  const input = (field: FigureField, label: string) => (
    <div class="ds-field kv-figure-field">
      <label class="ds-label" for={`${id}-${field}`}>{label}</label>
      <input class="ds-input" id={`${id}-${field}`} inputMode="decimal" autoComplete="off" value={drafts[field] ?? (figure?.[field] !== undefined ? String(figure[field]).replace('.', ',') : '')}
        aria-invalid={errors[field] ? 'true' : undefined} aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
        onInput={(e) => onInput(field, (e.currentTarget as HTMLInputElement).value)} />
      {errors[field] && <p class="kv-field-error" id={`${id}-${field}-error`}>{errors[field]}</p>}
    </div>
  );
  return (
    <div class="kv-figure">
      <p lang={lang}>{b.label}: <strong>{String(b.value).replace('.', ',')} %</strong> ({b.year}, {b.source.publisher ?? b.source.title}: {b.source.title}).</p>
      <p class="kv-caution">{caution[0]}<span lang={lang}>{b.measure}</span>{caution[1]}</p>
      <div class="kv-figure-inputs">
        {input('value', t.ownValue)}
        {input('year', t.ownYear)}
        {input('goal', t.ownGoal)}
      </div>
    </div>
  );
}
