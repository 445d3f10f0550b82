/**
 * The follow-ups' export files: written only when the user downloads, so apart from
 * storage.ts, which the workspace's first script needs to read what is stored.
 */
import { listFile } from '../local-data/versioned-list.ts';
import type { LockedBlob } from '../local-data/crypto-lock.ts';
import { FOLLOW_UP_LIST, STATE_VERSION } from './storage.ts';
import type { FollowUp } from './types.ts';

export const ENCRYPTED_EXPORT_FORMAT = 'praksishandboka-oppfolging-kryptert';

/** The export file: follow-ups that are not deleted, marked so we can recognise it. */
export function exportFile(followUps: FollowUp[]): string {
  return listFile(FOLLOW_UP_LIST, followUps.filter((f) => !f.deletedAt));
}

export function encryptedExportFile(blob: LockedBlob): string {
  return JSON.stringify({ format: ENCRYPTED_EXPORT_FORMAT, version: STATE_VERSION, locked: blob }, null, 2);
}

/**
 * A file name with no names or aliases in it (download folders are often shared or synced):
 * the plan's slug for one follow-up, the date, and whether it is encrypted.
 */
export function exportFileName(scope: { planSlug?: string; count: number; encrypted?: boolean }, today: string): string {
  const what = scope.count === 1 && scope.planSlug ? `oppfolging-${scope.planSlug.replace(/[^a-z0-9-]/g, '')}` : 'oppfolginger';
  return `${what}-${today}${scope.encrypted ? '-kryptert' : ''}.json`;
}
