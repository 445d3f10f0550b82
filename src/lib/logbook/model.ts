import { localKey } from '../local-data/keys.ts';
import { compareImport, applyImport, type ImportDecision } from '../local-data/import-compare.ts';
import { isObj } from '../local-data/records.ts';
import { todayIso } from '../dates.ts';

/** The participant's logbook: one entry a week, on the three measurement points, kept in their own browser. */
export const QUESTION_IDS = ['oppgaver', 'norsk', 'samarbeid', 'nye-ord'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export interface LogbookWeek {
  id: string;
  /** ISO date of the week's Monday. */
  weekStart: string;
  answers: Partial<Record<QuestionId, string>>;
  updatedAt: string;
}

export interface Logbook {
  version: 1;
  weeks: LogbookWeek[];
}

export const LOGBOOK_FORMAT = 'praksishandboka-loggbok';
export const MAX_ANSWER = 2_000;
export const MAX_IMPORT_BYTES = 1_000_000;

export function logbookKey(basePath: string): string {
  return localKey(basePath, 'loggbok');
}

/** Monday of the week a date falls in, as ISO. */
export function mondayOf(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** ISO 8601 week number, as Norwegian calendars count weeks. */
export function weekNumber(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  return 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
}


function checkWeek(raw: unknown): LogbookWeek | undefined {
  if (!isObj(raw) || typeof raw.id !== 'string' || typeof raw.weekStart !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw.weekStart)) return undefined;
  const answers: LogbookWeek['answers'] = {};
  if (isObj(raw.answers)) for (const q of QUESTION_IDS) if (typeof raw.answers[q] === 'string') answers[q] = raw.answers[q] as string;
  return { id: raw.id, weekStart: raw.weekStart, answers, updatedAt: typeof raw.updatedAt === 'string' ? raw.updatedAt : '' };
}

/** Reads what is saved; never throws. `damaged` means something could not be read and must not be overwritten. */
export function readLogbook(text: string | null): { logbook: Logbook; damaged: boolean } {
  if (!text) return { logbook: { version: 1, weeks: [] }, damaged: false };
  try {
    const data: unknown = JSON.parse(text);
    if (!isObj(data) || !Array.isArray(data.weeks)) return { logbook: { version: 1, weeks: [] }, damaged: true };
    const weeks = data.weeks.map(checkWeek).filter((w): w is LogbookWeek => Boolean(w));
    return { logbook: { version: 1, weeks: sortWeeks(weeks) }, damaged: weeks.length !== data.weeks.length };
  } catch {
    return { logbook: { version: 1, weeks: [] }, damaged: true };
  }
}

export function sortWeeks(weeks: LogbookWeek[]): LogbookWeek[] {
  return [...weeks].sort((a, b) => a.weekStart.localeCompare(b.weekStart) || a.id.localeCompare(b.id));
}

export function newWeek(weeks: readonly LogbookWeek[], today: Date, now = new Date().toISOString()): LogbookWeek {
  const last = weeks[weeks.length - 1];
  const thisWeek = mondayOf(today);
  // The week after the last one, unless this week has no entry yet.
  let start = thisWeek;
  if (last && last.weekStart >= thisWeek) {
    const d = new Date(`${last.weekStart}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7);
    start = d.toISOString().slice(0, 10);
  }
  return { id: `uke-${start}-${Math.random().toString(36).slice(2, 7)}`, weekStart: start, answers: {}, updatedAt: now };
}

const addWeeks = (monday: string, n: number) => {
  const d = new Date(`${monday}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * n);
  return d.toISOString().slice(0, 10);
};

/**
 * The weeks a participant may start writing: this week first, then the four before it (a
 * week is often written after it ended), then next week; weeks already written are left out.
 */
export function weekChoices(weeks: readonly LogbookWeek[], today: Date): string[] {
  const thisWeek = mondayOf(today);
  const taken = new Set(weeks.map((w) => w.weekStart));
  return [0, -1, -2, -3, -4, 1].map((n) => addWeeks(thisWeek, n)).filter((w) => !taken.has(w));
}

/** A new, empty week starting on the given Monday. */
export function weekAt(weekStart: string, now = new Date().toISOString()): LogbookWeek {
  return { id: `uke-${weekStart}-${Math.random().toString(36).slice(2, 7)}`, weekStart, answers: {}, updatedAt: now };
}

export function setAnswer(week: LogbookWeek, q: QuestionId, text: string, now = new Date().toISOString()): LogbookWeek {
  return { ...week, answers: { ...week.answers, [q]: text.normalize('NFC') }, updatedAt: now };
}

export function exportLogbook(logbook: Logbook): string {
  return JSON.stringify({ format: LOGBOOK_FORMAT, ...logbook }, null, 2);
}

/** No name in the file name: it may land in a shared download folder. */
export function logbookFileName(today: Date, ext: 'json' | 'pdf'): string {
  return `loggbok-${todayIso(today)}.${ext}`;
}

export type LogbookImport = { ok: true; decisions: ImportDecision<LogbookWeek>[] } | { ok: false };

/** A file from this page, checked whole before anything changes; weeks compared by the shared import rule. */
export function parseLogbookImport(text: string, bytes: number, current: Logbook): LogbookImport {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false };
  try {
    const data: unknown = JSON.parse(text);
    if (!isObj(data) || data.format !== LOGBOOK_FORMAT || !Array.isArray(data.weeks)) return { ok: false };
    const weeks = data.weeks.map(checkWeek);
    if (weeks.some((w) => !w)) return { ok: false };
    const same = (a: LogbookWeek, b: LogbookWeek) => a.weekStart === b.weekStart && QUESTION_IDS.every((q) => (a.answers[q] ?? '') === (b.answers[q] ?? ''));
    return { ok: true, decisions: compareImport(current.weeks, weeks as LogbookWeek[], same) };
  } catch {
    return { ok: false };
  }
}

export { applyImport };
