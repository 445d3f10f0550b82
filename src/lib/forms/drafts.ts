import { localKey } from '../local-data/keys.ts';
import type { FormValues } from './answers.ts';
import { isObj } from '../local-data/records.ts';

/**
 * Forms filled without a follow-up ("standalone drafts"): kept in this browser only, one
 * draft per form. Answers to a form opened from a follow-up live with the follow-up instead.
 */
export interface FormDraft {
  id: string;
  formId: string;
  values: FormValues;
  /** ISO timestamp of the last change. */
  updatedAt: string;
}

export const DRAFTS_VERSION = 1;

export function draftsKey(basePath: string): string {
  return localKey(basePath, 'skjemautkast');
}


function checkValues(v: unknown): FormValues | undefined {
  if (!isObj(v)) return undefined;
  const out: FormValues = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string' || typeof x === 'boolean') out[k] = x;
  }
  return out;
}

/** Reads saved drafts; never throws. Unreadable entries are dropped from view but kept in storage by the caller. */
export function readDrafts(text: string | null): { drafts: FormDraft[]; damaged: boolean } {
  if (!text) return { drafts: [], damaged: false };
  try {
    const data: unknown = JSON.parse(text);
    if (!isObj(data) || !Array.isArray(data.drafts)) return { drafts: [], damaged: true };
    const drafts: FormDraft[] = [];
    for (const d of data.drafts) {
      const values = isObj(d) ? checkValues(d.values) : undefined;
      if (isObj(d) && typeof d.id === 'string' && typeof d.formId === 'string' && values) drafts.push({ id: d.id, formId: d.formId, values, updatedAt: typeof d.updatedAt === 'string' ? d.updatedAt : '' });
    }
    return { drafts, damaged: drafts.length !== data.drafts.length };
  } catch {
    return { drafts: [], damaged: true };
  }
}

export function writeDrafts(drafts: FormDraft[]): string {
  return JSON.stringify({ version: DRAFTS_VERSION, drafts });
}

/** Replaces the draft of one form, or removes it when it is empty. */
export function putDraft(drafts: readonly FormDraft[], formId: string, values: FormValues | undefined, now: string): FormDraft[] {
  const rest = drafts.filter((d) => d.formId !== formId);
  return values ? [...rest, { id: `utkast-${formId}`, formId, values, updatedAt: now }] : rest;
}
