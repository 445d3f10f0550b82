/**
 * The one rule for importing saved work from a file into what this browser already has
 * (follow-ups, self-assessments, drafts): nothing stored is ever replaced without the
 * user's choice. Each incoming record is compared with the stored record of the same id.
 */
export interface Versioned {
  id: string;
  /** ISO timestamp of the last change. */
  updatedAt: string;
}

export type ImportDecision<T extends Versioned> =
  | { kind: 'new'; incoming: T }
  | { kind: 'identical'; stored: T; incoming: T }
  | { kind: 'conflict'; stored: T; incoming: T; newer: 'stored' | 'incoming' | 'same' };

/** What the user chose for one conflict. */
export type Resolution = 'keep-stored' | 'take-incoming' | 'keep-both';

/**
 * Sorts each incoming record into new, identical or conflict. `sameContent` decides
 * identity (compare the meaningful content, not object identity).
 */
export function compareImport<T extends Versioned>(stored: readonly T[], incoming: readonly T[], sameContent: (a: T, b: T) => boolean): ImportDecision<T>[] {
  const byId = new Map(stored.map((s) => [s.id, s]));
  return incoming.map((item) => {
    const match = byId.get(item.id);
    if (!match) return { kind: 'new', incoming: item };
    if (sameContent(match, item)) return { kind: 'identical', stored: match, incoming: item };
    const newer = match.updatedAt === item.updatedAt ? 'same' : match.updatedAt > item.updatedAt ? 'stored' : 'incoming';
    return { kind: 'conflict', stored: match, incoming: item, newer };
  });
}

export interface ImportOutcome<T extends Versioned> {
  records: T[];
  added: number;
  unchanged: number;
  replaced: number;
  keptStored: number;
  keptBoth: number;
}

/**
 * Applies the decisions. A conflict without a resolution keeps the stored record:
 * the safe default. `asCopy` makes the incoming record a separate one (new id) for keep-both.
 */
export function applyImport<T extends Versioned>(
  stored: readonly T[],
  decisions: readonly ImportDecision<T>[],
  resolutions: Readonly<Record<string, Resolution>>,
  asCopy: (incoming: T) => T,
): ImportOutcome<T> {
  const records = [...stored];
  const outcome = { added: 0, unchanged: 0, replaced: 0, keptStored: 0, keptBoth: 0 };
  for (const d of decisions) {
    if (d.kind === 'new') {
      records.push(d.incoming);
      outcome.added++;
    } else if (d.kind === 'identical') {
      outcome.unchanged++;
    } else {
      const choice = resolutions[d.stored.id] ?? 'keep-stored';
      if (choice === 'take-incoming') {
        records[records.findIndex((r) => r.id === d.stored.id)] = d.incoming;
        outcome.replaced++;
      } else if (choice === 'keep-both') {
        records.push(asCopy(d.incoming));
        outcome.keptBoth++;
      } else {
        outcome.keptStored++;
      }
    }
  }
  return { records, ...outcome };
}
