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

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Says exactly what the import did, in the order it matters to the user. */
export function importMessage(o: Omit<ImportOutcome<Assessment>, 'records'>): string {
  const parts: string[] = [];
  if (o.added) parts.push(`${n(o.added, 'ny vurdering', 'nye vurderinger')} lagt til`);
  if (o.replaced) parts.push(`${n(o.replaced, 'vurdering', 'vurderinger')} erstattet med versjonen fra fila`);
  if (o.keptBoth) parts.push(`${n(o.keptBoth, 'vurdering', 'vurderinger')} lagt til som kopi ved siden av den lagrede`);
  if (o.keptStored) parts.push(`${n(o.keptStored, 'lagret vurdering', 'lagrede vurderinger')} beholdt uendret (fila ble ikke brukt)`);
  if (o.unchanged) parts.push(`${n(o.unchanged, 'vurdering', 'vurderinger')} var lik den du har, og ble ikke endret`);
  return parts.length ? `Hentet fra fil: ${parts.join('. ')}.` : 'Fila ga ingen endringer.';
}
