/**
 * Every change to a follow-up goes through these pure functions (the views never edit a
 * FollowUp by hand). Each returns a new object with `updatedAt` set; text is cleaned by
 * limits.ts and a refused value throws an InputError with a Norwegian message.
 */
import type { PlanData } from '../schemas/plan.ts';
import type { MasteryLevel } from '../plan/mastery.ts';
import { MEASUREMENT_POINTS, type MeasurementPointId, type PhaseNumber } from '../plan/structure.ts';
import { tailorPlan } from './tailor.ts';
import { cleanDate, cleanText, InputError, todayIso } from './limits.ts';
import type { Assessment, CustomTask, FollowUp, Meeting, ProgressSnapshot, StoredFormAnswers } from './types.ts';

export type PlanShape = Pick<PlanData, 'phases'>;

/** How long a deleted task, meeting or follow-up can be brought back before it is purged. */
export const UNDO_WINDOW_MS = 15 * 60 * 1000;

const nowIso = () => new Date().toISOString();

/** Same order as plan/model.ts tasksOf, without its zod import (keeps the island small). */
export function tasksOf(plan: PlanShape) {
  return plan.phases.flatMap((phase) => MEASUREMENT_POINTS.flatMap((point) => phase.tasks[point.id].map((task) => ({ ...task, phase: phase.number, point: point.id }))));
}

export function newId(prefix: string): string {
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
  return `${prefix}-${Date.now().toString(36)}-${random}`;
}

export interface FollowUpDetails {
  alias: string;
  workplace?: string;
  mentor?: string;
  caseworker?: string;
  startDate: string;
  endDate?: string;
}

function cleanDetails(input: FollowUpDetails): Omit<FollowUp, 'id' | 'planSlug' | 'assessments' | 'customTasks' | 'hiddenTaskIds' | 'meetings' | 'createdAt' | 'updatedAt'> {
  const startDate = cleanDate('startDate', input.startDate)!;
  const endDate = cleanDate('endDate', input.endDate ?? '', false);
  if (endDate && endDate < startDate) throw new InputError('endDate', 'Sluttdatoen kan ikke være før startdatoen.');
  const caseworker = cleanText('caseworker', input.caseworker ?? '');
  return {
    alias: cleanText('alias', input.alias, true),
    workplace: cleanText('workplace', input.workplace ?? ''),
    mentor: cleanText('mentor', input.mentor ?? ''),
    ...(caseworker ? { caseworker } : {}),
    startDate,
    ...(endDate ? { endDate } : {}),
  };
}

export function createFollowUp(input: FollowUpDetails & { planSlug: string }, now = nowIso()): FollowUp {
  return { id: newId('fu'), planSlug: input.planSlug, ...cleanDetails(input), assessments: {}, customTasks: [], hiddenTaskIds: [], meetings: [], createdAt: now, updatedAt: now };
}

const touch = (fu: FollowUp, now: string): FollowUp => ({ ...fu, updatedAt: now });

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
  const next: Assessment = { ...prev, history: [...history, { on, level }], updatedAt: now };
  if (level === null) delete next.level;
  else next.level = level;
  return touch({ ...fu, assessments: { ...fu.assessments, [taskId]: next } }, now);
}

export function setNote(fu: FollowUp, taskId: string, note: string, now = nowIso()): FollowUp {
  const clean = cleanText('note', note);
  const prev: Assessment = fu.assessments[taskId] ?? { updatedAt: now };
  const next: Assessment = { ...prev, updatedAt: now };
  if (clean) next.note = clean;
  else delete next.note;
  return touch({ ...fu, assessments: { ...fu.assessments, [taskId]: next } }, now);
}

/** The level a task had at the end of `date` (yyyy-mm-dd), from the dated history. */
export function levelAsOf(a: Assessment | undefined, date?: string): MasteryLevel | undefined {
  if (!a) return undefined;
  if (!date) return a.level;
  let level: MasteryLevel | null | undefined;
  for (const h of a.history ?? []) if (h.on <= date) level = h.level;
  return level ?? undefined;
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

export interface Progress { done: number; total: number; percent: number }
const pct = (done: number, total: number): Progress => ({ done, total, percent: total ? Math.round((done / total) * 100) : 0 });

/**
 * THE progress rule, used by every view, the meeting snapshots and the list: share of the
 * tailored plan's tasks at the highest level (4, "Mestrer selvstendig"); with `asOf`,
 * as the levels were at the end of that date.
 */
export function progress(plan: PlanShape, fu: FollowUp, filter: { phase?: PhaseNumber; point?: MeasurementPointId; asOf?: string } = {}): Progress {
  const tasks = tasksOf(tailorPlan(plan, fu)).filter((t) => (filter.phase === undefined || t.phase === filter.phase) && (filter.point === undefined || t.point === filter.point));
  return pct(tasks.filter((t) => levelAsOf(fu.assessments[t.id], filter.asOf) === 4).length, tasks.length);
}

/** Progress per measurement point on a date: what a meeting records. */
export function progressSnapshot(plan: PlanShape, fu: FollowUp, date: string): ProgressSnapshot {
  return Object.fromEntries(MEASUREMENT_POINTS.map((p) => [p.id, progress(plan, fu, { point: p.id, asOf: date }).percent]));
}

export interface MeetingInput { date: string; agreed: string }

const sortMeetings = (meetings: Meeting[]) => [...meetings].sort((a, b) => a.date.localeCompare(b.date));

/**
 * Adds a meeting with its progress as of the meeting date. `id` comes from the form when it
 * opens, so a double click or a resubmit adds the meeting once.
 */
export function addMeeting(plan: PlanShape, fu: FollowUp, input: MeetingInput, id = newId('mote'), now = nowIso()): FollowUp {
  if (fu.meetings.some((m) => m.id === id)) return fu;
  const date = cleanDate('date', input.date)!;
  const meeting: Meeting = { id, date, agreed: cleanText('agreed', input.agreed), progress: progressSnapshot(plan, fu, date), updatedAt: now };
  return touch({ ...fu, meetings: sortMeetings([...fu.meetings, meeting]) }, now);
}

export function editMeeting(plan: PlanShape, fu: FollowUp, id: string, input: MeetingInput, now = nowIso()): FollowUp {
  const date = cleanDate('date', input.date)!;
  const agreed = cleanText('agreed', input.agreed);
  const meetings = fu.meetings.map((m) => (m.id === id ? { ...m, date, agreed, progress: progressSnapshot(plan, fu, date), updatedAt: now } : m));
  return touch({ ...fu, meetings: sortMeetings(meetings) }, now);
}

export function deleteMeeting(fu: FollowUp, id: string, now = nowIso()): FollowUp {
  return touch({ ...fu, meetings: fu.meetings.map((m) => (m.id === id ? { ...m, deletedAt: now, updatedAt: now } : m)) }, now);
}

export function restoreMeeting(fu: FollowUp, id: string, now = nowIso()): FollowUp {
  return touch({ ...fu, meetings: fu.meetings.map((m) => (m.id === id ? (({ deletedAt: _d, ...rest }) => ({ ...rest, updatedAt: now }))(m) : m)) }, now);
}

/** Meetings that are not deleted, by date. */
export const meetingsOf = (fu: FollowUp): Meeting[] => fu.meetings.filter((m) => !m.deletedAt);
/** Custom tasks that are not deleted. */
export const customTasksOf = (fu: FollowUp): CustomTask[] => fu.customTasks.filter((t) => !t.deletedAt);

export function deleteFollowUp(fu: FollowUp, now = nowIso()): FollowUp {
  return { ...fu, deletedAt: now, updatedAt: now };
}

export function restoreFollowUp(fu: FollowUp, now = nowIso()): FollowUp {
  const { deletedAt: _d, ...rest } = fu;
  return { ...rest, updatedAt: now };
}

/** Saves one form's answers (issue 20's forms) under an instance id. */
export function setFormAnswers(fu: FollowUp, instanceId: string, answers: Omit<StoredFormAnswers, 'updatedAt'>, now = nowIso()): FollowUp {
  return touch({ ...fu, forms: { ...fu.forms, [instanceId]: { ...answers, updatedAt: now } } }, now);
}

export function removeFormAnswers(fu: FollowUp, instanceId: string, now = nowIso()): FollowUp {
  const { [instanceId]: _gone, ...forms } = fu.forms ?? {};
  return touch({ ...fu, forms }, now);
}

/** Drops tasks and meetings deleted longer ago than the undo window (and their assessments). */
export function purgeDeleted(fu: FollowUp, now = Date.now(), windowMs = UNDO_WINDOW_MS): FollowUp {
  const expired = (at?: string) => at !== undefined && now - Date.parse(at) > windowMs;
  const goneTasks = new Set(fu.customTasks.filter((t) => expired(t.deletedAt)).map((t) => t.id));
  if (goneTasks.size === 0 && !fu.meetings.some((m) => expired(m.deletedAt))) return fu;
  const assessments = Object.fromEntries(Object.entries(fu.assessments).filter(([id]) => !goneTasks.has(id)));
  return {
    ...fu,
    assessments,
    customTasks: fu.customTasks.filter((t) => !goneTasks.has(t.id)),
    hiddenTaskIds: fu.hiddenTaskIds.filter((id) => !goneTasks.has(id)),
    meetings: fu.meetings.filter((m) => !expired(m.deletedAt)),
  };
}

/** Assessments whose task is gone from the plan: kept, and listed for the user. */
export function orphanedAssessments(plan: PlanShape, fu: FollowUp): string[] {
  const known = new Set([...tasksOf(plan).map((t) => t.id), ...fu.customTasks.map((t) => t.id)]);
  return Object.keys(fu.assessments).filter((id) => !known.has(id));
}

/** Number of tasks with a level set: shown when comparing two versions of a follow-up. */
export const assessedCount = (fu: FollowUp): number => Object.values(fu.assessments).filter((a) => a.level !== undefined).length;
