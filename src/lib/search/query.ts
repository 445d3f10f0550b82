import { splitCompound } from './compounds.ts';
import { baseForms, foldedForms, wordsIn } from './words.ts';

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

export interface Scored { id: string; score: number }

/** Results of several variants of one question as one list: each page once, at its best score. */
export function bestOf<R extends Scored>(lists: readonly (readonly R[])[]): R[] {
  const best = new Map<string, R>();
  for (const list of lists) for (const r of list) if (!best.has(r.id) || best.get(r.id)!.score < r.score) best.set(r.id, r);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * How much each kind of evidence counts when a question is ranked (rankResults), measured on the
 * question sets in tests/fixtures (all five, 275 questions, 2026-12-07):
 * - synonym: a page found by the site's word for an everyday word, against one with the word itself;
 * - compoundParts: a page found by the parts of a compound typed as one word («praksisordningen» →
 *   praksis ordning), against one with the whole word;
 * - coverage: how hard a page is pulled down for missing some of the question's words (score ×
 *   share of words found ^ coverage): 0 would ignore it, 1 would halve the score of a page with half;
 * - allWords: the bonus, times Pagefind's own score, for a page with every word of the question;
 * - weakScore: a compound whose best page scores less than this (Pagefind's score; a word in a page's
 *   title or lead scores 4 to 15, one mention in the text about 1) is also searched as its parts;
 * - partialShare: a page with only some of the question's words is listed only if it scores at least
 *   this share of the best page (a long question would otherwise list nearly every page).
 */
export const RANKING = { synonym: 0.5, compoundParts: 0.5, coverage: 0.5, allWords: 0.3, weakScore: 2, partialShare: 0.2 } as const;

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

/**
 * One ranked list from the results of searchesFor (results[i] answers searches[i]). A page scores
 * the sum, over the question's words, of its best weighted score for that word, pulled down by the
 * share of words it lacks and raised when it has them all. A page that misses one word of a long
 * question then still ranks by the words it has, so stop words the list lacks and everyday words
 * a page does not use rule nothing out. Each page once, as the result object that scored it best
 * (the one with every word if there is one, so its excerpt marks them all).
 */
export function rankResults<R extends Scored>(searches: readonly Search[], results: readonly (readonly R[])[], termCount: number): R[] {
  interface Page { perTerm: Map<number, number>; best?: R; bestScore: number; all?: R; allScore: number }
  const pages = new Map<string, Page>();
  searches.forEach((search, i) => {
    for (const r of results[i] ?? []) {
      const weighted = r.score * search.weight;
      const page = pages.get(r.id) ?? { perTerm: new Map<number, number>(), bestScore: 0, allScore: 0 };
      pages.set(r.id, page);
      if (search.term === undefined) {
        if (!page.all || weighted > page.allScore) Object.assign(page, { all: r, allScore: weighted });
        continue;
      }
      page.perTerm.set(search.term, Math.max(page.perTerm.get(search.term) ?? 0, weighted));
      if (!page.best || weighted > page.bestScore) Object.assign(page, { best: r, bestScore: weighted });
    }
  });
  const scored = [...pages.values()].map((p) => {
    const sum = [...p.perTerm.values()].reduce((a, b) => a + b, 0);
    const share = termCount ? p.perTerm.size / termCount : 1;
    return { result: (p.all ?? p.best)!, every: p.perTerm.size >= termCount, score: sum * share ** RANKING.coverage + RANKING.allWords * p.allScore };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.every || s.score >= RANKING.partialShare * best)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.result);
}
