/**
 * A follow-up as a whole: deleted (with a window to undo), restored, purged when the window
 * has passed. Its own module because the workspace's first load needs these and no more of
 * state.ts, which re-exports them.
 */
import type { FollowUp } from './types.ts';

/** How long a deleted task, meeting or follow-up can be brought back before it is purged. */
export const UNDO_WINDOW_MS = 15 * 60 * 1000;

export const nowIso = () => new Date().toISOString();

export function deleteFollowUp(fu: FollowUp, now = nowIso()): FollowUp {
  return { ...fu, deletedAt: now, updatedAt: now };
}

export function restoreFollowUp(fu: FollowUp, now = nowIso()): FollowUp {
  const { deletedAt: _d, ...rest } = fu;
  return { ...rest, updatedAt: now };
}

/** Drops tasks and meetings deleted longer ago than the undo window (and their assessments). */
export function purgeDeleted(fu: FollowUp, now = Date.now(), windowMs = UNDO_WINDOW_MS): FollowUp {
  const expired = (at?: string) => at !== undefined && now - Date.parse(at) > windowMs;
  const goneTasks = new Set(fu.customTasks.filter((t) => expired(t.deletedAt)).map((t) => t.id));
  if (goneTasks.size === 0 && !fu.meetings.some((m) => expired(m.deletedAt))) return fu;
  const assessments = Object.fromEntries(Object.entries(fu.assessments).filter(([id]) => !goneTasks.has(id)));
  return {
    ...fu,
    assessments,
    customTasks: fu.customTasks.filter((t) => !goneTasks.has(t.id)),
    hiddenTaskIds: fu.hiddenTaskIds.filter((id) => !goneTasks.has(id)),
    meetings: fu.meetings.filter((m) => !expired(m.deletedAt)),
  };
}
