import { nb, type LogbookStrings } from './strings/nb.ts';

/** Languages the logbook ships in. Add a file in strings/ and one line here; rtl works by its `dir`. */
export const LANGUAGES: Record<string, LogbookStrings> = { nb: nb as LogbookStrings };

export function logbookStrings(lang: string): LogbookStrings {
  return LANGUAGES[lang] ?? (nb as LogbookStrings);
}
