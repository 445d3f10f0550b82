/**
 * The search page's first script, inline in its head (written by src/integrations/search-preload.ts
 * with its data): for a question in the address it asks at once for the index chunks the
 * question needs and for the list of page titles, so they come with Pagefind's own files
 * instead of one and two round trips after them. Only preload links: if a guess were wrong,
 * Pagefind and the page script still fetch what they need.
 */
import { chunksFor, pagefindQueries, type ChunkRange } from './chunks.ts';
import type { SynonymHint } from './query.ts';

export interface EarlyPreload {
  /** The site's pagefind/ folder, with the base path. */
  dir: string;
  chunks: ChunkRange[];
  stop: string[];
  hints: SynonymHint[];
  /** The page titles file (page-list.ts). */
  pages: string;
}

/** The files to preload for the address's query (none without one). */
export function earlyFiles(data: EarlyPreload, search: string): string[] {
  const q = new URLSearchParams(search).get('q')?.trim();
  if (!q) return [];
  const chunks = chunksFor(pagefindQueries(q, new Set(data.stop), data.hints), data.chunks);
  return [...chunks.map((hash) => `${data.dir}index/${hash}.pf_index`), data.pages];
}

export function preloadForAddress(data: EarlyPreload): void {
  for (const href of earlyFiles(data, location.search)) {
    const link = document.createElement('link');
    // As Pagefind's fetch() and the page's own ask for it, so the browser uses the preloaded answer.
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
}
