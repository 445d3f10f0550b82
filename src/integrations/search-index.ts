import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { loadSearchWords } from '../lib/search/search-words.ts';
import { extraIndexText, vocabulary } from '../lib/search/index-text.ts';
import { pageText, withIndexText } from '../lib/search/page-html.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

/**
 * Indexes the built site with Pagefind's Node API; the language comes from each page's lang
 * attribute. Each page is indexed with extra weighted words from content/sok/ (compound
 * parts, everyday words, pages that come first for a word), added to the text Pagefind
 * reads, not to the published page.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'praksis:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const vocab = vocabulary(loadSearchWords(process.cwd()));
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join(', ')}`);
        const paths = new Set<string>();
        let count = 0;
        for (const file of htmlFiles(site)) {
          const sourcePath = relative(site, file).split(sep).join('/');
          const path = `/${sourcePath.replace(/(^|\/)index\.html$/, '$1')}`;
          paths.add(path);
          const html = readFileSync(file, 'utf8');
          const text = pageText(html, path);
          const content = text ? withIndexText(html, extraIndexText(text, vocab)) : html;
          const added = await index.addHTMLFile({ sourcePath, content });
          if (added.errors.length) throw new Error(`Pagefind: ${sourcePath}: ${added.errors.join(', ')}`);
          if (text) count++;
        }
        const missing = [...vocab.featured.keys()].filter((p) => !paths.has(p));
        if (missing.length) throw new Error(`content/sok/synonymer.yaml: «forst» peker på sider som ikke finnes: ${missing.join(', ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
        await pagefind.close();
        logger.info(`Søkeindeks laget for ${count} sider`);
      },
    },
  };
}
