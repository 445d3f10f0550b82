import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { prebuildPdfs, writePrebuilt, type PrebuildResult } from '../lib/pdf/prebuild/build.ts';
import { standardFontsStub } from './pdf-standard-fonts.ts';

/**
 * Builds a blank fillable PDF of every plan and form into the site, so the links on their
 * pages work without JavaScript. Drafts are left out, as they are from the pages. Unchanged
 * PDFs come from the build cache; the rest are drawn on worker threads.
 *
 * The PDFs need only the content, not the pages, so in `astro build` the step starts as soon
 * as the content guard has read and checked the content (its `astro:config:setup` runs
 * first) and draws while Astro syncs content, Vite bundles and the pages render, which use
 * about one core; the build waits for it only in `astro:build:done`.
 *
 * Also sets up the browser bundle of the PDF code: the Web Worker is an ES module (it loads
 * fontkit only when a text needs it), and pdf-lib's unused standard-font metrics stay out.
 */
export function prebuiltPdfs(): AstroIntegration {
  let started = 0;
  let ready = 0;
  let pending: Promise<PrebuildResult> | undefined;
  const start = () => {
    started = performance.now();
    pending = prebuildPdfs(process.cwd()).then((result) => ((ready = performance.now()), result));
    // Failures surface where the result is awaited; this only keeps Node from stopping first.
    pending.catch(() => {});
  };
  return {
    name: 'praksis:pdfs',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        updateConfig({ vite: { plugins: [standardFontsStub()], worker: { format: 'es', plugins: () => [standardFontsStub()] }, build: { cssMinify: 'lightningcss' } } });
        if (command === 'build') start();
      },
      'astro:build:start': () => {
        if (!pending) start();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) start();
        const waitFrom = performance.now();
        const result = await pending!;
        const writeFrom = performance.now();
        const bytes = await writePrebuilt(fileURLToPath(dir), result);
        const done = performance.now();
        const how = `${result.built} tegnet på ${result.threads} tråder, ${result.cached} fra hurtiglageret`;
        // The benchmark reads this line: the step's own time (drawing or fetching from the cache,
        // then placing the files), and the part of it the build waited for after the pages.
        const stepMs = ready - started + (done - writeFrom);
        logger.info(`${result.files.length} utfyllbare PDF-er laget (${Math.round(bytes / 1024)} kB) på ${Math.round(stepMs)} ms, ${Math.round(done - waitFrom)} ms etter sidene (${how})`);
      },
    },
  };
}
