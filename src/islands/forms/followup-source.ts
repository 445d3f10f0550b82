/**
 * Where a form opened from a follow-up reads its facts and keeps its answers: the follow-up
 * itself, through the follow-up model. The form only adds or replaces its own entry in
 * `followUp.forms`; everything else in the follow-up is left as it is.
 */
import { storeFor } from '../checklist/store.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { FormValues } from '../../lib/forms/answers.ts';

export interface StoredFormAnswers {
  formId: string;
  meetingId?: string;
  values: FormValues;
  updatedAt: string;
}
type WithForms = FollowUp & { forms?: Record<string, StoredFormAnswers> };

/** The answers of one form belong to one follow-up, and a referat to one meeting. */
export function instanceId(formId: string, meetingId?: string): string {
  return meetingId ? `${formId}:${meetingId}` : formId;
}

export type FollowUpLookup = { ok: true; followUp: WithForms } | { ok: false; reason: 'missing' | 'locked' };

export function findFollowUp(base: string, id: string): FollowUpLookup {
  const { state } = storeFor(base).read();
  const fu = state.followUps.find((f) => f.id === id) as WithForms | undefined;
  return fu ? { ok: true, followUp: fu } : { ok: false, reason: 'missing' };
}

export function savedAnswers(fu: WithForms, instance: string): StoredFormAnswers | undefined {
  return fu.forms?.[instance];
}

/** Re-reads the stored follow-ups first, so a change in another tab is never overwritten. */
export function saveAnswers(base: string, fuId: string, instance: string, answers: StoredFormAnswers): boolean {
  const store = storeFor(base);
  const { state, setAside } = store.read();
  const fu = state.followUps.find((f) => f.id === fuId) as WithForms | undefined;
  if (!fu) return false;
  const next: WithForms = { ...fu, forms: { ...fu.forms, [instance]: answers }, updatedAt: answers.updatedAt };
  return store.write({ ...state, followUps: state.followUps.map((f) => (f.id === fuId ? next : f)) }, setAside);
}
