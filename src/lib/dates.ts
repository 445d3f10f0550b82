// One formatter for all calls: making one costs far more than formatting (every page prints a date).
const LONG_DATE = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Dates on the site are written the Norwegian way: 24. november 2026. */
export function formatDate(date: Date): string {
  return LONG_DATE.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A stored day ("2026-11-28", as date inputs give it) written the Norwegian way; anything else as it is. */
export function formatDay(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(new Date(`${day}T00:00:00Z`)) : day;
}

/** A stored ISO date (2026-09-15, or a timestamp) as Norwegians write it in forms: 15.09.2026. */
export function formatShortDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.slice(0, 10));
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Today as yyyy-mm-dd in the user's own time zone (toISOString gives yesterday just after midnight in Norway). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Reads a date typed as dd.mm.åååå (also d.m.åååå, with / or - between, or ISO) and gives
 * the ISO form, or undefined when it is not a real calendar date.
 */
export function parseShortDate(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const nor = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : nor ? [nor[3], nor[2], nor[1]] : [];
  if (!y || !mo || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return isoDate(date);
}

/** The time of day as «10:42» (for «Lagret kl. 10:42»), the same in every browser. */
export function formatClock(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
