import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import type { PdfMunicipality } from '../../lib/pdf/browser.ts';
import type { QualityCheck } from '../../lib/quality/check.ts';
import { byDateDescending, createAssessment, setDate, type Assessment } from '../../lib/quality/assessment.ts';
import { buildReport, type PageLinks } from '../../lib/quality/report.ts';
import { orphanedAnswers } from '../../lib/quality/scores.ts';
import { download } from '../../lib/download.ts';
import { useQualityState } from './useQualityState.ts';
import { AssessmentBar } from './AssessmentBar.tsx';
import { GroupStep } from './GroupStep.tsx';
import { ResultView } from './ResultView.tsx';
import { CompareView } from './CompareView.tsx';
import { DataTransfer } from './DataTransfer.tsx';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { fill } from '../../lib/i18n/fill.ts';
import { formatShortDate } from '../../lib/dates.ts';
import type { ContentLanguage } from '../../lib/content/provenance.ts';

interface Props {
  check: QualityCheck;
  links: PageLinks;
  base: string;
  municipality: PdfMunicipality;
  t: UiStrings['quality'];
  /** The lang attribute of the indicators' text (shared content, bokmål) when the page is in another language. */
  lang?: ContentLanguage;
}

type View = 'answer' | 'result' | 'history';

/** Kvalitetssjekken: answer one part at a time, see the result and report, compare over time. */
export default function Kvalitetssjekk({ check, links, base, municipality, t, lang }: Props) {
  const q = useQualityState(base);
  const [view, setView] = useState<View>('answer');
  const [step, setStep] = useState(0);
  const [notice, setNotice] = useState('');
  const root = useRef<HTMLDivElement>(null);

  // The island replaces the plain list of indicators that readers without JavaScript get.
  useEffect(() => { document.getElementById('kv-static')?.setAttribute('hidden', ''); }, []);

  const goTo = (next: View) => {
    setView(next);
    // Focus the new view's heading once it is drawn.
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('.kv-view h2')?.focus());
  };

  const { state, active } = q;
  const open = (id: string) => q.change({ ...state, activeId: id }, true);
  const create = (date: string) => {
    const a = createAssessment(date);
    q.change({ ...state, activeId: a.id, assessments: [...state.assessments, a] }, true);
    setStep(0);
    goTo('answer');
  };
  const onDelete = (a: Assessment) => {
    if (!confirm(fill(t.confirmDelete, { date: formatShortDate(a.date) }))) return;
    q.remove(a.id);
    setNotice(fill(t.deleted, { date: formatShortDate(a.date) }));
  };
  // The report compares with the latest assessment before this one, so a yearly check shows its progress.
  const earlier = active ? byDateDescending(state.assessments).find((a) => a.date < active.date) : undefined;
  const orphans = active ? orphanedAnswers(check, active) : [];

  return (
    <div class="kv-app" ref={root}>
      {q.warning && <p role="alert" class="kv-error">{q.warning}</p>}
      {q.setAside.length > 0 && (
        <p><button type="button" class="ds-button" data-variant="secondary" onClick={() => download('kvalitetssjekk-uleselige-data.json', JSON.stringify(q.setAside))}>{t.setAside}</button></p>
      )}
      <AssessmentBar assessments={state.assessments} active={active} t={t} onChoose={open} onCreate={create} onDate={(d) => q.updateActive((a) => setDate(a, d), true)} />
      <SaveStatusLine status={q.status} t={t} />
      <p role="status" class="kv-notice">{notice}</p>
      {active && (
        <>
          <nav class="kv-views no-print" aria-label={t.views}>
            {([['answer', t.answer], ['result', t.result], ['history', t.history]] as const).map(([v, label]) => (
              <button type="button" key={v} class="ds-button" data-variant={view === v ? 'primary' : 'secondary'} aria-pressed={view === v} onClick={() => goTo(v)}>{label}</button>
            ))}
          </nav>
          {orphans.length > 0 && <p class="kv-orphans">{fill(t.orphans, { keys: orphans.join(', ') })}</p>}
          <div class="kv-view">
            {view === 'answer' && (
              <GroupStep check={check} step={step} assessment={active} links={links} t={t} lang={lang} onStep={setStep} onResult={() => goTo('result')} update={q.updateActive} />
            )}
            {view === 'result' && <ResultView report={buildReport(check, active, links, earlier)} municipality={municipality} t={t} lang={lang} />}
            {view === 'history' && <CompareView check={check} assessments={state.assessments} activeId={active.id} t={t} lang={lang} onOpen={(id) => { open(id); goTo('result'); }} onDelete={onDelete} />}
          </div>
        </>
      )}
      <DataTransfer assessments={state.assessments} t={t} onImported={(records) => q.change({ ...state, assessments: records }, true)} />
    </div>
  );
}
