import { foldedForms, wordsIn } from './words.ts';

/**
 * What the search page does with a question before Pagefind sees it. Pagefind only returns
 * pages that hold every word, so small words ("hva", "får", "er") would rule out every page:
 * they are left out, unless the question is nothing but small words.
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

/** The site's words to suggest for a question that found nothing: "lønn" → stønad, introduksjonsstønad. */
export function suggestedWords(terms: readonly string[], hints: readonly SynonymHint[]): string[] {
  const out = new Set<string>();
  for (const hint of hints) {
    if (terms.some((t) => hint.everyday.includes(t) || hint.site.includes(t))) hint.site.forEach((w) => out.add(w));
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
      if (!hint.everyday.includes(term) || hint.site.includes(term)) continue;
      for (const word of hint.site) variants.push(terms.map((t, j) => (j === i ? word : t)));
    }
  });
  return variants.slice(0, max);
}

export interface Scored { id: string; score: number }

/** Results of several variants of one question as one list: each page once, at its best score. */
export function bestOf<R extends Scored>(lists: readonly (readonly R[])[]): R[] {
  const best = new Map<string, R>();
  for (const list of lists) for (const r of list) if (!best.has(r.id) || best.get(r.id)!.score < r.score) best.set(r.id, r);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * The ranked list when a question has several words: pages with every word first, in
 * Pagefind's order; then pages with only some of the words, most words first, then by
 * their summed score. A page appears once.
 */
export function mergeResults<R extends Scored>(all: readonly R[], perTerm: readonly (readonly R[])[]): R[] {
  const seen = new Set(all.map((r) => r.id));
  const partial = new Map<string, { result: R; words: number; score: number }>();
  for (const results of perTerm) {
    for (const r of results) {
      if (seen.has(r.id)) continue;
      const entry = partial.get(r.id) ?? { result: r, words: 0, score: 0 };
      entry.words += 1;
      entry.score += r.score;
      partial.set(r.id, entry);
    }
  }
  const rest = [...partial.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((e) => e.result);
  return [...all, ...rest];
}
