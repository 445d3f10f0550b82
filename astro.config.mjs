// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { loadMunicipality } from './src/lib/municipality.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { theme } from './src/integrations/theme.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { prebuiltPdfs } from './src/integrations/pdfs.ts';
import { fileSizes } from './src/integrations/file-sizes.ts';
import { offline } from './src/integrations/offline.ts';
import { pageCss } from './src/integrations/page-css.ts';
import { searchPreload } from './src/integrations/search-preload.ts';
import { preactOxc } from './src/integrations/preact-oxc.ts';
import { validHtml } from './src/integrations/valid-html.ts';
import { clearOutput } from './src/integrations/clear-output.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { siteLinks } from './src/lib/markdown/site-links.ts';

const kommune = loadMunicipality();
// The interface language for code that cannot read kommune.yaml (islands, the PDF code in the
// browser): Vite writes PUBLIC_ variables into the bundles (src/lib/i18n/frame.ts).
process.env.PUBLIC_PRAKSIS_LANG = kommune.language;

export default defineConfig({
  // Copies of the project that share node_modules by symlink (tests, benchmark) give each
  // build its own cache, so one build's content store never leaks into another's.
  cacheDir: process.env.PRAKSIS_CACHE_DIR ?? './node_modules/.astro',
  site: kommune.siteUrl,
  base: kommune.basePath,
  trailingSlash: 'always',
  // Pages are rendered four at a time, so one page's file writes overlap the next one's
  // rendering (a third faster at 1,000 plans; the output is the same).
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // No code blocks in the content; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Links in MDX are written from the site root; checked and given the base path at compile time.
    processor: satteri({ mdastPlugins: [siteLinks({ base: kommune.basePath, rootDir: process.cwd() })] }),
  },
  integrations: [clearOutput(), contentGuard(), theme(), mdx(), preact(), preactOxc(), validHtml(), searchIndex(), searchPreload(), prebuiltPdfs(), fileSizes(), pageCss(), offline()],
  security: {
    // A Content Security Policy in every page: nothing may load from other origins.
    // Pagefind needs WebAssembly; inline style attributes are allowed, inline scripts only by hash.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        // The service worker and the web app manifest (offline support) come from the site itself.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  vite: {
    // The same language as a constant in the bundles, so islands carry only their own
    // language's frame text (src/lib/i18n/frame.ts).
    define: { __PRAKSIS_LANG__: JSON.stringify(kommune.language) },
    build: {
      assetsInlineLimit: 0,
      // fontkit (about 700 kB) is loaded only when a PDF needs a font for names in other
      // scripts; the bundler's size warning about it says nothing new on every build.
      chunkSizeWarningLimit: 800,
      rolldownOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" directive that the bundler warns it
        // may drop; Astro handles it itself (46 identical warnings per build, none actionable).
        // The project has no other module-level directive. The timing note depends on how busy
        // the machine is, not on the project.
        checks: { moduleLevelDirective: false, bundlerTimings: false },
      },
    },
    // The PDF worker is bundled on its own (its fonts are assets); the same timing note, which
    // a busy machine prints, is off there too.
    worker: { rolldownOptions: { checks: { bundlerTimings: false } } },
  },
});
