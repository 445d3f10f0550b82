/**
 * The search page's first script, inline in its head (written by src/integrations/search-preload.ts
 * with its data): for a question in the address it asks at once for the index chunks the
 * question needs and for the list of page titles, so they come with Pagefind's own files
 * instead of one and two round trips after them. Only preload links: if a guess were wrong,
 * Pagefind and the page script still fetch what they need.
 *
 * The order matters on HTTP/1.1, where a browser opens six connections to a site: what it asks
 * for first is sent first, the rest waits a whole round trip for a free connection. First go
 * the page's own script (it starts Pagefind) and the largest files the first result needs (the
 * WebAssembly, the chunks, pagefind.js), then the page's two stylesheets, which come right after
 * this script in the head; the small files (titles, Pagefind's entry and metadata, the offline
 * registration) fit in the second round.
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
  /** Pagefind's WebAssembly and its module, the same addresses as the page's other preload links. */
  wasm: string;
  module: string;
  /** The search page's own script (search-page.ts as built). */
  page: string;
}

export interface EarlyFile { href: string; module?: boolean }

/** The files to preload for the address's query, in the order to ask for them (none without a query). */
export function earlyFiles(data: EarlyPreload, search: string): EarlyFile[] {
  const q = new URLSearchParams(search).get('q')?.trim();
  if (!q) return [];
  const chunks = chunksFor(pagefindQueries(q, new Set(data.stop), data.hints), data.chunks);
  return [
    { href: data.page, module: true },
    { href: data.wasm },
    ...chunks.map((hash) => ({ href: `${data.dir}index/${hash}.pf_index` })),
    { href: data.module, module: true },
    { href: data.pages },
  ];
}

export function preloadForAddress(data: EarlyPreload): void {
  for (const file of earlyFiles(data, location.search)) {
    const link = document.createElement('link');
    if (file.module) link.rel = 'modulepreload';
    else {
      // As Pagefind's fetch() and the page's own ask for it, so the browser uses the preloaded answer.
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
    }
    link.href = file.href;
    document.head.append(link);
  }
}
