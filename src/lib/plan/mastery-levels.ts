/**
 * The mastery scale's levels without their names: what stored follow-ups are checked against
 * at the workspace's first load, which needs none of the scale's text. mastery.ts gives the
 * levels their names and re-exports these.
 */
export type MasteryLevel = 1 | 2 | 3 | 4;
export const MASTERY_LEVELS: MasteryLevel[] = [1, 2, 3, 4];
export const HIGHEST_MASTERY: MasteryLevel = 4;

export function isMasteryLevel(value: unknown): value is MasteryLevel {
  return typeof value === 'number' && (MASTERY_LEVELS as number[]).includes(value);
}
