import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the built site with Pagefind's Node API; the language comes from each page's lang attribute. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'praksis:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join(', ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join(', ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
        await pagefind.close();
        logger.info(`Søkeindeks laget for ${added.page_count} sider`);
      },
    },
  };
}
