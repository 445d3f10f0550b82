import { frame } from '../i18n/frame.ts';

/**
 * The one mastery scale every plan, checklist and PDF uses. Levels are stored as numbers; the
 * names are interface text in the copy's language (src/lib/i18n/frame.ts).
 */
const text = frame().mastery;
export const MASTERY_SCALE = [
  { level: 1, ...text[1] },
  { level: 2, ...text[2] },
  { level: 3, ...text[3] },
  { level: 4, ...text[4] },
] as const;

export type MasteryLevel = (typeof MASTERY_SCALE)[number]['level'];
export const MASTERY_LEVELS = MASTERY_SCALE.map((m) => m.level) as MasteryLevel[];
export const HIGHEST_MASTERY: MasteryLevel = 4;

export function isMasteryLevel(value: unknown): value is MasteryLevel {
  return typeof value === 'number' && (MASTERY_LEVELS as number[]).includes(value);
}

export function masteryLabel(level: MasteryLevel): string {
  return MASTERY_SCALE.find((m) => m.level === level)!.label;
}
