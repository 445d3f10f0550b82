import { useEffect, useState } from 'preact/hooks';
import { masteryLabel, type MasteryLevel } from '../../lib/plan/mastery.ts';
import { MEASUREMENT_POINTS, type PhaseNumber } from '../../lib/plan/structure.ts';
import type { Plan } from '../../lib/plan/model.ts';
import { InputError, formatDate, textProblem, todayIso } from '../../lib/followup/limits.ts';
import { newId } from '../../lib/followup/state.ts';
import { addMeeting, setLevel } from '../../lib/followup/edits.ts';
import { lastMeeting, meetingDateWarning, meetingOrder, nextDateWarning } from '../../lib/followup/meetings.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import { Field } from './Field.tsx';
import { LevelChoices } from './LevelChoices.tsx';
import type { T } from './Status.tsx';

interface Props {
  t: T; fu: FollowUp; plan: Plan; phase: PhaseNumber;
  /** The follow-up as stored now: each change builds on it, never on an older copy. */
  current: () => FollowUp;
  update: (next: FollowUp) => void;
  /** The referat form for a meeting, prefilled (the form page reads the follow-up from this browser). */
  referatHref?: (meetingId: string) => string;
  onClose: () => void;
}

type Step = { kind: 'task'; index: number } | { kind: 'agree' } | { kind: 'done'; meetingId: string };

const levelText = (t: T, level?: MasteryLevel) => (level ? `${level} ${masteryLabel(level)}` : t.notAssessed);

/**
 * «Trekantsamtale»: the meeting on a phone, one decision per screen. It walks the current
 * phase, tasks not yet mastered first, shows each task's level at the last meeting and
 * now; one tap on a level saves it and goes on (the keyboard's arrows only choose, «Neste»
 * goes on). Then what was agreed and the next date, saved as a meeting, and the referat
 * form prefilled. Loaded only when started, so the workspace's first load is not heavier.
 */
export default function MeetingMode({ t, fu, current, plan, phase, update, referatHref, onClose }: Props) {
  // The order is fixed when the meeting starts, so a task does not move while it is assessed.
  const [order] = useState(() => meetingOrder(plan, fu, phase));
  const [previous] = useState(() => lastMeeting(fu));
  const [step, setStep] = useState<Step>(order.length ? { kind: 'task', index: 0 } : { kind: 'agree' });
  const [assessed, setAssessed] = useState<Set<string>>(new Set());
  const [v, setV] = useState({ date: todayIso(), agreed: '', nextDate: '' });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [meetingId] = useState(() => newId('mote'));

  // Each new step starts at its heading: screen readers hear it, the keyboard starts there.
  useEffect(() => {
    const h = document.getElementById('mt-h');
    h?.focus();
    h?.scrollIntoView({ block: 'start' });
  }, [step]);

  const go = (next: Step) => setStep(next);
  const nextOf = (index: number): Step => (index + 1 < order.length ? { kind: 'task', index: index + 1 } : { kind: 'agree' });

  if (step.kind === 'task') {
    const task = order[step.index]!;
    const a = fu.assessments[task.id];
    const point = MEASUREMENT_POINTS.find((p) => p.id === task.point)?.label;
    const choose = (level: MasteryLevel) => {
      update(setLevel(current(), task.id, level));
      setAssessed((s) => new Set(s).add(task.id));
    };
    return (
      <section class="mt" aria-labelledby="mt-h">
        <p class="ws-hint">{t.meetingStep.replace('{n}', String(step.index + 1)).replace('{total}', String(order.length)).replace('{phase}', String(phase))}</p>
        <div class="mt-step" data-step={step.index} key={task.id}>
          <p class="ws-hint"><strong>{point}</strong></p>
          <h2 id="mt-h" class="ds-heading" data-size="xs" tabIndex={-1}>{task.text}</h2>
          <p>
            {previous ? t.meetingBefore.replace('{date}', formatDate(previous.date)).replace('{level}', levelText(t, task.before)) : t.meetingFirst}
            {previous && (task.before === a?.level ? <> {t.meetingUnchanged}</> : <> <strong>{t.meetingChanged.replace('{level}', levelText(t, a?.level))}</strong></>)}
          </p>
          {a?.note && <p><strong>{t.meetingNoted}</strong> {a.note.length > 160 ? `${a.note.slice(0, 160)}…` : a.note}</p>}
          <LevelChoices t={t} name={`mt-${task.id}`} text={task.text} heading level={a?.level} onLevel={choose}
            onPointerPick={() => go(nextOf(step.index))} />
          <div class="ws-actions mt-nav">
            <button type="button" class="ds-button" data-variant="secondary" disabled={step.index === 0} onClick={() => go({ kind: 'task', index: step.index - 1 })}>{t.meetingPrev}</button>
            <button type="button" class="ds-button" data-variant="secondary" onClick={() => go(nextOf(step.index))}>{t.meetingNext}</button>
            <button type="button" class="ds-button" data-variant="tertiary" onClick={() => go({ kind: 'agree' })}>{t.meetingToAgreement}</button>
          </div>
        </div>
        <p><button type="button" class="ds-button" data-variant="tertiary" data-size="sm" onClick={onClose}>{t.meetingClose}</button></p>
      </section>
    );
  }

  if (step.kind === 'agree') {
    const dateWarning = meetingDateWarning(fu, v.date) ?? nextDateWarning(v.date, v.nextDate);
    const save = (e: Event) => {
      e.preventDefault();
      try {
        update(addMeeting(plan, current(), v, meetingId));
        go({ kind: 'done', meetingId });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        setErrors({ [err.field]: err.message });
        document.getElementById(`mt-${err.field}`)?.focus();
      }
    };
    return (
      <section class="mt" aria-labelledby="mt-h">
        <form class="mt-step" data-step="agree" onSubmit={save} noValidate>
          <h2 id="mt-h" class="ds-heading" data-size="xs" tabIndex={-1}>{t.meetingAgreeHeading}</h2>
          <p class="ws-hint">{t.meetingAssessed.replace('{n}', String(assessed.size))}</p>
          <Field id="mt-agreed" label={t.agreed} multiline value={v.agreed} error={errors.agreed}
            onInput={(agreed) => { setV({ ...v, agreed }); setErrors({ agreed: textProblem('agreed', agreed) }); }} />
          <div>
            <Field id="mt-date" label={t.meetingDate} type="date" value={v.date} error={errors.date} required onInput={(date) => setV({ ...v, date })} />
            <Field id="mt-nextDate" label={t.meetingNextDate} type="date" value={v.nextDate} error={errors.nextDate} onInput={(nextDate) => setV({ ...v, nextDate })} />
          </div>
          <p class="ws-hint" role="status">{dateWarning ?? ''}</p>
          <div class="ws-actions mt-nav">
            <button type="submit" class="ds-button">{t.saveMeeting}</button>
            {order.length > 0 && <button type="button" class="ds-button" data-variant="secondary" onClick={() => go({ kind: 'task', index: order.length - 1 })}>{t.meetingPrev}</button>}
          </div>
        </form>
        <p><button type="button" class="ds-button" data-variant="tertiary" data-size="sm" onClick={onClose}>{t.meetingClose}</button></p>
      </section>
    );
  }

  return (
    <section class="mt" aria-labelledby="mt-h">
      <div class="mt-step" data-step="done">
        <h2 id="mt-h" class="ds-heading" data-size="xs" tabIndex={-1}>{t.meetingDoneHeading}</h2>
        <p>{t.meetingSaved.replace('{date}', formatDate(v.date))}</p>
        {referatHref && (
          <>
            <p><a class="ds-button" href={referatHref(step.meetingId)}>{t.meetingReferat}</a></p>
            <p class="ws-hint">{t.meetingReferatHint}</p>
          </>
        )}
        <p><button type="button" class="ds-button" data-variant="secondary" onClick={onClose}>{t.meetingBackToFollowUp}</button></p>
      </div>
    </section>
  );
}
