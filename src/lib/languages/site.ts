import { readSources, type Sources, type Unit } from './sources.ts';
import { discoverLanguages, readTranslation, type Language } from './translations.ts';
import type { SourceKey } from './files.ts';

/** A Norwegian unit and, when there is one, its translation. The pages show both, Norwegian first. */
export interface Pair {
  id: string;
  nb: string;
  /** Missing when the language has no translation of the unit yet: the page shows the Norwegian alone. */
  tr?: string;
}

/** One language as the pages see it: its metadata and a lookup per source file. */
export interface SiteLanguage extends Language {
  pair(key: SourceKey, unit: Unit): Pair;
  /** An interface word (kilde/grensesnitt.yaml) in both languages. */
  ui(id: string): Pair;
}

let cached: { sources: Sources; languages: SiteLanguage[] } | undefined;

/**
 * The participant's languages for the build: sources read once, translations layered per
 * unit (content/ then lokalt/). Units that are stale are still shown (a slightly old
 * translation helps more than none); check-content is where they are reported.
 */
export function siteLanguages(root = process.cwd()): { sources: Sources; languages: SiteLanguage[] } {
  if (cached) return cached;
  const sources = readSources(root);
  const ui = new Map(sources.files.find((f) => f.key === 'grensesnitt')?.units.map((u) => [u.id, u.text]) ?? []);
  const languages = discoverLanguages(root).map((lang): SiteLanguage => {
    const files = new Map<SourceKey, ReturnType<typeof readTranslation>>();
    const translated = (key: SourceKey) => {
      if (!files.has(key)) files.set(key, readTranslation(root, lang.kode, key));
      return files.get(key)!;
    };
    const pair = (key: SourceKey, unit: Unit): Pair => {
      const tr = translated(key).get(unit.id)?.tekst;
      return tr ? { id: unit.id, nb: unit.text, tr } : { id: unit.id, nb: unit.text };
    };
    return { ...lang, pair, ui: (id) => pair('grensesnitt', { id, text: ui.get(id) ?? id }) };
  });
  cached = { sources, languages };
  return cached;
}

/** The translation status a page states, from sprak.yaml. */
export function statusIds(lang: Language): string[] {
  return lang.kontrollert ? ['kontrollert'] : lang.oversatt === 'maskin' ? ['maskinoversatt', 'ikkeKontrollert'] : ['ikkeKontrollert'];
}
