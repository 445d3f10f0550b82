import type { IndicatorData, QualityGroupData } from '../schemas/quality.ts';

/**
 * The quality check as every view uses it: the groups in reading order, each indicator with
 * the key its answers are saved under. Built once from content/kvalitetssjekk/.
 */
export interface Indicator extends IndicatorData {
  /** "group/indicator": ids are unique within a file, so the group makes them unique overall. */
  key: string;
  groupId: string;
}

export interface QualityGroup extends Omit<QualityGroupData, 'indicators' | 'reviewed'> {
  id: string;
  indicators: Indicator[];
}

export interface QualityCheck {
  groups: QualityGroup[];
}

/** The levels a score can take; 1, 3 and 5 are described in the content, 2 and 4 lie between. */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];
export const DESCRIBED_LEVELS = [1, 3, 5] as const;

export const isScore = (v: unknown): v is Score => typeof v === 'number' && (SCORES as readonly number[]).includes(v);

export function indicatorKey(groupId: string, indicatorId: string): string {
  return `${groupId}/${indicatorId}`;
}

/** From the collection's entries (id = file name) to the ordered check. */
export function buildCheck(entries: readonly { id: string; data: QualityGroupData }[]): QualityCheck {
  const groups = [...entries]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map(({ id, data }) => {
      const { reviewed: _r, indicators, ...rest } = data;
      return { ...rest, id, indicators: indicators.map((i) => ({ ...i, key: indicatorKey(id, i.id), groupId: id })) };
    });
  return { groups };
}

export function allIndicators(check: QualityCheck): Indicator[] {
  return check.groups.flatMap((g) => g.indicators);
}

/** What a score means in words: the described level, or "between" for 2 and 4. */
export function levelText(indicator: Indicator, score: Score): string {
  if (score === 1 || score === 3 || score === 5) return indicator.levels[score];
  return `Mellom ${score - 1} og ${score + 1}.`;
}
