import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { prebuildPdfs, writePrebuilt } from '../lib/pdf/prebuild/build.ts';
import { standardFontsStub } from './pdf-standard-fonts.ts';

/**
 * Builds a blank fillable PDF of every plan and form into the site, so the links on their
 * pages work without JavaScript. Drafts are left out, as they are from the pages. Unchanged
 * PDFs come from the build cache; the rest are drawn on worker threads.
 *
 * Also sets up the browser bundle of the PDF code: the Web Worker is an ES module (it loads
 * fontkit only when a text needs it), and pdf-lib's unused standard-font metrics stay out.
 */
export function prebuiltPdfs(): AstroIntegration {
  return {
    name: 'praksis:pdfs',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [standardFontsStub()], worker: { format: 'es', plugins: () => [standardFontsStub()] }, build: { cssMinify: 'lightningcss' } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const result = await prebuildPdfs(process.cwd());
        const bytes = await writePrebuilt(site, result);
        const how = `${result.built} tegnet på ${result.threads} tråder, ${result.cached} fra hurtiglageret`;
        logger.info(`${result.files.length} utfyllbare PDF-er laget (${Math.round(bytes / 1024)} kB) på ${Math.round(performance.now() - started)} ms (${how})`);
      },
    },
  };
}
