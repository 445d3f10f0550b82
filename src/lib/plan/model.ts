import type { PlanData, Task } from '../schemas/plan.ts';
import { PLAN_SCHEMA_VERSION } from '../schemas/plan.ts';
import { MEASUREMENT_POINTS, type MeasurementPointId, type PhaseNumber } from './structure.ts';

/** A plan as the rest of the site sees it: the validated data plus its slug. */
export interface Plan extends PlanData {
  slug: string;
  /** The file the plan comes from (content/ or lokalt/): its language and credit line. */
  filePath?: string;
}

export interface PlacedTask extends Task {
  phase: PhaseNumber;
  point: MeasurementPointId;
}

/** Every task in reading order: phase by phase, measurement point by measurement point. */
export function tasksOf(plan: Pick<PlanData, 'phases'>): PlacedTask[] {
  return plan.phases.flatMap((phase) =>
    MEASUREMENT_POINTS.flatMap((point) =>
      phase.tasks[point.id].map((task) => ({ ...task, phase: phase.number, point: point.id })),
    ),
  );
}

/** The plan as published open data at /planer/<slug>.json. */
export function toOpenData(plan: Plan) {
  const { slug, draft: _draft, filePath: _file, ...data } = plan;
  return {
    $schema: 'schema.json',
    schemaVersion: PLAN_SCHEMA_VERSION,
    slug,
    ...data,
  };
}
