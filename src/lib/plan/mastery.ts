/** The one mastery scale every plan, checklist and PDF uses. Levels are stored as numbers. */
export const MASTERY_SCALE = [
  { level: 1, label: 'Ikke prøvd', description: 'Deltakeren har ikke prøvd oppgaven ennå.' },
  { level: 2, label: 'Under opplæring', description: 'Deltakeren lærer oppgaven sammen med fadderen.' },
  { level: 3, label: 'Mestrer med støtte', description: 'Deltakeren gjør oppgaven, men trenger hjelp eller påminnelse av og til.' },
  { level: 4, label: 'Mestrer selvstendig', description: 'Deltakeren gjør oppgaven alene og riktig.' },
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
