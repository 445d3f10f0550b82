/**
 * Merging two versions of the same saved follow-ups (two tabs open at once): each task's
 * assessment, each custom task, meeting and form keeps its latest change, so neither tab
 * overwrites the other's work. Not used for imports, where the user chooses (import.ts).
 */
import type { FollowUp } from './types.ts';
import type { StoredState } from './storage.ts';

type Stamped = { updatedAt?: string };
const later = <T extends Stamped>(a: T | undefined, b: T | undefined): T | undefined => (!a ? b : !b ? a : (b.updatedAt ?? '') > (a.updatedAt ?? '') ? b : a);

function byKey<T extends Stamped>(a: Record<string, T> = {}, b: Record<string, T> = {}): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) out[key] = later(a[key], b[key])!;
  return out;
}

function byId<T extends Stamped & { id: string }>(a: T[], b: T[]): T[] {
  const merged = byKey(Object.fromEntries(a.map((x) => [x.id, x])), Object.fromEntries(b.map((x) => [x.id, x])));
  return Object.values(merged);
}

export function mergeFollowUp(a: FollowUp, b: FollowUp): FollowUp {
  const newer = later(a, b)!;
  const forms = byKey(a.forms, b.forms);
  return {
    ...newer,
    assessments: byKey(a.assessments, b.assessments),
    customTasks: byId(a.customTasks, b.customTasks),
    meetings: byId(a.meetings, b.meetings).sort((x, y) => x.date.localeCompare(y.date)),
    ...(Object.keys(forms).length ? { forms } : {}),
  };
}

/**
 * Three-way merge of follow-up lists: `base` is what this tab last read or wrote. A follow-up
 * missing on one side is new there if the base did not have it, else removed there.
 */
export function mergeStates(base: StoredState, mine: StoredState, theirs: StoredState): StoredState {
  const inBase = new Set(base.followUps.map((f) => f.id));
  const theirsById = new Map(theirs.followUps.map((f) => [f.id, f]));
  const mineIds = new Set(mine.followUps.map((f) => f.id));
  const followUps: FollowUp[] = [];
  for (const fu of mine.followUps) {
    const other = theirsById.get(fu.id);
    if (other) followUps.push(mergeFollowUp(fu, other));
    else if (!inBase.has(fu.id)) followUps.push(fu);
  }
  for (const fu of theirs.followUps) if (!mineIds.has(fu.id) && !inBase.has(fu.id)) followUps.push(fu);
  return { ...theirs, ...mine, followUps, lastExportAt: [mine.lastExportAt, theirs.lastExportAt].filter(Boolean).sort().pop() };
}
