import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { flatten } from '../languages/sources.ts';
import { sourcePath } from '../languages/files.ts';
import { siteLanguages } from '../languages/site.ts';
import type { LogbookLanguageChoice, LogbookText, LogbookTranslation } from './strings.ts';

/** The logbook's Norwegian, read at build from content/sprak/kilde/loggbok.yaml. */
export function norwegianLogbook(root = process.cwd()): LogbookText {
  const data: unknown = parse(readFileSync(join(root, sourcePath('loggbok')), 'utf8'));
  return Object.fromEntries(flatten(data).map((u) => [u.id, u.text]));
}

/** Every language that has translated the logbook, for the language choice. */
export function logbookLanguages(root = process.cwd()): LogbookTranslation[] {
  const nb = norwegianLogbook(root);
  return siteLanguages(root).languages.map((lang) => {
    const strings: LogbookText = {};
    for (const [id, text] of Object.entries(nb)) {
      const tr = lang.pair('loggbok', { id, text }).tr;
      if (tr) strings[id] = tr;
    }
    return { kode: lang.kode, navn: lang.navn, retning: lang.retning, strings };
  }).filter((l) => Object.keys(l.strings).length > 0);
}

export const choiceOf = ({ kode, navn, retning }: LogbookLanguageChoice): LogbookLanguageChoice => ({ kode, navn, retning });
