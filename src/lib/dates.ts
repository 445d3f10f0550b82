/** Dates on the site are written the Norwegian way: 24. november 2026. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A stored day ("2026-11-28", as date inputs give it) written the Norwegian way; anything else as it is. */
export function formatDay(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(new Date(`${day}T00:00:00Z`)) : day;
}
