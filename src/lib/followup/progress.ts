/**
 * THE progress rule, and what it needs: a module of its own because the workspace's list of
 * follow-ups shows progress at first load, and the rest of state.ts (cleaning typed details,
 * ids, comparisons) loads only with a follow-up's own view. state.ts re-exports all of it.
 */
import type { PlanData } from '../schemas/plan.ts';
import type { MasteryLevel } from '../plan/mastery.ts';
import { MEASUREMENT_POINTS, type MeasurementPointId, type PhaseNumber } from '../plan/structure.ts';
import { tailorPlan } from './tailor.ts';
import type { Assessment, FollowUp, ProgressSnapshot } from './types.ts';

export type PlanShape = Pick<PlanData, 'phases'>;

/** Same order as plan/model.ts tasksOf, without its zod import (keeps the island small). */
export function tasksOf(plan: PlanShape) {
  return plan.phases.flatMap((phase) => MEASUREMENT_POINTS.flatMap((point) => phase.tasks[point.id].map((task) => ({ ...task, phase: phase.number, point: point.id }))));
}

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
