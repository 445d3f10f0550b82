import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { siteBase } from './page-css.ts';
import { withInlineScript } from './inline-script.ts';
import { readFragment, readPagefindMeta } from './pagefind-files.ts';
import type { EarlyPreload } from '../lib/search/early-preload.ts';
import type { PageList } from '../lib/search/page-list.ts';

/** What the search page's form carries until the build fills in the index's hash. */
export const PRELOAD_MARK = 'data-pagefind-preload="pending"';

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/**
 * The search page's early script for one index (language), with the index's chunk ranges in
 * it, and the page titles file (lib/search/page-list.ts): both exist only once Pagefind has
 * written the index.
 */
export interface EarlyIndex {
  /** lib/search/early-preload.ts bundled with its data. */
  script: string;
  /** The page titles file, under pagefind/, for the page script. */
  pages: string;
}

/**
 * Lets the search page fetch what Pagefind needs first together with its own CSS and script,
 * instead of one file after another (on Slow 4G each round trip costs over half a second):
 * pagefind.js, the entry file, the language's metadata and its WebAssembly. Their names are
 * known only once the index is written, so this runs after the search index and writes the
 * preload links into each page whose form has `data-pagefind-preload="pending"`, and the
 * index's hash into that attribute: the page's script gives it to Pagefind as `metaCacheTag`, so Pagefind
 * asks for the entry file by the very address preloaded (and a new index gets a new address).
 *
 * With `early`, the page also gets an inline script at the top of its head that, for a question
 * in the address, preloads the index chunks it needs and the page titles file (one and two
 * round trips fewer before the first result; lib/search/early-preload.ts), and the form gets
 * the titles file's address in `data-pagefind-pages`.
 */
/** The WebAssembly Pagefind loads for an index: the language's own, or the shared one without stemming. */
const wasmFile = (index: { wasm?: string | null }) => `wasm.${index.wasm ?? 'unknown'}.pagefind`;

/** The index a page searches: its language's (`<html lang>`, or that language without region). */
function pageIndex(html: string, entry: PagefindEntry): PagefindEntry['languages'][string] | undefined {
  const lang = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase() ?? '';
  return entry.languages[lang] ?? entry.languages[lang.split('-')[0]!];
}

export function withSearchPreload(html: string, base: string, entry: PagefindEntry, early?: (hash: string) => EarlyIndex | undefined): string {
  if (!html.includes(PRELOAD_MARK)) return html;
  const index = pageIndex(html, entry);
  if (!index) return html;
  const dir = `${base}pagefind/`;
  const fetched = [`pagefind-entry.json?ts=${index.hash}`, `pagefind.${index.hash}.pf_meta`, wasmFile(index)];
  const links = [
    `<link rel="modulepreload" href="${dir}pagefind.js">`,
    ...fetched.map((file) => `<link rel="preload" href="${dir}${file}" as="fetch" crossorigin>`),
  ].join('');
  // After the page's own scripts: on HTTP/1.1 (six connections) the preloads must not keep
  // the page's stylesheets and scripts waiting; the browser still starts them at once.
  const withLinks = html.replace('</body>', `${links}</body>`);
  const extra = early?.(index.hash);
  if (!extra) return withLinks.replace(PRELOAD_MARK, `data-pagefind-preload="${index.hash}"`);
  return withInlineScript(withLinks, extra.script).replace(PRELOAD_MARK, `data-pagefind-preload="${index.hash}" data-pagefind-pages="${dir}${extra.pages}"`);
}

/**
 * The search page's own script: the module script in its <main> (sok.astro puts it there so it
 * runs before the layout's offline registration at the end of the body, which waits for more).
 */
export function pageScript(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? '';
  const src = /<script type="module" src="([^"]+)"><\/script>/.exec(main)?.[1];
  if (!src) throw new Error('the search page has no module script in its <main> (sok.astro)');
  return src;
}

/** The search form's stop words and synonyms (sok.astro), which the early script needs before the form is read. */
function formWords(html: string): Pick<EarlyPreload, 'stop' | 'hints'> {
  const raw = /<form id="search-form"[^>]*\bdata-words="([^"]*)"/.exec(html)?.[1];
  if (!raw) throw new Error('the search form has no data-words');
  const text = raw.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  // Only what the early script needs: the compound parts are for the search page's second round (query.ts compoundSearches).
  const { stop, hints } = JSON.parse(text) as Pick<EarlyPreload, 'stop' | 'hints'>;
  return { stop, hints };
}

/** The early script with its data, as one small classic script. */
async function earlyScript(data: EarlyPreload): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { preloadForAddress } from './early-preload.ts'; preloadForAddress(${JSON.stringify(data)});`,
      resolveDir: fileURLToPath(new URL('../lib/search/', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text.trim();
}

/**
 * Writes, for one index (language), the page titles file pages.<hash>.json next to Pagefind's
 * files (a new file: the folder's own files are links into the build cache) and returns the
 * early script's parts.
 */
async function earlyIndex(pagefindDir: string, hash: string, fromPage: Pick<EarlyPreload, 'stop' | 'hints' | 'page'>, dir: string, wasm: string): Promise<EarlyIndex> {
  const meta = readPagefindMeta(readFileSync(join(pagefindDir, `pagefind.${hash}.pf_meta`)));
  const list: PageList = {};
  for (const page of meta.pages) {
    const fragment = readFragment(readFileSync(join(pagefindDir, 'fragment', `${page}.pf_fragment`)));
    list[page] = [fragment.url, fragment.meta.title ?? fragment.url, fragment.filters.type?.[0] ?? ''];
  }
  const pages = `pages.${hash}.json`;
  writeFileSync(join(pagefindDir, pages), JSON.stringify(list));
  const chunks = meta.chunks.map((c) => [c.from, c.to, c.hash] as const);
  const script = await earlyScript({ dir, chunks, ...fromPage, pages: `${dir}${pages}`, wasm: `${dir}${wasm}`, module: `${dir}pagefind.js` });
  return { script, pages };
}

export function searchPreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'praksis:search-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entryFile = join(site, 'pagefind', 'pagefind-entry.json');
        if (!existsSync(entryFile)) return;
        const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
        let pages = 0;
        for (const rel of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
          if (!rel.endsWith('.html')) continue;
          const file = join(site, rel);
          const html = readFileSync(file, 'utf8');
          if (!html.includes(PRELOAD_MARK)) continue;
          // Only the page's own index: its titles file and early script (the other languages'
          // would be made and written for nothing).
          const index = pageIndex(html, entry);
          const early = index && await earlyIndex(join(site, 'pagefind'), index.hash, { ...formWords(html), page: pageScript(html) }, `${base}pagefind/`, wasmFile(index));
          const out = withSearchPreload(html, base, entry, () => early);
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
