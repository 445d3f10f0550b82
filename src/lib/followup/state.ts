/**
 * Every change to a follow-up goes through pure functions (the views never edit a FollowUp
 * by hand): here the follow-up as a whole (its details, ids; delete and purge in lifecycle.ts)
 * and THE progress rule (progress.ts);
 * changes inside one follow-up (levels, notes, own tasks, meetings, forms) are in edits.ts,
 * which only the follow-up's own view loads. Each returns a new object with `updatedAt`
 * set; text is cleaned by limits.ts and a refused value throws an InputError with a
 * Norwegian message.
 */
import { inputText } from '../i18n/input-text.ts';
import { cleanDate, cleanText, InputError } from './limits.ts';
import { tasksOf, type PlanShape } from './progress.ts';
import type { CustomTask, FollowUp, Meeting } from './types.ts';

// The progress rule and a follow-up's delete/restore/purge live in modules of their own,
// which the workspace's first load imports without the rest of this file.
export * from './progress.ts';
export * from './lifecycle.ts';

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
  if (endDate && endDate < startDate) throw new InputError('endDate', inputText().endBeforeStart);
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

/** Meetings that are not deleted, by date. */
export const meetingsOf = (fu: FollowUp): Meeting[] => fu.meetings.filter((m) => !m.deletedAt);
/** Custom tasks that are not deleted. */
export const customTasksOf = (fu: FollowUp): CustomTask[] => fu.customTasks.filter((t) => !t.deletedAt);

/** Assessments whose task is gone from the plan: kept, and listed for the user. */
export function orphanedAssessments(plan: PlanShape, fu: FollowUp): string[] {
  const known = new Set([...tasksOf(plan).map((t) => t.id), ...fu.customTasks.map((t) => t.id)]);
  return Object.keys(fu.assessments).filter((id) => !known.has(id));
}

/** Number of tasks with a level set: shown when comparing two versions of a follow-up. */
export const assessedCount = (fu: FollowUp): number => Object.values(fu.assessments).filter((a) => a.level !== undefined).length;
