import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-pages.ts';

/**
 * Astro writes the islands' one rule (`astro-island … {display:contents}`) as a <style> where
 * the first island is, in the body; a <style> there is not valid HTML (the Nu Html Checker
 * says so, tests/e2e/valid-html.test.ts). Moved to the end of the head, it does the same; the
 * page's Content Security Policy allows it by its hash wherever it stands.
 */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

export function islandStyleToHead(html: string): string {
  const found = ISLAND_STYLE.exec(html);
  const headEnd = html.indexOf('</head>');
  if (!found || headEnd < 0 || found.index < headEnd) return html;
  const without = html.slice(0, found.index) + html.slice(found.index + found[0].length);
  return without.slice(0, headEnd) + found[0] + without.slice(headEnd);
}

/** Runs before the search index and the offline listing, which read and hash the pages. */
export function validHtml(): AstroIntegration {
  return {
    name: 'praksis:valid-html',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        const pages = builtPages(site);
        for (const [file, html] of pages) {
          const fixed = islandStyleToHead(html);
          if (fixed === html) continue;
          pages.set(file, fixed);
          writeFileSync(join(site, file), fixed);
        }
      },
    },
  };
}
