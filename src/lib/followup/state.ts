/**
 * Every change to a follow-up goes through pure functions (the views never edit a FollowUp
 * by hand): here the follow-up as a whole (create, delete, purge) and THE progress rule;
 * changes inside one follow-up (levels, notes, own tasks, meetings, forms) are in edits.ts,
 * which only the follow-up's own view loads. Each returns a new object with `updatedAt`
 * set; text is cleaned by limits.ts and a refused value throws an InputError with a
 * Norwegian message.
 */
import type { PlanData } from '../schemas/plan.ts';
import type { MasteryLevel } from '../plan/mastery.ts';
import { MEASUREMENT_POINTS, type MeasurementPointId, type PhaseNumber } from '../plan/structure.ts';
import { tailorPlan } from './tailor.ts';
import { frame } from '../i18n/frame.ts';
import { cleanDate, cleanText, InputError } from './limits.ts';
import type { Assessment, CustomTask, FollowUp, Meeting, ProgressSnapshot } from './types.ts';

export type PlanShape = Pick<PlanData, 'phases'>;

/** How long a deleted task, meeting or follow-up can be brought back before it is purged. */
export const UNDO_WINDOW_MS = 15 * 60 * 1000;

export const nowIso = () => new Date().toISOString();

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

/** Checks and cleans the details typed for a follow-up (throws InputError). */
export function cleanDetails(input: FollowUpDetails): Omit<FollowUp, 'id' | 'planSlug' | 'assessments' | 'customTasks' | 'hiddenTaskIds' | 'meetings' | 'createdAt' | 'updatedAt'> {
  const startDate = cleanDate('startDate', input.startDate)!;
  const endDate = cleanDate('endDate', input.endDate ?? '', false);
  if (endDate && endDate < startDate) throw new InputError('endDate', frame().input.endBeforeStart);
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


export const touch = (fu: FollowUp, now: string): FollowUp => ({ ...fu, updatedAt: now });

/** The level a task had at the end of `date` (yyyy-mm-dd), from the dated history. */
export function levelAsOf(a: Assessment | undefined, date?: string): MasteryLevel | undefined {
  if (!a) return undefined;
  if (!date) return a.level;
  let level: MasteryLevel | null | undefined;
  for (const h of a.history ?? []) if (h.on <= date) level = h.level;
  return level ?? undefined;
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
