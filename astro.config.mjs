// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { loadMunicipality } from './src/lib/municipality.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { theme } from './src/integrations/theme.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { prebuiltPdfs } from './src/integrations/pdfs.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { siteLinks } from './src/lib/markdown/site-links.ts';

const kommune = loadMunicipality();

export default defineConfig({
  site: kommune.siteUrl,
  base: kommune.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Links in MDX are written from the site root; checked and given the base path at compile time.
    processor: satteri({ mdastPlugins: [siteLinks({ base: kommune.basePath, rootDir: process.cwd() })] }),
  },
  integrations: [contentGuard(), theme(), mdx(), preact(), searchIndex(), prebuiltPdfs()],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
