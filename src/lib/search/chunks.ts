/**
 * Which of Pagefind's index chunks a question needs, worked out before Pagefind itself has
 * loaded (the search page's early script, src/integrations/search-preload.ts): a first visit
 * to /sok/?q=… can then fetch the chunk together with Pagefind's own files instead of after
 * them, one round trip less. It must ask for the chunks Pagefind will ask for, or the preload
 * is wasted: the same words as the search page sends (query.ts) and Pagefind's own rules
 * (pagefind.js `search`, pagefind_web `request_indexes` in Pagefind 1.6).
 */
import { searchTerms, searchesFor, type SynonymHint } from './query.ts';

/** [from word, to word, chunk hash], in the order of Pagefind's metadata. */
export type ChunkRange = readonly [string, string, string];

/** Pagefind's normalising of a search word: combining marks go (å → a), except the kana marks. */
function pagefindWord(word: string): string {
  const stripped = word.toLocaleLowerCase().normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/**
 * The words of each search the search page runs first for a question (query.ts searchesFor), as
 * Pagefind sees them. A rare compound's parts (its second round) are not guessed: most questions have none.
 */
export function pagefindQueries(query: string, stop: ReadonlySet<string>, hints: readonly SynonymHint[]): string[][] {
  return searchesFor(searchTerms(query, stop), hints).map((s) => s.words.map(pagefindWord).filter(Boolean));
}

/** Pagefind compares words as Rust strings: by code point (JavaScript's < compares UTF-16 units). */
function compare(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}
const prefix = (s: string, n: number) => [...s].slice(0, n).join('');

function chunksOf(words: readonly string[], chunks: readonly ChunkRange[], loose: boolean): string[] {
  return words.flatMap((word) => {
    const n = [...word].length;
    const found = chunks.find(([from, to]) =>
      loose
        // No word fell inside a range: any chunk that may hold a longer or shorter form of it.
        ? compare(prefix(word, Math.min(n, [...from].length)), prefix(from, n)) >= 0 && compare(prefix(word, Math.min(n, [...to].length)), prefix(to, n)) <= 0
        : compare(word, from) >= 0 && compare(word, to) <= 0,
    );
    return found ? [found[2]] : [];
  });
}

/** The chunks Pagefind loads for these searches, each once, sorted. */
export function chunksFor(queries: readonly (readonly string[])[], chunks: readonly ChunkRange[]): string[] {
  const out = new Set<string>();
  for (const words of queries) {
    const strict = chunksOf(words, chunks, false);
    for (const hash of strict.length ? strict : chunksOf(words, chunks, true)) out.add(hash);
  }
  return [...out].sort();
}
