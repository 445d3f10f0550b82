
export { todayIso as localDay, formatDay } from '../dates.ts';

/** A YYYY-MM-DD as a calendar day at UTC midnight (formatDate prints in UTC, so no time zone moves it); undefined if it is no real day. */
export function dayToDate(day: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}
