import type { PlanData } from '../schemas/plan.ts';
import type { MasteryLevel } from '../plan/mastery.ts';
import { MEASUREMENT_POINTS, type MeasurementPointId, type PhaseNumber } from '../plan/structure.ts';
import { tailorPlan } from './tailor.ts';
import type { FollowUp } from './types.ts';

export type PlanShape = Pick<PlanData, 'phases'>;

/** Same order as plan/model.ts tasksOf, without its zod import (keeps the island small). */
function tasksOf(plan: PlanShape) {
  return plan.phases.flatMap((phase) => MEASUREMENT_POINTS.flatMap((point) => phase.tasks[point.id].map((task) => ({ ...task, phase: phase.number, point: point.id }))));
}

export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function createFollowUp(input: Pick<FollowUp, 'alias' | 'planSlug' | 'workplace' | 'mentor' | 'startDate'>, now = new Date().toISOString()): FollowUp {
  return { id: newId('fu'), ...input, alias: input.alias.trim(), assessments: {}, customTasks: [], hiddenTaskIds: [], meetings: [], createdAt: now, updatedAt: now };
}

const touch = (fu: FollowUp, now: string): FollowUp => ({ ...fu, updatedAt: now });

export function setAssessment(fu: FollowUp, taskId: string, change: { level?: MasteryLevel | null; note?: string }, now = new Date().toISOString()): FollowUp {
  const prev = fu.assessments[taskId] ?? { updatedAt: now };
  const next = { ...prev, updatedAt: now };
  if (change.level === null) delete next.level;
  else if (change.level !== undefined) next.level = change.level;
  if (change.note !== undefined) next.note = change.note;
  return touch({ ...fu, assessments: { ...fu.assessments, [taskId]: next } }, now);
}

export function addCustomTask(fu: FollowUp, phase: PhaseNumber, point: MeasurementPointId, text: string, now = new Date().toISOString()): FollowUp {
  return touch({ ...fu, customTasks: [...fu.customTasks, { id: newId('egen'), phase, point, text: text.trim() }] }, now);
}

export function setHidden(fu: FollowUp, taskId: string, hidden: boolean, now = new Date().toISOString()): FollowUp {
  const rest = fu.hiddenTaskIds.filter((id) => id !== taskId);
  return touch({ ...fu, hiddenTaskIds: hidden ? [...rest, taskId] : rest }, now);
}

export interface Progress { done: number; total: number; percent: number }
const pct = (done: number, total: number): Progress => ({ done, total, percent: total ? Math.round((done / total) * 100) : 0 });

/** Mastered = highest level. Counted over the tailored plan. */
export function progress(plan: PlanShape, fu: FollowUp, filter: { phase?: PhaseNumber; point?: MeasurementPointId } = {}): Progress {
  const tasks = tasksOf(tailorPlan(plan, fu)).filter((t) => (filter.phase === undefined || t.phase === filter.phase) && (filter.point === undefined || t.point === filter.point));
  return pct(tasks.filter((t) => fu.assessments[t.id]?.level === 4).length, tasks.length);
}

export function addMeeting(plan: PlanShape, fu: FollowUp, date: string, agreed: string, now = new Date().toISOString()): FollowUp {
  const snapshot = {
    sprak: progress(plan, fu, { point: 'sprak' }).percent,
    egnethet: progress(plan, fu, { point: 'egnethet' }).percent,
    arbeid: progress(plan, fu, { point: 'arbeid' }).percent,
  };
  const meetings = [...fu.meetings, { id: newId('mote'), date, agreed: agreed.trim(), progress: snapshot }].sort((a, b) => a.date.localeCompare(b.date));
  return touch({ ...fu, meetings }, now);
}

/** Assessments whose task is gone from the plan: kept, and listed for the user. */
export function orphanedAssessments(plan: PlanShape, fu: FollowUp): string[] {
  const known = new Set([...tasksOf(plan).map((t) => t.id), ...fu.customTasks.map((t) => t.id)]);
  return Object.keys(fu.assessments).filter((id) => !known.has(id));
}
