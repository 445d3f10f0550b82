import { fill } from '../i18n/fill.ts';

/**
 * The logbook's fixed text, flat by id as in content/sprak/kilde/loggbok.yaml (nested keys
 * joined with a dot: «questions.oppgaver»). The Norwegian comes with the page; a translation
 * is fetched as /loggbok/sprak/<kode>.json when the participant chooses it, so the page
 * carries only the language in use.
 */
export type LogbookText = Record<string, string>;

export interface LogbookLanguageChoice {
  kode: string;
  /** The language's name in its own script. */
  navn: string;
  retning: 'ltr' | 'rtl';
}

/** The JSON file of one language (src/pages/loggbok/sprak/[kode].json.ts). */
export interface LogbookTranslation extends LogbookLanguageChoice {
  strings: LogbookText;
}

export const logbookStringsPath = (base: string, kode: string) => `${base.replace(/\/?$/, '/')}loggbok/sprak/${kode}.json`;

/** The text of an id with its {placeholders} filled; an id the file lacks gives undefined. */
export function say(text: LogbookText | undefined, id: string, values: Record<string, string | number> = {}): string | undefined {
  const raw = text?.[id];
  return raw === undefined ? undefined : fill(raw, values);
}
