import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteBase } from './page-css.ts';

/** What the search page's form carries until the build fills in the index's hash. */
export const PRELOAD_MARK = 'data-pagefind-preload="pending"';

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/**
 * Lets the search page fetch what Pagefind needs first together with its own CSS and script,
 * instead of one file after another (on Slow 4G each round trip costs over half a second):
 * pagefind.js, the entry file, the language's metadata and its WebAssembly. Their names are
 * known only once the index is written, so this runs after the search index and writes the
 * preload links into each page whose form has `data-pagefind-preload="pending"`, and the
 * index's hash into that attribute: the page's script gives it to Pagefind as `metaCacheTag`, so Pagefind
 * asks for the entry file by the very address preloaded (and a new index gets a new address).
 */
export function withSearchPreload(html: string, base: string, entry: PagefindEntry): string {
  if (!html.includes(PRELOAD_MARK)) return html;
  const lang = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase() ?? '';
  const index = entry.languages[lang] ?? entry.languages[lang.split('-')[0]!];
  if (!index) return html;
  const dir = `${base}pagefind/`;
  const fetched = [`pagefind-entry.json?ts=${index.hash}`, `pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`];
  const links = [
    `<link rel="modulepreload" href="${dir}pagefind.js">`,
    ...fetched.map((file) => `<link rel="preload" href="${dir}${file}" as="fetch" crossorigin>`),
  ].join('');
  // After the page's own scripts: on HTTP/1.1 (six connections) the preloads must not keep
  // the page's stylesheets and scripts waiting; the browser still starts them at once.
  return html.replace('</body>', `${links}</body>`).replace(PRELOAD_MARK, `data-pagefind-preload="${index.hash}"`);
}

export function searchPreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'praksis:search-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entryFile = join(site, 'pagefind', 'pagefind-entry.json');
        if (!existsSync(entryFile)) return;
        const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
        let pages = 0;
        for (const rel of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
          if (!rel.endsWith('.html')) continue;
          const file = join(site, rel);
          const html = readFileSync(file, 'utf8');
          const out = withSearchPreload(html, base, entry);
          if (out !== html) {
            writeFileSync(file, out);
            pages++;
          }
        }
        logger.info(`Søket henter Pagefind sammen med siden (${pages} side)`);
      },
    },
  };
}
