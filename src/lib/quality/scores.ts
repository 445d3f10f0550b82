import { allIndicators, type Indicator, type QualityCheck, type QualityGroup, type Score } from './check.ts';
import type { Assessment } from './assessment.ts';

/**
 * The one place that turns answers into results: the score per group, the weakest
 * indicators and the change between two assessments. Pages, the island and the PDF
 * report all read these; none of them computes a score of its own.
 */

export interface GroupScore {
  group: QualityGroup;
  /** Average of the answered indicators, one decimal; null when none is answered. */
  average: number | null;
  answered: number;
  total: number;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function scoreOf(a: Assessment, indicator: Indicator): Score | undefined {
  return a.answers[indicator.key]?.score;
}

export function groupScores(check: QualityCheck, a: Assessment): GroupScore[] {
  return check.groups.map((group) => {
    const scores = group.indicators.map((i) => scoreOf(a, i)).filter((s): s is Score => s !== undefined);
    const average = scores.length ? oneDecimal(scores.reduce((x, y) => x + y, 0) / scores.length) : null;
    return { group, average, answered: scores.length, total: group.indicators.length };
  });
}

export function progressOf(check: QualityCheck, a: Assessment): { answered: number; total: number } {
  const all = allIndicators(check);
  return { answered: all.filter((i) => scoreOf(a, i) !== undefined).length, total: all.length };
}

/**
 * The indicators to improve first: the lowest scores; among equal scores, the one that
 * comes first in the check (its order is the method's own order).
 */
export function weakestIndicators(check: QualityCheck, a: Assessment, count = 3): { indicator: Indicator; score: Score }[] {
  return allIndicators(check)
    .map((indicator, position) => ({ indicator, score: scoreOf(a, indicator), position }))
    .filter((x): x is { indicator: Indicator; score: Score; position: number } => x.score !== undefined)
    .sort((x, y) => x.score - y.score || x.position - y.position)
    .slice(0, count)
    .map(({ indicator, score }) => ({ indicator, score }));
}

export interface GroupChange {
  group: QualityGroup;
  before: number | null;
  after: number | null;
  /** after − before, one decimal; null when either has no score for the group. */
  change: number | null;
}

/** Change per group from an earlier to a later assessment. */
export function changeBetween(check: QualityCheck, earlier: Assessment, later: Assessment): GroupChange[] {
  const before = groupScores(check, earlier);
  const after = groupScores(check, later);
  return check.groups.map((group, i) => {
    const b = before[i]!.average;
    const a = after[i]!.average;
    return { group, before: b, after: a, change: a !== null && b !== null ? oneDecimal(a - b) : null };
  });
}

/** "+0,5", "−1,0", "0,0": the sign always shown, Norwegian decimal comma. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${formatScore(Math.abs(change))}`;
}

export function formatScore(value: number | null): string {
  return value === null ? '–' : value.toFixed(1).replace('.', ',');
}

/** Answers saved under keys the check no longer has (an indicator was removed or renamed): kept, never dropped. */
export function orphanedAnswers(check: QualityCheck, a: Assessment): string[] {
  const keys = new Set(allIndicators(check).map((i) => i.key));
  return Object.keys(a.answers).filter((k) => !keys.has(k));
}
