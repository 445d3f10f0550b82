import { useRef, useState } from 'preact/hooks';
import type { Plan } from '../../lib/plan/model.ts';
import { MASTERY_SCALE } from '../../lib/plan/mastery.ts';
import { MEASUREMENT_POINTS, PHASES, type PhaseNumber } from '../../lib/plan/structure.ts';
import { InputError, formatDate } from '../../lib/followup/limits.ts';
import { meetingsOf, orphanedAssessments, progress } from '../../lib/followup/state.ts';
import { addCustomTask, addMeeting, deleteCustomTask, deleteMeeting, editCustomTask, editMeeting, restoreCustomTask, restoreMeeting, setHidden, setLevel, setNote, updateDetails } from '../../lib/followup/edits.ts';
import { tailorPlan } from '../../lib/followup/tailor.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import { AddTask } from './AddTask.tsx';
import { Chart } from './Chart.tsx';
import { DetailsForm } from './DetailsForm.tsx';
import { FollowUpActions, type ActionProps } from './FollowUpActions.tsx';
import { Meetings } from './Meetings.tsx';
import { PhaseTabs } from './PhaseTabs.tsx';
import { PhaseOverview } from './PhaseOverview.tsx';
import { Status, type Msg, type T } from './Status.tsx';
import { TaskRow } from './TaskRow.tsx';
import { SinceLastMeeting } from './SinceLastMeeting.tsx';
import { draftKey, withNoteDraft } from '../../lib/followup/note-drafts.ts';
import type { StoredState } from '../../lib/followup/storage.ts';
import type { ComponentType } from 'preact';
import type MeetingModeType from './MeetingMode.tsx';
import { FollowUpForms, formHref, type FormLink } from '../forms/FollowUpForms.tsx';
import type { UiStrings } from '../../lib/i18n/nb.ts';

/** `also` changes the stored state beyond the follow-up in the same save (a note's draft). */
export interface UpdateOptions { debounce?: boolean; also?: (state: StoredState) => StoredState }

interface Props extends Omit<ActionProps, 't' | 'fu' | 'plan'> {
  t: T; fu: FollowUp; plan: Plan; phase: PhaseNumber; saved: string;
  onPhase: (p: PhaseNumber) => void;
  update: (next: FollowUp, opts?: UpdateOptions) => void;
  /** The follow-up as the store holds it now (newer than `fu` between a save and the next render). */
  live?: () => FollowUp | undefined;
  /** Notes kept as drafts (too long to save as the note yet), by draftKey. */
  noteDrafts?: Record<string, string>;
  /** The forms filled for this follow-up (issue 20): links carry only the follow-up's id. */
  forms?: { links: FormLink[]; base: string; t: UiStrings['forms'] };
}

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
const problemOf = (run: () => void): string | undefined => {
  try { run(); return undefined; } catch (e) { if (e instanceof InputError) return e.message; throw e; }
};

/** One follow-up: details, the plan one phase at a time, meetings, chart and actions. */
export function FollowUpView(props: Props) {
  const { t, fu, plan, phase, saved, onPhase, update } = props;
  const [msg, setMsg] = useState<{ where: string; msg: Msg } | null>(null);
  const [editingDetails, setEditingDetails] = useState(false);
  const [meeting, setMeeting] = useState(false);
  // The meeting mode loads when it is started (not with the follow-up's page). While it loads,
  // the page stays as it is, with «Laster …» where the button's hint was and focus on the
  // button; the mode then takes focus itself. If it cannot load, a message says so there.
  const [Meeting, setMeetingMode] = useState<ComponentType<Parameters<typeof MeetingModeType>[0]> | null>(null);
  const [meetingLoad, setMeetingLoad] = useState<'loading' | 'failed' | null>(null);
  const startMeeting = () => {
    if (Meeting) { setMeeting(true); return; }
    if (meetingLoad === 'loading') return;
    setMeetingLoad('loading');
    import('./MeetingMode.tsx').then(
      (m) => { setMeetingMode(() => m.default); setMeetingLoad(null); setMeeting(true); },
      () => setMeetingLoad('failed'),
    );
  };
  const draft = (taskId: string, text?: string) => (state: StoredState) => withNoteDraft(state, fu.id, taskId, text);
  const say = (where: string, m: Msg, focusUndo = false) => { setMsg({ where, msg: m }); if (focusUndo) requestAnimationFrame(() => (document.querySelector(`[data-where="${where}"] .ws-status button`) as HTMLElement | null)?.focus()); };
  const at = (where: string) => (msg?.where === where ? msg.msg : null);
  // Each handler reads the latest follow-up through `current` so undo after other edits is safe.
  const latest = useRef(fu);
  latest.current = fu;
  const current = () => props.live?.() ?? latest.current;

  const tailored = tailorPlan(plan, fu);
  const planTask = (id: string) => plan.phases.flatMap((p) => MEASUREMENT_POINTS.flatMap((pt) => p.tasks[pt.id])).find((x) => x.id === id)?.text;
  const taskText = (id: string) => planTask(id) ?? fu.customTasks.find((c) => c.id === id)?.text ?? id;
  const phaseData = tailored.phases.find((p) => p.number === phase)!;
  const meetings = meetingsOf(fu);
  const orphans = orphanedAssessments(plan, fu);
  const referat = props.forms?.links.find((f) => f.perMeeting);
  const referatHref = referat && props.forms
    ? (meetingId: string) => formHref(props.forms!.base, referat.id, fu.id, meetingId)
    : undefined;

  if (meeting && Meeting) {
    return <Meeting t={t} fu={fu} current={current} plan={plan} phase={phase} update={(next) => update(next)} referatHref={referatHref}
      onClose={() => { setMeeting(false); focusSoon('meeting-start'); }} />;
  }

  return (
    <div class="ws-followup">
      <p><a class="ds-link" href="#">{t.backToList}</a></p>
      <h2 id="fu-h" class="ds-heading" data-size="md" tabIndex={-1}>{fu.alias}</h2>
      <p class="ws-card__meta">{plan.title}</p>
      <div>
        <button type="button" id="meeting-start" class="ds-button" aria-describedby="meeting-start-hint" aria-busy={meetingLoad === 'loading' || undefined} onClick={startMeeting}>{t.meetingStart}</button>
        {/* One grid cell: the hint keeps its room while «Laster …» or the error shows over it, so nothing below moves. */}
        <div class="ws-swap">
          <p class={meetingLoad ? 'ws-hint ws-gone' : 'ws-hint'} id="meeting-start-hint">{t.meetingStartHint}</p>
          <p class="ws-hint" id="meeting-start-status" role="status">{meetingLoad === 'loading' ? t.meetingLoading : ''}</p>
          {meetingLoad === 'failed' && <p class="ws-status__error" id="meeting-start-failed" role="alert">{t.partFailed}</p>}
        </div>
      </div>
      <SinceLastMeeting t={t} plan={plan} fu={fu} />

      <section class="ws-section" data-where="details" aria-label={t.details}>
        {editingDetails ? (
          <DetailsForm t={t} idPrefix="edit" initial={fu} submitLabel={t.saveChanges}
            onSave={(v) => { update(updateDetails(fu, v)); setEditingDetails(false); say('details', { text: t.detailsSaved }); focusSoon('details-edit'); }}
            onCancel={() => { setEditingDetails(false); focusSoon('details-edit'); }} />
        ) : (
          <>
            <dl class="ws-details">
              <div><dt>{t.fields.workplace}</dt><dd>{fu.workplace || '–'}</dd></div>
              <div><dt>{t.fields.mentor}</dt><dd>{fu.mentor || '–'}</dd></div>
              <div><dt>{t.fields.caseworker}</dt><dd>{fu.caseworker || '–'}</dd></div>
              <div><dt>{t.period}</dt><dd>{formatDate(fu.startDate)}–{formatDate(fu.endDate)}</dd></div>
            </dl>
            <button type="button" id="details-edit" class="ds-button" data-size="sm" data-variant="secondary" onClick={() => { setEditingDetails(true); focusSoon('edit-alias'); }}>{t.editDetails}</button>
          </>
        )}
        <Status msg={at('details')} t={t} />
      </section>

      <section class="ws-section" aria-labelledby="plan-h">
        <h2 id="plan-h" class="ds-heading" data-size="sm">{t.assess}</h2>
        <details class="ws-scale">
          <summary>{t.scaleSummary}</summary>
          <dl>{MASTERY_SCALE.map((m) => <div key={m.level}><dt>{m.level} {m.label}</dt><dd>{m.description}</dd></div>)}</dl>
          <p>{t.progressExplained}</p>
        </details>
        <PhaseOverview t={t} plan={plan} fu={fu} />
        <PhaseTabs t={t} current={phase} percent={(p) => progress(plan, fu, { phase: p }).percent} onSelect={onPhase} />
        <div id="phase-panel" role="tabpanel" aria-labelledby={`tab-${phase}`} class="ws-panel">
          <p class="ws-hint">{PHASES.find((p) => p.number === phase)?.lead}</p>
          {MEASUREMENT_POINTS.map((point) => {
            const where = `pt-${phase}-${point.id}`;
            const pr = progress(plan, fu, { phase, point: point.id });
            return (
              <div class="ws-point" key={point.id} data-where={where}>
                <h3 class="ds-heading" data-size="xs">{point.label}</h3>
                <p class="ws-hint">{t.pointProgress.replace('{done}', String(pr.done)).replace('{total}', String(pr.total)).replace('{percent}', String(pr.percent))}</p>
                <ul class="ws-tasks">
                  {phaseData.tasks[point.id].map((task) => {
                    const custom = fu.customTasks.some((c) => c.id === task.id);
                    return (
                      <TaskRow key={task.id} t={t} task={{ id: task.id, text: task.text, custom }} a={fu.assessments[task.id]} draft={props.noteDrafts?.[draftKey(fu.id, task.id)]} saved={saved} msg={at(task.id)}
                        act={{
                          level: (level) => update(setLevel(current(), task.id, level)),
                          note: (text) => update(setNote(current(), task.id, text), { debounce: true, also: draft(task.id) }),
                          draft: (text) => update(current(), { debounce: true, also: draft(task.id, text) }),
                          hide: () => { update(setHidden(current(), task.id, true)); say(where, { text: t.hidden.replace('{task}', task.text), undo: () => { update(setHidden(current(), task.id, false)); say(where, { text: t.shownAgain }); focusSoon(`tab-${phase}`); } }, true); },
                          edit: (text) => problemOf(() => update(editCustomTask(current(), task.id, text))),
                          remove: () => { update(deleteCustomTask(current(), task.id)); say(where, { text: t.taskDeleted.replace('{task}', task.text), undo: () => { update(restoreCustomTask(current(), task.id)); say(where, { text: t.restored }); focusSoon(`tab-${phase}`); } }, true); },
                        }} />
                    );
                  })}
                </ul>
                <Status msg={at(where)} t={t} />
                <AddTask t={t} id={`${phase}-${point.id}`} pointLabel={`${point.label}, ${t.phase.toLowerCase()} ${phase}`} onAdd={(text) => problemOf(() => { update(addCustomTask(current(), phase, point.id, text)); say(where, { text: t.taskAdded }); })} />
              </div>
            );
          })}
        </div>
        {fu.hiddenTaskIds.length > 0 && (
          <details class="ws-hidden-tasks" data-where="hidden">
            <summary>{t.hiddenTasks} ({fu.hiddenTaskIds.length})</summary>
            <ul>
              {fu.hiddenTaskIds.map((id) => (
                <li key={id}>{taskText(id)} <button type="button" class="ds-button" data-size="sm" data-variant="tertiary" onClick={() => { update(setHidden(current(), id, false)); say('hidden', { text: t.shownAgain }); }} aria-label={`${t.show}: ${taskText(id)}`}>{t.show}</button></li>
              ))}
            </ul>
            <Status msg={at('hidden')} t={t} />
          </details>
        )}
        {orphans.length > 0 && (
          <details class="ws-hidden-tasks"><summary>{t.orphans} ({orphans.length})</summary>
            <ul>{orphans.map((id) => <li key={id}>{id}: {fu.assessments[id]?.level ?? '–'} {fu.assessments[id]?.note ?? ''}</li>)}</ul>
          </details>
        )}
      </section>

      <Meetings t={t} meetings={meetings} startDate={fu.startDate} msg={at('meetings')}
        onAdd={(id, v) => { update(addMeeting(plan, current(), v, id)); say('meetings', { text: t.meetingSaved.replace('{date}', formatDate(v.date)) }); }}
        onEdit={(id, v) => { update(editMeeting(plan, current(), id, v)); say('meetings', { text: t.meetingSaved.replace('{date}', formatDate(v.date)) }); }}
        onDelete={(m) => { update(deleteMeeting(current(), m.id)); say('meetings', { text: t.meetingDeleted.replace('{date}', formatDate(m.date)), undo: () => { update(restoreMeeting(current(), m.id)); say('meetings', { text: t.restored }); focusSoon('meetings-h'); } }); focusSoon('meetings-status'); requestAnimationFrame(() => (document.querySelector('#meetings-status button') as HTMLElement | null)?.focus()); }} />
      <Chart t={t} meetings={meetings} />
      {props.forms && <FollowUpForms followUp={fu} forms={props.forms.links} base={props.forms.base} t={props.forms.t} />}
      <FollowUpActions {...props} />
    </div>
  );
}
