/**
 * The fixed frame every industry plan shares: three phases of step-wise learning
 * and three measurement points. Plans fill the frame; they never change it.
 */
export const MEASUREMENT_POINTS = [
  { id: 'sprak', label: 'Språkutvikling', short: 'Språk' },
  { id: 'egnethet', label: 'Personlig egnethet', short: 'Egnethet' },
  { id: 'arbeid', label: 'Arbeidsutførsel', short: 'Arbeid' },
] as const;

export type MeasurementPointId = (typeof MEASUREMENT_POINTS)[number]['id'];
export const MEASUREMENT_POINT_IDS = MEASUREMENT_POINTS.map((p) => p.id) as [
  MeasurementPointId,
  ...MeasurementPointId[],
];

export const PHASES = [
  { number: 1, title: 'Fase 1: Faste og enkle oppgaver', lead: 'Deltakeren lærer noen få oppgaver som er like hver dag.' },
  { number: 2, title: 'Fase 2: Flere oppgaver og mer variasjon', lead: 'Deltakeren tar flere oppgaver og gjør noen valg selv.' },
  { number: 3, title: 'Fase 3: Selvstendig arbeid og ansvar', lead: 'Deltakeren jobber på egen hånd og tar ansvar.' },
] as const;

export type PhaseNumber = (typeof PHASES)[number]['number'];

/** Limits from the method: enough tasks to follow progress, few enough to tick in a meeting. */
export const TASKS_PER_POINT = { min: 3, max: 7 } as const;
