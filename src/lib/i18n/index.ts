import { nb, type UiStrings } from './nb.ts';
import { nn } from './nn.ts';
import { loadMunicipality } from '../municipality.ts';
import { entryLanguage, type ContentLanguage, type EntrySource } from '../content/provenance.ts';

const LANGUAGES: Record<string, UiStrings> = { nb, nn };

/** The interface text in the language the municipality chose in kommune.yaml. */
export function ui(): UiStrings {
  const lang = loadMunicipality().language;
  return LANGUAGES[lang] ?? nb;
}

/**
 * The lang attribute of a block of content: the entry's language (shared content is bokmål, a
 * copy's own text is in the copy's language unless the file says `language`, see
 * provenance.ts). On a nynorsk site shared blocks carry lang="nb" so screen readers pronounce
 * them right (WCAG 3.1.2); undefined when it matches the page. Without an entry: shared text.
 */
export function contentLang(entry?: EntrySource): ContentLanguage | undefined {
  const lang = entryLanguage(entry);
  return lang === ui().htmlLang ? undefined : lang;
}
