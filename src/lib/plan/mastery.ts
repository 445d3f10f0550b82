import { frame } from '../i18n/frame.ts';
import type { MasteryLevel } from './mastery-levels.ts';

export { HIGHEST_MASTERY, isMasteryLevel, MASTERY_LEVELS, type MasteryLevel } from './mastery-levels.ts';

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
] as const satisfies readonly { level: MasteryLevel }[];

export function masteryLabel(level: MasteryLevel): string {
  return MASTERY_SCALE.find((m) => m.level === level)!.label;
}
