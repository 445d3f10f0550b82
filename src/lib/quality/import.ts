import { qualityMessages } from './messages.ts';
import { fill } from '../i18n/fill.ts';
import { applyImport, compareImport, type ImportDecision, type ImportOutcome, type Resolution } from '../local-data/import-compare.ts';
import type { Assessment } from './assessment.ts';
import { asCopy, sameContent } from './storage.ts';

/** The shared import rule (lib/local-data/import-compare.ts) applied to self-assessments. */
export type AssessmentDecision = ImportDecision<Assessment>;

export function compareAssessments(stored: readonly Assessment[], incoming: readonly Assessment[]): AssessmentDecision[] {
  return compareImport(stored, incoming, sameContent);
}

export function applyAssessments(stored: readonly Assessment[], decisions: readonly AssessmentDecision[], resolutions: Readonly<Record<string, Resolution>>): ImportOutcome<Assessment> {
  return applyImport(stored, decisions, resolutions, asCopy);
}

/** One part of the summary, in the singular or plural form the count needs. */
const n = (count: number, [one, many]: readonly [string, string]) => fill(count === 1 ? one : many, { n: count });

/** Says exactly what the import did, in the order it matters to the user. */
export function importMessage(o: Omit<ImportOutcome<Assessment>, 'records'>): string {
  const m = qualityMessages().import;
  const parts: string[] = [];
  if (o.added) parts.push(n(o.added, m.added));
  if (o.replaced) parts.push(n(o.replaced, m.replaced));
  if (o.keptBoth) parts.push(n(o.keptBoth, m.keptBoth));
  if (o.keptStored) parts.push(n(o.keptStored, m.keptStored));
  if (o.unchanged) parts.push(n(o.unchanged, m.unchanged));
  return parts.length ? fill(m.done, { parts: parts.join('. ') }) : m.nothing;
}
