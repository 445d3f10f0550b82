import { download } from '../../lib/download.ts';
import { todayIso } from '../../lib/followup/limits.ts';
import { encryptedExportFile, exportFile, exportFileName } from '../../lib/followup/export-format.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { LockedBlob } from '../../lib/local-data/crypto-lock.ts';

/**
 * Saves follow-ups as a backup file (plain, or already encrypted as `blob`). Imported by the
 * parts that offer it (backup, one follow-up's actions), which load on demand, so the code
 * for files is not in what the workspace needs to start.
 */
export function downloadFollowUps(followUps: FollowUp[], blob?: LockedBlob): void {
  const only = followUps.length === 1 ? followUps[0] : undefined;
  const name = exportFileName({ count: followUps.length, planSlug: only?.planSlug, encrypted: !!blob }, todayIso());
  download(name, blob ? encryptedExportFile(blob) : exportFile(followUps));
}

/** Data the store could not read, set aside so the user can keep it (never deleted unasked). */
export function downloadSetAside(setAside: unknown[]): void {
  download(`uleselige-data-${todayIso()}.json`, JSON.stringify(setAside));
}
