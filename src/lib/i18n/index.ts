import { nb, type UiStrings } from './nb.ts';
import { nn } from './nn.ts';
import { loadMunicipality } from '../municipality.ts';

const LANGUAGES: Record<string, UiStrings> = { nb, nn };

/** The interface text in the language the municipality chose in kommune.yaml. */
export function ui(): UiStrings {
  const lang = loadMunicipality().language;
  return LANGUAGES[lang] ?? nb;
}
