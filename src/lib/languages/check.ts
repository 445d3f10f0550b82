import type { ContentProblem } from '../content-check/check.ts';
import { translationNotes, translationReport, type TranslationReport } from './report.ts';

export interface TranslationCheck {
  /** Missing and stale shared units, broken files: `npm run check-content` fails on these. */
  errors: ContentProblem[];
  /** Unstamped units, unknown ids, gaps in the copy's own texts: printed, never failing. */
  notes: ContentProblem[];
  report: TranslationReport;
}

/**
 * The translations' part of check-content. It is kept apart from checkAllContent because the
 * build must not stop for a translation gap: a page without a translated unit shows the
 * Norwegian alone, and the municipality is told by check-content instead.
 */
export function checkTranslations(root: string): TranslationCheck {
  const report = translationReport(root);
  return { errors: report.problems, notes: translationNotes(report), report };
}
