import type { FollowUp } from '../followup/types.ts';
import type { PlanFill } from './plan-pdf.ts';
import { formatDate } from '../followup/limits.ts';
import { meetingsOf } from '../followup/state.ts';
import { todayIso } from '../dates.ts';

/** What a follow-up puts into the plan PDF: people, period, levels, notes and meetings. */
export function fillFromFollowUp(followUp: FollowUp): PlanFill {
  const levels: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const [taskId, a] of Object.entries(followUp.assessments)) {
    if (a.level) levels[taskId] = a.level;
    if (a.note?.trim()) notes[taskId] = a.note;
  }
  return {
    participant: followUp.alias,
    workplace: followUp.workplace,
    mentor: followUp.mentor,
    caseworker: followUp.caseworker,
    periodFrom: formatDate(followUp.startDate),
    periodTo: formatDate(followUp.endDate),
    customTaskIds: followUp.customTasks.map((t) => t.id),
    levels,
    notes,
    meetings: meetingsOf(followUp).sort((a, b) => a.date.localeCompare(b.date)).map(({ date, agreed }) => ({ date: formatDate(date), agreed })),
  };
}

/** A file name with no personal data in it: download folders are often shared or synced. */
export function filledPlanFileName(planSlug: string, today: Date): string {
  return `opplaeringsplan-${planSlug}-${todayIso(today)}.pdf`;
}
