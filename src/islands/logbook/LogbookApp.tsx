import { useEffect, useRef, useState } from 'preact/hooks';
import type { PdfMunicipality } from '../../lib/pdf/browser.ts';
import type { Resolution, ImportDecision } from '../../lib/local-data/import-compare.ts';
import { logbookStringsPath, type LogbookLanguageChoice, type LogbookText, type LogbookTranslation } from '../../lib/logbook/strings.ts';
import { readChoice, writeChoice } from '../../lib/languages/choice.ts';
import {
  applyImport, exportLogbook, logbookFileName, logbookKey, newWeek, parseLogbookImport, readLogbook, setAnswer, sortWeeks, weekAt, weekChoices,
  type Logbook, type LogbookWeek, type QuestionId,
} from '../../lib/logbook/model.ts';
import { logbookPdf, logbookPdfForm } from '../../lib/logbook/pdf-fill.ts';
import { download } from '../../lib/download.ts';
import { storedText } from '../../lib/local-data/stored-text.ts';
import { useAutosave } from '../shared/autosave.ts';
import { formatClock } from '../../lib/dates.ts';
import { WeekView } from './WeekView.tsx';
import { ImportChoices } from './ImportChoices.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { WeekPicker } from './WeekPicker.tsx';
import { Both, no, type LogbookWords } from './text.tsx';
import { SOURCE_LANG } from '../../lib/languages/files.ts';

interface Props {
  base: string;
  /** The logbook's Norwegian (content/sprak/kilde/loggbok.yaml). */
  nb: LogbookText;
  /** Languages with a translation; each is fetched only when chosen. */
  languages: LogbookLanguageChoice[];
  /** When the logbook's questions were last reviewed (the PDF's date line). */
  reviewed: string;
  municipality: PdfMunicipality;
}

type Conflict = Extract<ImportDecision<LogbookWeek>, { kind: 'conflict' }>;

export default function LogbookApp({ base, nb, languages, reviewed, municipality }: Props) {
  const [stored] = useState(() => storedText(logbookKey(base)));
  const [ready, setReady] = useState(false);
  const [logbook, setLogbook] = useState<Logbook>({ version: 1, weeks: [] });
  const [damaged, setDamaged] = useState(false);
  const [index, setIndex] = useState(0);
  const [picking, setPicking] = useState(false);
  const [message, setMessage] = useState<{ id: string; values?: Record<string, number>; undo?: Logbook; error?: boolean } | null>(null);
  const [pending, setPending] = useState<{ decisions: ImportDecision<LogbookWeek>[]; choices: Record<string, Resolution> } | null>(null);
  const [pdf, setPdf] = useState<'idle' | 'working' | 'done' | 'failed'>('idle');
  const [language, setLanguage] = useState('');
  const [tr, setTr] = useState<LogbookTranslation | undefined>();
  const w: LogbookWords = { nb, tr };
  const logbookRef = useRef(logbook);
  logbookRef.current = logbook;
  const headingFocus = useRef(false);

  const autosave = useAutosave(() => {
    if (damaged) return false; // Never write over something that could not be read.
    return stored.write(JSON.stringify(logbookRef.current));
  });

  /** Only the chosen language's text is fetched; if it cannot be, the logbook stays Norwegian and says so. */
  const chooseLanguage = async (kode: string, remember = true) => {
    setLanguage(kode);
    if (remember) writeChoice(base, kode || 'nb');
    if (!kode) return setTr(undefined);
    try {
      const response = await fetch(logbookStringsPath(base, kode));
      if (!response.ok) throw new Error(String(response.status));
      setTr((await response.json()) as LogbookTranslation);
    } catch {
      setLanguage('');
      setTr(undefined);
      setMessage({ id: 'languageFailed', error: true });
    }
  };

  useEffect(() => {
    const r = readLogbook(stored.read()); // blocked storage reads as empty
    setLogbook(r.logbook);
    setDamaged(r.damaged);
    setIndex(Math.max(0, r.logbook.weeks.length - 1));
    setReady(true);
    // The language chosen on /sprak/<kode>/ or here before is the default.
    const remembered = readChoice(base);
    if (remembered && languages.some((l) => l.kode === remembered)) void chooseLanguage(remembered, false);
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
  const week = picking ? undefined : logbook.weeks[index];
  const go = (i: number) => {
    autosave.flush();
    headingFocus.current = true;
    setIndex(i);
    setMessage(null);
  };
  const choices = weekChoices(logbook.weeks, new Date());
  /** «Ny uke»: choose which week when there is a choice; otherwise the week after the last. */
  const askWeek = () => {
    autosave.flush();
    setMessage(null);
    if (choices.length) return setPicking(true);
    startWeek(newWeek(logbook.weeks, new Date()).weekStart);
  };
  const startWeek = (weekStart: string) => {
    const added = weekAt(weekStart);
    const weeks = sortWeeks([...logbook.weeks, added]);
    change({ ...logbook, weeks });
    setPicking(false);
    headingFocus.current = true;
    setIndex(weeks.findIndex((x) => x.id === added.id));
  };
  const answer = (q: QuestionId, text: string) => {
    if (!week) return;
    change({ ...logbook, weeks: logbook.weeks.map((x) => (x.id === week.id ? setAnswer(x, q, text) : x)) });
  };
  const deleteWeek = () => {
    if (!week) return;
    const before = logbook;
    change({ ...logbook, weeks: logbook.weeks.filter((x) => x.id !== week.id) });
    setIndex(Math.max(0, index - 1));
    setMessage({ id: 'deleted', undo: before });
  };
  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage(null);
    const parsed = parseLogbookImport(file.size > 1_000_000 ? '' : await file.text(), file.size, logbook);
    if (!parsed.ok) return setMessage({ id: 'badFile', error: true });
    if (parsed.decisions.some((d) => d.kind === 'conflict')) return setPending({ decisions: parsed.decisions, choices: {} });
    finishImport(parsed.decisions, {});
  };
  const finishImport = (decisions: ImportDecision<LogbookWeek>[], choices: Record<string, Resolution>) => {
    const out = applyImport(logbook.weeks, decisions, choices, (x) => ({ ...x, id: `${x.id}-kopi` }));
    change({ ...logbook, weeks: sortWeeks(out.records) });
    // «Ferdig» goes away with the choice; focus returns to the week, as after changing weeks.
    if (pending) headingFocus.current = true;
    setPending(null);
    setMessage({ id: 'imported', values: { added: out.added + out.keptBoth, same: out.unchanged } });
  };
  const makePdf = async () => {
    setPdf('working');
    try {
      const { downloadFilledForm } = await import('../../lib/pdf/browser.ts');
      const filled = logbookPdf(logbookPdfForm(nb, tr?.strings, logbook.weeks.length, new Date(reviewed), tr?.kode), logbook.weeks);
      await downloadFilledForm({ formId: 'loggbok', form: filled.form, fill: filled.fill, municipality });
      setPdf('done');
    } catch {
      setPdf('failed');
    }
  };

  const saved = autosave.state;
  // Nothing changed since the page opened: what is on screen is what was read from storage.
  const saveText = saved.kind === 'saved' ? <Both w={w} id="savedAt" values={{ time: formatClock(saved.at) }} /> : saved.kind === 'pending' ? <Both w={w} id="saving" /> : saved.kind === 'failed' ? <Both w={w} id="saveFailed" /> : <Both w={w} id="saved" />;
  const conflicts = (pending?.decisions.filter((d) => d.kind === 'conflict') ?? []) as Conflict[];
  const count = { i: index + 1, n: logbook.weeks.length };

  return (
    <div class="logbook" lang={SOURCE_LANG}>
      <p><Both w={w} id="privacy" /></p>
      {languages.length > 0 && <LanguagePicker w={w} languages={languages} value={language} onChoose={(kode) => void chooseLanguage(kode)} />}
      {pending ? (
        <ImportChoices conflicts={conflicts} choices={pending.choices} w={w} onChoose={(id, r) => setPending({ ...pending, choices: { ...pending.choices, [id]: r } })} onDone={() => finishImport(pending.decisions, pending.choices)} />
      ) : picking ? (
        <WeekPicker w={w} choices={choices} onStart={startWeek} onCancel={() => { setPicking(false); headingFocus.current = true; }} />
      ) : week ? (
        <>
          <nav class="logbook-nav" aria-label={no(w, 'weekCount', count)}>
            <button type="button" class="ds-button" data-variant="secondary" disabled={index === 0} onClick={() => go(index - 1)}><Both w={w} id="previous" /></button>
            <span class="logbook-count"><Both w={w} id="weekCount" values={count} /></span>
            {index < logbook.weeks.length - 1 && <button type="button" class="ds-button" data-variant="secondary" onClick={() => go(index + 1)}><Both w={w} id="next" /></button>}
            <button type="button" class="ds-button" data-variant="secondary" onClick={askWeek}><Both w={w} id="newWeek" /></button>
          </nav>
          <WeekView week={week} w={w} onAnswer={answer} />
          <p class="logbook-saved" role="status">{saveText}</p>
          <button type="button" class="ds-button" data-variant="tertiary" onClick={deleteWeek}><Both w={w} id="deleteWeek" /></button>
        </>
      ) : (
        <>
          <p><Both w={w} id="empty" /></p>
          <button type="button" class="ds-button" disabled={!ready} onClick={askWeek}><Both w={w} id="firstWeek" /></button>
        </>
      )}
      <div role="status" class="logbook-message">
        {message && (
          <p class={message.error ? 'ds-validation-message' : undefined} data-color={message.error ? 'danger' : undefined}>
            <Both w={w} id={message.id} values={message.values} />{' '}
            {message.undo && <button type="button" class="ds-button" data-variant="secondary" data-size="sm" onClick={() => { change(message.undo!); setMessage({ id: 'restored' }); }}><Both w={w} id="undo" /></button>}
          </p>
        )}
      </div>
      {logbook.weeks.length > 0 && !pending && (
        <section class="logbook-share" aria-labelledby="logbook-share">
          <h2 id="logbook-share" class="ds-heading" data-size="xs"><Both w={w} id="share" /></h2>
          <button type="button" class="ds-button" disabled={pdf === 'working'} aria-busy={pdf === 'working' || undefined} onClick={makePdf}>{pdf === 'working' ? <Both w={w} id="pdfWorking" /> : <Both w={w} id="downloadPdf" />}</button>
          <button type="button" class="ds-button" data-variant="secondary" onClick={() => download(logbookFileName(new Date(), 'json'), exportLogbook(logbook))}><Both w={w} id="downloadFile" /></button>
          <p role="status">{pdf === 'done' ? <Both w={w} id="pdfDone" /> : pdf === 'failed' ? <Both w={w} id="pdfFailed" /> : ''}</p>
        </section>
      )}
      {!pending && (
        <div class="ds-field logbook-importfile">
          <label class="ds-label" for="logbook-import"><Both w={w} id="importFile" /></label>
          <input id="logbook-import" class="ds-input" type="file" accept="application/json,.json" disabled={!ready} onChange={onImport} />
        </div>
      )}
    </div>
  );
}
