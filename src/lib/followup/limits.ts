import { inputText } from '../i18n/input-text.ts';
import { fill } from '../i18n/fill.ts';

/**
 * Input rules for everything a person types into a follow-up: trimmed, Unicode NFC (so a
 * pasted "å" from another system compares equal), and refused (never cut) when too long.
 */
export const LIMITS = {
  alias: 60,
  workplace: 120,
  mentor: 120,
  caseworker: 120,
  taskText: 200,
  note: 10_000,
  agreed: 10_000,
} as const;

export type TextField = keyof typeof LIMITS;

// Messages are interface text in the copy's language (src/lib/i18n/input-text.ts).
const TEXT = inputText();
const LABELS: Record<TextField, string> = TEXT.labels;

/** A refused input: `field` says which control the message belongs next to. */
export class InputError extends Error {
  readonly field: TextField | DateField;
  constructor(field: InputError['field'], message: string) {
    super(message);
    this.name = 'InputError';
    this.field = field;
  }
}

export const normalizeText = (raw: string): string => raw.normalize('NFC').trim();

/** Checks one text without throwing: the UI uses this to show a message while typing. */
export function textProblem(field: TextField, raw: string, required = false): string | undefined {
  const value = normalizeText(raw);
  if (required && value === '') return fill(TEXT.required, { label: LABELS[field] });
  const length = [...value].length;
  if (length > LIMITS[field]) return fill(TEXT.tooLong, { label: LABELS[field], max: LIMITS[field].toLocaleString('nb-NO'), n: length.toLocaleString('nb-NO') });
  return undefined;
}

/** The clean value, or an InputError with a Norwegian message. */
export function cleanText(field: TextField, raw: string, required = false): string {
  const problem = textProblem(field, raw, required);
  if (problem) throw new InputError(field, problem);
  return normalizeText(raw);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export type DateField = 'startDate' | 'endDate' | 'date' | 'nextDate';

export function cleanDate(field: DateField, raw: string, required = true): string | undefined {
  const value = raw.trim();
  if (value === '') {
    if (required) throw new InputError(field, TEXT.dateRequired);
    return undefined;
  }
  if (!isIsoDate(value)) throw new InputError(field, TEXT.dateInvalid);
  return value;
}

/** Dates are written one way across the site: see src/lib/dates.ts. */
export { formatShortDate as formatDate, todayIso } from '../dates.ts';
