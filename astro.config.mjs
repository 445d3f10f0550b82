// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { loadMunicipality } from './src/lib/municipality.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { theme } from './src/integrations/theme.ts';
import { searchIndex } from './src/integrations/search-index.ts';

const kommune = loadMunicipality();

export default defineConfig({
  site: kommune.siteUrl,
  base: kommune.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), theme(), mdx(), preact(), searchIndex()],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
