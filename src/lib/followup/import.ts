/**
 * Importing follow-ups from a file, through the one shared rule in local-data/import-compare:
 * identical → nothing, new → added, different → the user chooses (keep stored, take the
 * file's, keep both); an unresolved conflict keeps the stored one.
 */
import { applyImport, compareImport, type ImportDecision, type Resolution } from '../local-data/import-compare.ts';
import { assessedCount, newId } from './state.ts';
import { LIMITS } from './limits.ts';
import type { FollowUp } from './types.ts';
import { FOLLOW_UP_LIST, MAX_IMPORT_BYTES } from './storage.ts';
import { ENCRYPTED_EXPORT_FORMAT } from './export-format.ts';
import { isObj } from '../local-data/records.ts';
import { parseListImport } from '../local-data/list-import.ts';
import { dataMessages } from '../local-data/messages.ts';
import { fill } from '../i18n/fill.ts';
import type { LockedBlob } from '../local-data/crypto-lock.ts';


export type ImportResult =
  | { ok: true; followUps: FollowUp[] }
  | { ok: false; message: string }
  /** An encrypted export: ask for its passphrase, decrypt, then call parseImport on the text. */
  | { ok: 'encrypted'; blob: LockedBlob };

/** Validates an import file completely before anything is changed. */
export function parseImport(text: string, byteSize: number, knownPlans: ReadonlySet<string>): ImportResult {
  if (byteSize <= MAX_IMPORT_BYTES) {
    try {
      const data: unknown = JSON.parse(text);
      if (isObj(data) && data.format === ENCRYPTED_EXPORT_FORMAT && isObj(data.locked)) return { ok: 'encrypted', blob: data.locked as unknown as LockedBlob };
    } catch {
      /* not JSON: the shared rule says so */
    }
  }
  const r = parseListImport(FOLLOW_UP_LIST, text, byteSize, (fu) =>
    knownPlans.has(fu.planSlug) ? undefined : fill(dataMessages().unknownPlan, { plan: fu.planSlug }),
  );
  return r.ok ? { ok: true, followUps: r.items } : r;
}

export type FollowUpDecision = ImportDecision<FollowUp>;
export type { Resolution };

/** Content equality, ignoring when it was last touched. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v) => (key === 'updatedAt' ? undefined : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}
export const sameFollowUp = (a: FollowUp, b: FollowUp): boolean => canonical(a) === canonical(b);

export function compareFollowUps(stored: readonly FollowUp[], incoming: readonly FollowUp[]): FollowUpDecision[] {
  return compareImport(stored, incoming, sameFollowUp);
}

/** What the user sees for each side of a conflict. */
export const versionSummary = (fu: FollowUp) => ({ updatedAt: fu.updatedAt, assessed: assessedCount(fu), meetings: fu.meetings.filter((m) => !m.deletedAt).length });

/** "Keep both": the file's version becomes a new follow-up, marked in its alias when it fits. */
function asCopy(fu: FollowUp): FollowUp {
  const marked = fill(dataMessages().import.fromFile, { alias: fu.alias });
  return { ...fu, id: newId('fu'), alias: [...marked].length <= LIMITS.alias ? marked : fu.alias };
}

/** One part of the import summary, in the singular or plural form the count needs. */
const count = (n: number, [one, many]: readonly [string, string]) => fill(n === 1 ? one : many, { n });

export function applyFollowUpImport(stored: readonly FollowUp[], decisions: readonly FollowUpDecision[], resolutions: Readonly<Record<string, Resolution>>) {
  const outcome = applyImport(stored, decisions, resolutions, asCopy);
  const m = dataMessages().import;
  const parts = [
    outcome.added && count(outcome.added, m.added),
    outcome.unchanged && count(outcome.unchanged, m.unchanged),
    outcome.replaced && count(outcome.replaced, m.replaced),
    outcome.keptStored && count(outcome.keptStored, m.keptStored),
    outcome.keptBoth && count(outcome.keptBoth, m.keptBoth),
  ].filter(Boolean) as string[];
  const message = parts.length ? fill(m.done, { parts: parts.join('. ') }) : m.nothing;
  return { followUps: outcome.records, outcome, message };
}
