import { useEffect, useState } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import { answeredCount, doneCount, isCourseComplete, markDone, markNotDone, recordAnswer } from '../../lib/fadderkurs/progress.ts';
import { formatDay, localDay } from '../../lib/fadderkurs/day.ts';
import { useProgress } from './store.ts';

interface Props {
  moduleId: string;
  moduleIds: string[];
  /** The module's situations, in the order of the page (ScenarioCard's data-scenario). */
  scenarioIds: string[];
  base: string;
  certificateHref: string;
  t: UiStrings['course'];
}

/** At the end of a module: mark it done (kept in this browser), and after the last one, the way to the certificate. */
export default function ModuleDone({ moduleId, moduleIds, scenarioIds, base, certificateHref, t }: Props) {
  const { progress, ready, save } = useProgress(base);
  // Opening an answer in a situation counts as answering it, also one opened before this island woke up.
  useEffect(() => {
    const record = (details: Element) => {
      const scenario = details.closest<HTMLElement>('[data-scenario]')?.dataset.scenario;
      if (scenario && scenarioIds.includes(scenario)) save((p) => recordAnswer(p, moduleId, scenario));
    };
    document.querySelectorAll('details.scenario__choice[open]').forEach(record);
    const onToggle = (event: Event) => {
      const target = event.target as HTMLDetailsElement;
      if (target.matches?.('details.scenario__choice') && target.open) record(target);
    };
    document.addEventListener('toggle', onToggle, true);
    return () => document.removeEventListener('toggle', onToggle, true);
  }, [moduleId]);
  const [message, setMessage] = useState('');
  const done = progress.completed[moduleId];
  const count = doneCount(progress, moduleIds);

  const toggle = () => {
    const ok = save((p) => (done ? markNotDone(p, moduleId) : markDone(p, moduleId, localDay())));
    setMessage(ok ? (done ? '' : t.markedDone) : t.storageFull);
  };

  // Before hydration (and with JavaScript off) the server-rendered text says what needs JavaScript.
  if (!ready) return <div class="course-done"><p>{t.noJs}</p></div>;
  return (
    <div class="course-done" data-ready="true">
      <p class="course-done__status">
        {done ? t.doneOn.replace('{date}', formatDay(done)) : t.notDone}
        {' · '}
        {t.count.replace('{n}', String(count)).replace('{total}', String(moduleIds.length))}
      </p>
      <p class="course-done__answered">
        {t.answered.replace('{n}', String(answeredCount(progress, moduleId, scenarioIds))).replace('{total}', String(scenarioIds.length))}
      </p>
      <button type="button" class="ds-button" data-variant={done ? 'secondary' : 'primary'} onClick={toggle}>
        {done ? t.undo : t.markDone}
      </button>
      <p role="status" class="course-done__message">{message}</p>
      {isCourseComplete(progress, moduleIds) && (
        <p>
          {t.allDone} <a class="ds-link" href={certificateHref}>{t.toCertificate}</a>
        </p>
      )}
    </div>
  );
}
