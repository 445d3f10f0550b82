/**
 * The fixed frame every industry plan shares: three phases of step-wise learning
 * and three measurement points. Plans fill the frame; they never change it.
 * The names are interface text, in the copy's language (src/lib/i18n/frame.ts).
 */
import { frame } from '../i18n/frame.ts';

const text = frame();
export const MEASUREMENT_POINTS = [
  { id: 'sprak', ...text.points.sprak },
  { id: 'egnethet', ...text.points.egnethet },
  { id: 'arbeid', ...text.points.arbeid },
] as const;

export type MeasurementPointId = (typeof MEASUREMENT_POINTS)[number]['id'];
export const MEASUREMENT_POINT_IDS = MEASUREMENT_POINTS.map((p) => p.id) as [
  MeasurementPointId,
  ...MeasurementPointId[],
];

export const PHASES = [
  { number: 1, ...text.phases[1] },
  { number: 2, ...text.phases[2] },
  { number: 3, ...text.phases[3] },
] as const;

export type PhaseNumber = (typeof PHASES)[number]['number'];

/** Limits from the method: enough tasks to follow progress, few enough to tick in a meeting. */
export const TASKS_PER_POINT = { min: 3, max: 7 } as const;
