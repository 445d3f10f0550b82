import { nb, type UiStrings } from './nb.ts';
import { nn } from './nn.ts';
import { loadMunicipality } from '../municipality.ts';

const LANGUAGES: Record<string, UiStrings> = { nb, nn };

/** The interface text in the language the municipality chose in kommune.yaml. */
export function ui(): UiStrings {
  const lang = loadMunicipality().language;
  return LANGUAGES[lang] ?? nb;
}

/**
 * The language of the content (handbook, methods, plans, forms): bokmål unless a
 * municipality translates it. On a nynorsk site, content blocks carry lang="nb" so screen
 * readers pronounce them right (WCAG 3.1.2); undefined when it matches the page.
 */
export function contentLang(): 'nb' | undefined {
  return ui().htmlLang === 'nb' ? undefined : 'nb';
}
