/**
 * The three-party meeting as the follow-up model sees it: which meeting was the last one,
 * what changed since then (the meeting mode and the follow-up's page show the same), the
 * order the meeting mode walks a phase in, and the checks on a meeting's dates.
 */
import type { MasteryLevel } from '../plan/mastery.ts';
import type { MeasurementPointId, PhaseNumber } from '../plan/structure.ts';
import { formatDate, todayIso } from './limits.ts';
import { customTasksOf, levelAsOf, meetingsOf, tasksOf, type PlanShape } from './state.ts';
import { tailorPlan } from './tailor.ts';
import { meetingMessages } from './meeting-messages.ts';
import { fill } from '../i18n/fill.ts';
import type { FollowUp, Meeting } from './types.ts';

/** The latest meeting on or before today (meetings are kept sorted by date). */
export function lastMeeting(fu: FollowUp, today = todayIso()): Meeting | undefined {
  return meetingsOf(fu).filter((m) => m.date <= today).at(-1);
}

export interface TaskInPhase { id: string; text: string; point: MeasurementPointId; phase: PhaseNumber }

export interface TaskChange extends TaskInPhase {
  /** The level at the end of the last meeting's day, and now. */
  before?: MasteryLevel;
  now?: MasteryLevel;
  levelChanged: boolean;
  /** The note was written or changed after the meeting's day. */
  noted: boolean;
}

const dayOf = (iso?: string) => iso?.slice(0, 10) ?? '';

/** Each task of the tailored plan (or one phase) with its level then and now. `since` is a meeting's date. */
export function taskChanges(plan: PlanShape, fu: FollowUp, since: string | undefined, phase?: PhaseNumber): TaskChange[] {
  return tasksOf(tailorPlan(plan, fu))
    .filter((t) => phase === undefined || t.phase === phase)
    .map((t) => {
      const a = fu.assessments[t.id];
      const before = since ? levelAsOf(a, since) : undefined;
      const now = a?.level;
      const noteDay = dayOf(a?.noteAt ?? (a?.note ? a.updatedAt : undefined));
      return { id: t.id, text: t.text, point: t.point, phase: t.phase, before, now, levelChanged: before !== now, noted: !!a?.note && (!since || noteDay > since) };
    });
}

/** What happened since the last meeting: changed levels, new or changed notes, own tasks added. */
export function changesSinceLastMeeting(plan: PlanShape, fu: FollowUp, today = todayIso()) {
  const meeting = lastMeeting(fu, today);
  if (!meeting) return undefined;
  const tasks = taskChanges(plan, fu, meeting.date);
  return {
    meeting,
    levels: tasks.filter((t) => t.levelChanged),
    notes: tasks.filter((t) => t.noted),
    addedTasks: customTasksOf(fu).filter((c) => dayOf(c.updatedAt) > meeting.date),
  };
}

/** The meeting mode's order: tasks not yet mastered (below 4) first, each group in plan order. */
export function meetingOrder(plan: PlanShape, fu: FollowUp, phase: PhaseNumber): TaskChange[] {
  const tasks = taskChanges(plan, fu, lastMeeting(fu)?.date, phase);
  return [...tasks.filter((t) => t.now !== 4), ...tasks.filter((t) => t.now === 4)];
}

/**
 * A meeting's date that is probably a slip: in the future, or before the placement started.
 * A warning, not a refusal (a meeting can be registered ahead on purpose).
 */
export function meetingDateWarning(fu: Pick<FollowUp, 'startDate'>, date: string, today = todayIso()): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  if (date > today) return fill(meetingMessages().meetingInFuture, { date: formatDate(date) });
  if (date < fu.startDate) return fill(meetingMessages().meetingBeforeStart, { date: formatDate(date), start: formatDate(fu.startDate) });
  return undefined;
}

/** The next meeting should come after this one. */
export function nextDateWarning(date: string, nextDate: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(nextDate) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return nextDate <= date ? fill(meetingMessages().nextNotAfter, { date: formatDate(nextDate) }) : undefined;
}
