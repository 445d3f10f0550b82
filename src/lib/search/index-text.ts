import { splitCompound } from './compounds.ts';
import { baseForms, foldedForms, wordsIn } from './words.ts';
import type { SearchWords } from './search-words.ts';

/**
 * Extra words for the search index, computed per page at build time: the parts of the
 * page's compounds and the everyday words for the site's own terms. They go into Pagefind
 * as weighted text that no reader sees, so the published HTML stays as it is.
 */

/** How strongly each block counts, on Pagefind's 0–10 scale (an h1 counts 7, body text 1). */
export const EXTRA_WEIGHTS = { title: 10, lead: 3, body: 0.5 } as const;
export type Region = keyof typeof EXTRA_WEIGHTS;

export interface PageText {
  /** The page's address from the site root, e.g. /roller/fadder/ */
  path: string;
  title: string;
  lead: string;
  body: string;
}

export interface SearchVocabulary {
  parts: ReadonlySet<string>;
  groups: { site: ReadonlySet<string>; everyday: readonly string[] }[];
  featured: ReadonlyMap<string, readonly string[]>;
}

export function vocabulary(words: SearchWords): SearchVocabulary {
  return {
    parts: new Set(words.parts),
    groups: words.synonyms.grupper.map((g) => ({ site: new Set(g.ord), everyday: g.søkeord })),
    featured: new Map(words.synonyms.forst.map((f) => [f.side, f.ord])),
  };
}

/** The words of a text with their base forms, and the parts of each compound among them. */
export function termsOf(text: string, parts: ReadonlySet<string>): { words: Set<string>; compoundParts: Set<string> } {
  const words = new Set<string>();
  const compoundParts = new Set<string>();
  for (const word of new Set(wordsIn(text))) {
    for (const form of baseForms(word)) {
      words.add(form);
      for (const part of splitCompound(form, parts) ?? []) compoundParts.add(part);
    }
  }
  return { words, compoundParts };
}

/**
 * The words to add for one region of a page, minus the words it already has: the parts of
 * its compounds, and (for title and lead only) the everyday words for the site's terms in it.
 * Everyday words for the body are left to the search page, which asks for the site's word
 * instead: added here, one mention of "fravær" anywhere would make a page rank for "syk".
 */
function extraFor(text: string, vocab: SearchVocabulary, everyday: boolean): string[] {
  const { words, compoundParts } = termsOf(text, vocab.parts);
  const known = new Set([...words, ...compoundParts]);
  const extra = new Set(compoundParts);
  for (const group of everyday ? vocab.groups : []) {
    if ([...group.site].some((w) => known.has(w))) group.everyday.forEach((w) => extra.add(w));
  }
  // The title's and lead's words also as typed without æøå; the body's would double the index.
  if (everyday) for (const w of [...known, ...extra]) foldedForms(w).forEach((f) => extra.add(f));
  return [...extra].filter((w) => !words.has(w));
}

/** Extra index text per region; a word is added once, in the strongest region that earns it. */
export function extraIndexText(page: PageText, vocab: SearchVocabulary): Record<Region, string[]> {
  const featured = vocab.featured.get(page.path) ?? [];
  const title = new Set([...extraFor(page.title, vocab, true), ...featured, ...featured.flatMap(foldedForms)]);
  const lead = new Set(extraFor(page.lead, vocab, true).filter((w) => !title.has(w)));
  const body = extraFor(page.body, vocab, false).filter((w) => !title.has(w) && !lead.has(w));
  return { title: [...title].sort(), lead: [...lead].sort(), body: body.sort() };
}
