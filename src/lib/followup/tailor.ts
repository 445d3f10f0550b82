import type { PlanData, Task } from '../schemas/plan.ts';
import { MEASUREMENT_POINTS } from '../plan/structure.ts';
import type { FollowUp } from './types.ts';

/**
 * The plan as this workplace uses it: hidden tasks (plan or custom) left out, custom tasks
 * that are not deleted added at the end of their phase and measurement point. The
 * workspace, progress and PDF all show this.
 */
export function tailorPlan<P extends Pick<PlanData, 'phases'>>(plan: P, followUp: Pick<FollowUp, 'customTasks' | 'hiddenTaskIds'>): P {
  const hidden = new Set(followUp.hiddenTaskIds);
  const phases = plan.phases.map((phase) => {
    const tasks = { ...phase.tasks };
    for (const point of MEASUREMENT_POINTS) {
      const custom: Task[] = followUp.customTasks
        .filter((t) => t.phase === phase.number && t.point === point.id && !t.deletedAt && !hidden.has(t.id))
        .map(({ id, text }) => ({ id, text }));
      tasks[point.id] = [...phase.tasks[point.id].filter((t) => !hidden.has(t.id)), ...custom];
    }
    return { ...phase, tasks };
  });
  return { ...plan, phases };
}
