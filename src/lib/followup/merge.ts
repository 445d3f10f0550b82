/**
 * Merging two versions of the same saved follow-ups (two tabs open at once): each task's
 * level and note (field by field), each custom task, meeting and form keeps its latest
 * change, so neither tab overwrites the other's work. Not used for imports, where the user
 * chooses (import.ts). A note typed in two tabs at once is settled by the user in the
 * note's box (TaskRow), never here.
 */
import type { Assessment, FollowUp } from './types.ts';
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

/** When a field last changed: saved before per-field times (issue 29), the whole assessment's time. */
const stamp = (a: Assessment, field: 'levelAt' | 'noteAt') => a[field] ?? (a.levelAt || a.noteAt ? '' : a.updatedAt ?? '');

/** One task's assessment: the level (with its history) and the note each from the side that changed it last. */
export function mergeAssessment(a: Assessment | undefined, b: Assessment | undefined): Assessment {
  if (!a || !b) return (a ?? b)!;
  const lv = stamp(b, 'levelAt') > stamp(a, 'levelAt') ? b : a;
  const nt = stamp(b, 'noteAt') > stamp(a, 'noteAt') ? b : a;
  const out: Assessment = { updatedAt: [a.updatedAt, b.updatedAt].sort().pop()! };
  if (lv.level !== undefined) out.level = lv.level;
  if (lv.history) out.history = lv.history;
  if (lv.levelAt) out.levelAt = lv.levelAt;
  if (nt.note !== undefined) out.note = nt.note;
  if (nt.noteAt) out.noteAt = nt.noteAt;
  return out;
}

function byTask(a: Record<string, Assessment>, b: Record<string, Assessment>): Record<string, Assessment> {
  const out: Record<string, Assessment> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) out[key] = mergeAssessment(a[key], b[key]);
  return out;
}

export function mergeFollowUp(a: FollowUp, b: FollowUp): FollowUp {
  const newer = later(a, b)!;
  const forms = byKey(a.forms, b.forms);
  return {
    ...newer,
    assessments: byTask(a.assessments, b.assessments),
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
  // Drafts are this tab's typing (merging runs only while this tab has unsaved changes).
  const { noteDrafts: _theirDrafts, ...theirSettings } = theirs;
  return { ...theirSettings, ...mine, followUps, lastExportAt: [mine.lastExportAt, theirs.lastExportAt].filter(Boolean).sort().pop() };
}
