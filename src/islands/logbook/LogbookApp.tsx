import { useEffect, useRef, useState } from 'preact/hooks';
import type { FormData } from '../../lib/schemas/form.ts';
import type { PdfMunicipality } from '../../lib/pdf/browser.ts';
import type { Resolution, ImportDecision } from '../../lib/local-data/import-compare.ts';
import { logbookStrings } from '../../lib/logbook/strings.ts';
import {
  applyImport, exportLogbook, logbookFileName, logbookKey, newWeek, parseLogbookImport, readLogbook, setAnswer, sortWeeks,
  type Logbook, type LogbookWeek, type QuestionId,
} from '../../lib/logbook/model.ts';
import { logbookPdf } from '../../lib/logbook/pdf-fill.ts';
import { download } from '../../lib/download.ts';
import { storedText } from '../../lib/local-data/stored-text.ts';
import { useAutosave } from '../shared/autosave.ts';
import { formatClock } from '../../lib/dates.ts';
import { WeekView } from './WeekView.tsx';
import { ImportChoices } from './ImportChoices.tsx';

interface Props {
  lang: string;
  base: string;
  /** The paper logbook's definition: the PDF is that form with the weeks filled in. */
  form: Omit<FormData, 'reviewed'> & { reviewed: string };
  municipality: PdfMunicipality;
}

type Conflict = Extract<ImportDecision<LogbookWeek>, { kind: 'conflict' }>;

export default function LogbookApp({ lang, base, form, municipality }: Props) {
  const t = logbookStrings(lang);
  const [stored] = useState(() => storedText(logbookKey(base)));
  const [ready, setReady] = useState(false);
  const [logbook, setLogbook] = useState<Logbook>({ version: 1, weeks: [] });
  const [damaged, setDamaged] = useState(false);
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState<{ text: string; undo?: Logbook; error?: boolean } | null>(null);
  const [pending, setPending] = useState<{ decisions: ImportDecision<LogbookWeek>[]; choices: Record<string, Resolution> } | null>(null);
  const [pdf, setPdf] = useState<'idle' | 'working' | 'done' | 'failed'>('idle');
  const logbookRef = useRef(logbook);
  logbookRef.current = logbook;
  const headingFocus = useRef(false);

  const autosave = useAutosave(() => {
    if (damaged) return false; // Never write over something that could not be read.
    return stored.write(JSON.stringify(logbookRef.current));
  });

  useEffect(() => {
    const r = readLogbook(stored.read()); // blocked storage reads as empty
    setLogbook(r.logbook);
    setDamaged(r.damaged);
    setIndex(Math.max(0, r.logbook.weeks.length - 1));
    setReady(true);
  }, []);

  // After any render that asked for it (changing weeks, closing the import choice): checked
  // after every render rather than on a list of changes, so no path can miss it.
  useEffect(() => {
    if (!headingFocus.current) return;
    const heading = document.querySelector<HTMLElement>('.logbook-week h2');
    if (!heading) return;
    headingFocus.current = false;
    heading.focus();
  });

  const change = (next: Logbook) => {
    setLogbook(next);
    autosave.changed();
  };
  const week = logbook.weeks[index];
  const go = (i: number) => {
    autosave.flush();
    headingFocus.current = true;
    setIndex(i);
    setMessage(null);
  };
  const addWeek = () => {
    const weeks = sortWeeks([...logbook.weeks, newWeek(logbook.weeks, new Date())]);
    change({ ...logbook, weeks });
    headingFocus.current = true;
    setIndex(weeks.length - 1);
  };
  const answer = (q: QuestionId, text: string) => {
    if (!week) return;
    change({ ...logbook, weeks: logbook.weeks.map((w) => (w.id === week.id ? setAnswer(w, q, text) : w)) });
  };
  const deleteWeek = () => {
    if (!week) return;
    const before = logbook;
    change({ ...logbook, weeks: logbook.weeks.filter((w) => w.id !== week.id) });
    setIndex(Math.max(0, index - 1));
    setMessage({ text: t.deleted, undo: before });
  };
  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage(null);
    const parsed = parseLogbookImport(file.size > 1_000_000 ? '' : await file.text(), file.size, logbook);
    if (!parsed.ok) return setMessage({ text: t.badFile, error: true });
    if (parsed.decisions.some((d) => d.kind === 'conflict')) return setPending({ decisions: parsed.decisions, choices: {} });
    finishImport(parsed.decisions, {});
  };
  const finishImport = (decisions: ImportDecision<LogbookWeek>[], choices: Record<string, Resolution>) => {
    const out = applyImport(logbook.weeks, decisions, choices, (w) => ({ ...w, id: `${w.id}-kopi` }));
    change({ ...logbook, weeks: sortWeeks(out.records) });
    // «Ferdig» goes away with the choice; focus returns to the week, as after changing weeks.
    if (pending) headingFocus.current = true;
    setPending(null);
    setMessage({ text: t.imported.replace('{added}', String(out.added + out.keptBoth)).replace('{same}', String(out.unchanged)) });
  };
  const makePdf = async () => {
    setPdf('working');
    try {
      const { downloadFilledForm } = await import('../../lib/pdf/browser.ts');
      const filled = logbookPdf({ ...form, reviewed: new Date(form.reviewed) }, logbook.weeks);
      await downloadFilledForm({ formId: 'loggbok', form: filled.form, fill: filled.fill, municipality });
      setPdf('done');
    } catch {
      setPdf('failed');
    }
  };

  const saved = autosave.state;
  const saveText = saved.kind === 'saved' ? t.savedAt.replace('{time}', formatClock(saved.at)) : saved.kind === 'pending' ? t.saving : saved.kind === 'failed' ? t.saveFailed : t.notSaved;
  const conflicts = (pending?.decisions.filter((d) => d.kind === 'conflict') ?? []) as Conflict[];

  return (
    <div class="logbook" lang={t.lang} dir={t.dir}>
      <p>{t.privacy}</p>
      {pending ? (
        <ImportChoices conflicts={conflicts} choices={pending.choices} t={t} onChoose={(id, r) => setPending({ ...pending, choices: { ...pending.choices, [id]: r } })} onDone={() => finishImport(pending.decisions, pending.choices)} />
      ) : week ? (
        <>
          <nav class="logbook-nav" aria-label={t.weekCount.replace('{i}', String(index + 1)).replace('{n}', String(logbook.weeks.length))}>
            <button type="button" class="ds-button" data-variant="secondary" disabled={index === 0} onClick={() => go(index - 1)}>{t.previous}</button>
            <span>{t.weekCount.replace('{i}', String(index + 1)).replace('{n}', String(logbook.weeks.length))}</span>
            {index < logbook.weeks.length - 1 ? (
              <button type="button" class="ds-button" data-variant="secondary" onClick={() => go(index + 1)}>{t.next}</button>
            ) : (
              <button type="button" class="ds-button" data-variant="secondary" onClick={addWeek}>{t.newWeek}</button>
            )}
          </nav>
          <WeekView week={week} t={t} onAnswer={answer} />
          <p class="logbook-saved" role="status">{saveText}</p>
          <button type="button" class="ds-button" data-variant="tertiary" onClick={deleteWeek}>{t.deleteWeek}</button>
        </>
      ) : (
        <>
          <p>{t.empty}</p>
          <button type="button" class="ds-button" disabled={!ready} onClick={addWeek}>{t.firstWeek}</button>
        </>
      )}
      <div role="status" class="logbook-message">
        {message && (
          <p class={message.error ? 'ds-validation-message' : undefined} data-color={message.error ? 'danger' : undefined}>
            {message.text}{' '}
            {message.undo && <button type="button" class="ds-button" data-variant="secondary" data-size="sm" onClick={() => { change(message.undo!); setMessage({ text: t.restored }); }}>{t.undo}</button>}
          </p>
        )}
      </div>
      {logbook.weeks.length > 0 && !pending && (
        <section class="logbook-share" aria-labelledby="logbook-share">
          <h2 id="logbook-share" class="ds-heading" data-size="xs">{t.share}</h2>
          <button type="button" class="ds-button" disabled={pdf === 'working'} aria-busy={pdf === 'working' || undefined} onClick={makePdf}>{pdf === 'working' ? t.pdfWorking : t.downloadPdf}</button>
          <button type="button" class="ds-button" data-variant="secondary" onClick={() => download(logbookFileName(new Date(), 'json'), exportLogbook(logbook))}>{t.downloadFile}</button>
          <p role="status">{pdf === 'done' ? t.pdfDone : pdf === 'failed' ? t.pdfFailed : ''}</p>
        </section>
      )}
      {!pending && (
        <div class="ds-field logbook-importfile">
          <label class="ds-label" for="logbook-import">{t.importFile}</label>
          <input id="logbook-import" class="ds-input" type="file" accept="application/json,.json" disabled={!ready} onChange={onImport} />
        </div>
      )}
    </div>
  );
}
