import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { loadSearchWords } from '../lib/search/search-words.ts';
import { extraIndexText, vocabulary } from '../lib/search/index-text.ts';
import { pageText, withIndexText } from '../lib/search/page-html.ts';
import { builtPages } from './built-pages.ts';
import { FolderCache } from './folder-cache.ts';
import { buildCacheDir } from '../lib/build-cache.ts';

/** The code that turns pages into Pagefind's input; a change to it makes a new index. */
const CODE = ['src/lib/search', 'src/integrations/search-index.ts'];

/**
 * The key of the index: every page's path and HTML, the word lists, the code that adds the
 * extra index text and Pagefind's version. The same key gives the same index files.
 */
function indexKey(root: string, pages: Map<string, string>, words: unknown): string {
  const hash = createHash('sha256').update('praksis-pagefind-v1');
  hash.update(readFileSync(join(root, 'node_modules', 'pagefind', 'package.json')));
  for (const path of CODE) {
    const full = join(root, path);
    const files = path.endsWith('.ts') ? [full] : readdirSync(full).filter((f) => f.endsWith('.ts')).sort().map((f) => join(full, f));
    for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  hash.update(JSON.stringify(words));
  for (const [path, html] of pages) hash.update('\0').update(path).update('\0').update(html);
  return hash.digest('hex').slice(0, 40);
}

/**
 * Indexes the built site with Pagefind's Node API; the language comes from each page's lang
 * attribute. Each page is indexed with extra weighted words from content/sok/ (compound
 * parts, everyday words, pages that come first for a word), added to the text Pagefind
 * reads, not to the published page.
 *
 * The index is kept between builds (folder-cache.ts): when no page, word list or indexing
 * code changed, the last index is put back instead of made again.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'praksis:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = process.cwd();
        const site = fileURLToPath(dir);
        const words = loadSearchWords(root);
        const vocab = vocabulary(words);
        const pages = builtPages(site);
        const paths = new Set([...pages.keys()].map((sourcePath) => `/${sourcePath.replace(/(^|\/)index\.html$/, '$1')}`));
        const missing = [...vocab.featured.keys()].filter((p) => !paths.has(p));
        if (missing.length) throw new Error(`content/sok/synonymer.yaml: «forst» peker på sider som ikke finnes: ${missing.join(', ')}`);

        const outputPath = join(site, 'pagefind');
        const cache = new FolderCache(buildCacheDir(root, 'praksis-pagefind'));
        const key = indexKey(root, pages, words);
        if (cache.restore(key, outputPath)) {
          logger.info(`Søkeindeks for ${pages.size} sider uendret: hentet fra hurtiglageret`);
          return;
        }
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join(', ')}`);
        let count = 0;
        for (const [sourcePath, html] of pages) {
          const text = pageText(html, `/${sourcePath.replace(/(^|\/)index\.html$/, '$1')}`);
          const content = text ? withIndexText(html, extraIndexText(text, vocab)) : html;
          const added = await index.addHTMLFile({ sourcePath, content });
          if (added.errors.length) throw new Error(`Pagefind: ${sourcePath}: ${added.errors.join(', ')}`);
          if (text) count++;
        }
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
        await pagefind.close();
        cache.store(key, outputPath);
        logger.info(`Søkeindeks laget for ${count} sider`);
      },
    },
  };
}
