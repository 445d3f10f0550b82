/**
 * A new follow-up, and changes inside one: details, levels and notes, the workplace's own and hidden
 * tasks, meetings and form answers. Pure functions like state.ts (which has the follow-up
 * as a whole and the progress rule); in a file of their own because only the follow-up's
 * view needs them, so the workspace's list starts with less code.
 */
import type { MasteryLevel } from '../plan/mastery.ts';
import type { MeasurementPointId, PhaseNumber } from '../plan/structure.ts';
import { cleanDate, cleanText, todayIso } from './limits.ts';
import { cleanDetails, newId, nowIso, progressSnapshot, touch, type FollowUpDetails, type PlanShape } from './state.ts';
import type { Assessment, CustomTask, FollowUp, Meeting, StoredFormAnswers } from './types.ts';

export function createFollowUp(input: FollowUpDetails & { planSlug: string }, now = nowIso()): FollowUp {
  return { id: newId('fu'), planSlug: input.planSlug, ...cleanDetails(input), assessments: {}, customTasks: [], hiddenTaskIds: [], meetings: [], createdAt: now, updatedAt: now };
}

/** Alias, workplace, mentor, caseworker, start and end date. */
export function updateDetails(fu: FollowUp, input: FollowUpDetails, now = nowIso()): FollowUp {
  const { caseworker: _c, endDate: _e, ...rest } = fu;
  return touch({ ...rest, ...cleanDetails(input) }, now);
}

/** Sets or clears a level and records the change under today's date (one entry per day). */
export function setLevel(fu: FollowUp, taskId: string, level: MasteryLevel | null, now = nowIso()): FollowUp {
  const prev: Assessment = fu.assessments[taskId] ?? { updatedAt: now };
  const on = todayIso(new Date(now));
  const history = (prev.history ?? []).filter((h) => h.on !== on);
  const next: Assessment = { ...prev, history: [...history, { on, level }], updatedAt: now, levelAt: now };
  if (level === null) delete next.level;
  else next.level = level;
  return touch({ ...fu, assessments: { ...fu.assessments, [taskId]: next } }, now);
}

export function setNote(fu: FollowUp, taskId: string, note: string, now = nowIso()): FollowUp {
  const clean = cleanText('note', note);
  const prev: Assessment = fu.assessments[taskId] ?? { updatedAt: now };
  const next: Assessment = { ...prev, updatedAt: now, noteAt: now };
  if (clean) next.note = clean;
  else delete next.note;
  return touch({ ...fu, assessments: { ...fu.assessments, [taskId]: next } }, now);
}

export function addCustomTask(fu: FollowUp, phase: PhaseNumber, point: MeasurementPointId, text: string, now = nowIso()): FollowUp {
  const task: CustomTask = { id: newId('egen'), phase, point, text: cleanText('taskText', text, true), updatedAt: now };
  return touch({ ...fu, customTasks: [...fu.customTasks, task] }, now);
}

const mapTask = (fu: FollowUp, id: string, change: (t: CustomTask) => CustomTask, now: string) =>
  touch({ ...fu, customTasks: fu.customTasks.map((t) => (t.id === id ? { ...change(t), updatedAt: now } : t)) }, now);

export function editCustomTask(fu: FollowUp, id: string, text: string, now = nowIso()): FollowUp {
  const clean = cleanText('taskText', text, true);
  return mapTask(fu, id, (t) => ({ ...t, text: clean }), now);
}

/** Soft delete; `restoreCustomTask` undoes it. Its assessment is kept until the purge. */
export function deleteCustomTask(fu: FollowUp, id: string, now = nowIso()): FollowUp {
  return mapTask(fu, id, (t) => ({ ...t, deletedAt: now }), now);
}

export function restoreCustomTask(fu: FollowUp, id: string, now = nowIso()): FollowUp {
  return mapTask(fu, id, ({ deletedAt: _d, ...t }) => t, now);
}

/** Hides or shows a plan task or a custom task in this workplace's plan. */
export function setHidden(fu: FollowUp, taskId: string, hidden: boolean, now = nowIso()): FollowUp {
  const rest = fu.hiddenTaskIds.filter((id) => id !== taskId);
  return touch({ ...fu, hiddenTaskIds: hidden ? [...rest, taskId] : rest }, now);
}

export interface MeetingInput { date: string; agreed: string; nextDate?: string }

const sortMeetings = (meetings: Meeting[]) => [...meetings].sort((a, b) => a.date.localeCompare(b.date));

/**
 * Adds a meeting with its progress as of the meeting date. `id` comes from the form when it
 * opens, so a double click or a resubmit adds the meeting once.
 */
export function addMeeting(plan: PlanShape, fu: FollowUp, input: MeetingInput, id = newId('mote'), now = nowIso()): FollowUp {
  if (fu.meetings.some((m) => m.id === id)) return fu;
  const date = cleanDate('date', input.date)!;
  const nextDate = cleanDate('nextDate', input.nextDate ?? '', false);
  const meeting: Meeting = { id, date, agreed: cleanText('agreed', input.agreed), ...(nextDate ? { nextDate } : {}), progress: progressSnapshot(plan, fu, date), updatedAt: now };
  return touch({ ...fu, meetings: sortMeetings([...fu.meetings, meeting]) }, now);
}

export function editMeeting(plan: PlanShape, fu: FollowUp, id: string, input: MeetingInput, now = nowIso()): FollowUp {
  const date = cleanDate('date', input.date)!;
  const agreed = cleanText('agreed', input.agreed);
  const nextDate = input.nextDate === undefined ? undefined : cleanDate('nextDate', input.nextDate, false);
  const meetings = fu.meetings.map((m) => {
    if (m.id !== id) return m;
    const { nextDate: old, ...rest } = m;
    const next = input.nextDate === undefined ? old : nextDate;
    return { ...rest, date, agreed, ...(next ? { nextDate: next } : {}), progress: progressSnapshot(plan, fu, date), updatedAt: now };
  });
  return touch({ ...fu, meetings: sortMeetings(meetings) }, now);
}

export function deleteMeeting(fu: FollowUp, id: string, now = nowIso()): FollowUp {
  return touch({ ...fu, meetings: fu.meetings.map((m) => (m.id === id ? { ...m, deletedAt: now, updatedAt: now } : m)) }, now);
}

export function restoreMeeting(fu: FollowUp, id: string, now = nowIso()): FollowUp {
  return touch({ ...fu, meetings: fu.meetings.map((m) => (m.id === id ? (({ deletedAt: _d, ...rest }) => ({ ...rest, updatedAt: now }))(m) : m)) }, now);
}

/** Saves one form's answers (issue 20's forms) under an instance id. */
export function setFormAnswers(fu: FollowUp, instanceId: string, answers: Omit<StoredFormAnswers, 'updatedAt'>, now = nowIso()): FollowUp {
  return touch({ ...fu, forms: { ...fu.forms, [instanceId]: { ...answers, updatedAt: now } } }, now);
}

export function removeFormAnswers(fu: FollowUp, instanceId: string, now = nowIso()): FollowUp {
  const { [instanceId]: _gone, ...forms } = fu.forms ?? {};
  return touch({ ...fu, forms }, now);
}
