import { formatDate } from '../dates.ts';

/** Today in the browser's own time zone as YYYY-MM-DD (toISOString would give yesterday just after midnight in Norway). */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A YYYY-MM-DD as a calendar day at UTC midnight (formatDate prints in UTC, so no time zone moves it); undefined if it is no real day. */
export function dayToDate(day: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/** «2. desember 2026» for a stored day. */
export function formatDay(day: string): string {
  const date = dayToDate(day);
  return date ? formatDate(date) : day;
}
