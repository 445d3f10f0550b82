import type { PlanData } from '../schemas/plan.ts';
import { tasksOf } from '../plan/model.ts';
import { MEASUREMENT_POINTS, type MeasurementPointId } from '../plan/structure.ts';
import { formatShortDate } from '../dates.ts';
import { tailorPlan } from '../followup/tailor.ts';
import type { FollowUp } from '../followup/types.ts';

export type CertificateSource = Pick<FollowUp, 'assessments' | 'customTasks' | 'hiddenTaskIds' | 'workplace' | 'startDate'> & { endDate?: string };

export interface CertificateGroup {
  point: MeasurementPointId;
  /** Level 4: done alone and right. */
  independent: string[];
  /** Level 3: done, with help or a reminder now and then. */
  withSupport: string[];
}

/** The tasks a new employer should hear about: mastered alone or with support, per measurement point. */
export function masteredTasks(plan: Pick<PlanData, 'phases'>, followUp: CertificateSource): CertificateGroup[] {
  const tasks = tasksOf(tailorPlan(plan, followUp));
  return MEASUREMENT_POINTS.map(({ id }) => {
    const mine = tasks.filter((t) => t.point === id);
    const at = (level: number) => mine.filter((t) => followUp.assessments[t.id]?.level === level).map((t) => t.text);
    return { point: id, independent: at(4), withSupport: at(3) };
  });
}

function list(lines: string[]): string {
  return lines.map((l) => `– ${l}`).join('\n');
}

/** One group as text an employer understands; empty when nothing was mastered. */
export function groupText(group: CertificateGroup): string {
  const parts: string[] = [];
  if (group.independent.length) parts.push(`Gjør dette selvstendig:\n${list(group.independent)}`);
  if (group.withSupport.length) parts.push(`Gjør dette med litt støtte:\n${list(group.withSupport)}`);
  return parts.join('\n\n');
}

/** The opening sentence: where and when, from the follow-up. */
export function periodText(followUp: CertificateSource, planTitle: string): string {
  const where = followUp.workplace ? ` hos ${followUp.workplace}` : '';
  const until = followUp.endDate ? ` til ${formatShortDate(followUp.endDate)}` : '';
  return `Deltakeren har vært i praksis${where} fra ${formatShortDate(followUp.startDate)}${until}, med opplæringsplanen «${planTitle}».`;
}
