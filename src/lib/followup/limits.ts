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

const LABELS: Record<TextField, string> = {
  alias: 'Alias eller initialer',
  workplace: 'Arbeidssted',
  mentor: 'Fadder',
  caseworker: 'Veileder',
  taskText: 'Oppgaveteksten',
  note: 'Notatet',
  agreed: 'Det dere ble enige om',
};

/** A refused input: `field` says which control the message belongs next to. */
export class InputError extends Error {
  constructor(readonly field: TextField | 'startDate' | 'endDate' | 'date', message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export const normalizeText = (raw: string): string => raw.normalize('NFC').trim();

/** Checks one text without throwing: the UI uses this to show a message while typing. */
export function textProblem(field: TextField, raw: string, required = false): string | undefined {
  const value = normalizeText(raw);
  if (required && value === '') return `${LABELS[field]} må fylles ut.`;
  const length = [...value].length;
  if (length > LIMITS[field]) return `${LABELS[field]} kan ha høyst ${LIMITS[field].toLocaleString('nb-NO')} tegn. Nå er det ${length.toLocaleString('nb-NO')}. Ingenting er kuttet; kort ned teksten selv.`;
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

export function cleanDate(field: 'startDate' | 'endDate' | 'date', raw: string, required = true): string | undefined {
  const value = raw.trim();
  if (value === '') {
    if (required) throw new InputError(field, 'Dato må fylles ut.');
    return undefined;
  }
  if (!isIsoDate(value)) throw new InputError(field, 'Datoen er ikke gyldig. Skriv den som dd.mm.åååå.');
  return value;
}

/** 2026-09-15 → 15.09.2026 (timestamps are cut to the date first). */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso.slice(0, 10));
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Today as yyyy-mm-dd in the user's own time zone (not UTC, which is yesterday before 01:00). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
