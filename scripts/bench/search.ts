import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { QUESTION_SETS, loadQuestions, measureQuality, type Quality } from '../../tests/support/search-quality.ts';

export interface IndexCost {
  /** Bytes of the index as built (with compound parts, synonyms and pages-first words). */
  withExtra: number;
  /** Bytes of an index of the same pages without them (Pagefind's own directory scan). */
  plain: number;
}
/** `blind`: the question set written from page titles only (tests/fixtures/search-questions-blind.yaml). */
export interface SearchBench { quality: Quality; blind: Quality; index: IndexCost }

/** The search data a visitor may download: index chunks, fragments, filters and metadata, not the UI bundles. */
const isIndexData = (path: string) => /(^|\/)(index|fragment|filter)\//.test(path) || path.endsWith('.pf_meta');

function builtIndexBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => isIndexData(p.replaceAll('\\', '/')))
    .reduce((sum, p) => sum + statSync(join(dir, p)).size, 0);
}

async function plainIndexBytes(siteDir: string): Promise<number> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  await index.addDirectory({ path: siteDir });
  const { files } = await index.getFiles();
  await pagefind.close();
  return files.filter((f) => isIndexData(f.path)).reduce((sum, f) => sum + f.content.length, 0);
}

/** The question set's top-1/top-5 through the real search page, and what the extra index text costs. */
export async function searchBench(siteDir: string, basePath: string): Promise<SearchBench> {
  const site = await serveStatic(siteDir, basePath);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const quality = await measureQuality(await context.newPage(), site.url, siteDir);
    const blind = await measureQuality(await context.newPage(), site.url, siteDir, loadQuestions(process.cwd(), QUESTION_SETS.blind));
    await context.close();
    return { quality, blind, index: { withExtra: builtIndexBytes(join(siteDir, 'pagefind')), plain: await plainIndexBytes(siteDir) } };
  } finally {
    await browser.close();
    await site.close();
  }
}
