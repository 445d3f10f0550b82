/**
 * How the search page ranks the results of its searches for one question (query.ts searchesFor,
 * compoundSearches) as one list.
 */
import type { Search } from './query.ts';

export interface Scored { id: string; score: number }

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
