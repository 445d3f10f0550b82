import type { AstroIntegration } from 'astro';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { formatFileSize, SIZE_MARK } from '../lib/file-size.ts';
import { builtPages, forgetBuiltPages } from './built-pages.ts';

/**
 * Writes each download link's type and size ("PDF, 82 kB") into the built pages. Runs after
 * the PDFs are built (they are made after the pages), so the size is the real file's.
 * A link to a file that is not there stops the build. The pages come from the search
 * index's read (built-pages.ts); only pages with a download link are written.
 */
export function fileSizes(): AstroIntegration {
  return {
    name: 'praksis:file-sizes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let links = 0;
        for (const [rel, html] of builtPages(site)) {
          if (!html.includes('class="file-size"')) continue;
          const out = html.replace(SIZE_MARK, (_, path: string, attrs: string, type: string) => {
            const target = join(site, path);
            if (!existsSync(target)) throw new Error(`${rel}: lenken peker på ${path}, som ikke ble laget`);
            links++;
            return `<span class="file-size" data-file="${path}"${attrs}>${type}, ${formatFileSize(statSync(target).size)}</span>`;
          });
          writeFileSync(join(site, rel), out);
        }
        forgetBuiltPages(site);
        logger.info(`Størrelse skrevet på ${links} nedlastingslenker`);
      },
    },
  };
}
