import { splitCompound } from './compounds.ts';
import { RANKING, type Scored } from './rank.ts';
import { baseForms, foldedForms, wordsIn } from './words.ts';

/**
 * What the search page does with a question before Pagefind sees it. Small words ("hva", "får",
 * "er") are on nearly every page: they would rule out pages in the search with every word and
 * add noise to the rest, so they are left out, unless the question is nothing but small words.
 */
export function searchTerms(query: string, stopWords: ReadonlySet<string>): string[] {
  const words = [...new Set(wordsIn(query))];
  // "pa" for "på": a word typed without æøå is a small word if its folded form is one ("for" stays "for", "før" is kept).
  const folded = new Set([...stopWords].flatMap(foldedForms));
  const kept = words.filter((w) => !stopWords.has(w) && !folded.has(w));
  return kept.length ? kept : words;
}

export interface SynonymHint {
  /** Words people search with. */
  everyday: readonly string[];
  /** The site's own words for the same thing. */
  site: readonly string[];
}

/** Whether a list of words holds the word or a base form of it: «bedriftene» is in a list with «bedrift». */
function listed(list: readonly string[], word: string): boolean {
  return baseForms(word).some((form) => list.includes(form));
}

/** The site's words to suggest for a question that found nothing: "lønn" → stønad, introduksjonsstønad. */
export function suggestedWords(terms: readonly string[], hints: readonly SynonymHint[]): string[] {
  const out = new Set<string>();
  for (const hint of hints) {
    if (terms.some((t) => listed(hint.everyday, t) || listed(hint.site, t))) hint.site.forEach((w) => out.add(w));
  }
  terms.forEach((t) => out.delete(t));
  return [...out];
}

/**
 * The question, plus one variant per everyday word with the site's own word in its place
 * ("deltakeren betalt" → "deltakeren stønad", "deltakeren introduksjonsstønad"), at most `max`.
 */
export function queryVariants(terms: readonly string[], hints: readonly SynonymHint[], max = 4): string[][] {
  const variants: string[][] = [[...terms]];
  terms.forEach((term, i) => {
    for (const hint of hints) {
      if (!listed(hint.everyday, term) || listed(hint.site, term)) continue;
      for (const word of hint.site) variants.push(terms.map((t, j) => (j === i ? word : t)));
    }
  });
  return variants.slice(0, max);
}

/** One Pagefind search for a question: its words, and which word of the question it stands for (none: all of them). */
export interface Search {
  words: string[];
  /** Index into the question's terms; undefined for a search with every term (queryVariants). */
  term?: number;
  weight: number;
}

/** The compound's parts from the word list (content/sok/ordledd.yaml), in the word's own form or a base form. */
function partsOf(word: string, parts: ReadonlySet<string>): string[] | undefined {
  for (const form of baseForms(word)) {
    const split = splitCompound(form, parts);
    if (split) return split;
  }
  return undefined;
}

/**
 * The first searches the search page runs for a question's terms. Pagefind only finds pages with
 * every word of a search, so a question with one word the page lacks («lagre på telefonen» on a
 * page that says «mobilen») would miss it: each word is also searched alone, and as the site's own
 * words for it (synonymer.yaml), and rankResults adds the scores up.
 */
export function searchesFor(terms: readonly string[], hints: readonly SynonymHint[]): Search[] {
  const searches: Search[] = terms.length > 1 ? queryVariants(terms, hints).map((words) => ({ words, weight: 1 })) : [];
  terms.forEach((term, i) => {
    searches.push({ words: [term], term: i, weight: 1 });
    for (const hint of hints) {
      if (!listed(hint.everyday, term) || listed(hint.site, term)) continue;
      for (const word of hint.site) searches.push({ words: [word], term: i, weight: RANKING.synonym });
    }
  });
  return searches;
}

/**
 * The second round: a compound the site hardly uses as one word is also searched as its parts
 * («praksisordningen» → praksis ordning), since pages may use the parts apart. Only for a word
 * whose best page scores below RANKING.weakScore, so a compound the site uses («trekantsamtale»)
 * costs no extra index chunks and no extra round trip.
 */
export function compoundSearches(terms: readonly string[], searches: readonly Search[], results: readonly (readonly Scored[])[], parts: ReadonlySet<string>): Search[] {
  return terms.flatMap((term, i) => {
    const own = searches.findIndex((s) => s.term === i && s.weight === 1);
    const best = Math.max(0, ...(results[own] ?? []).map((r) => r.score));
    if (best >= RANKING.weakScore) return [];
    const split = partsOf(term, parts);
    return split ? [{ words: split, term: i, weight: RANKING.compoundParts }] : [];
  });
}
