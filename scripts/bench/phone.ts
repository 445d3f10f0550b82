import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

export interface FirstVisit {
  path: string;
  /** Everything the server sent in the first 20 s (page, its files, the worker and what it fetched), gzipped as a server would. */
  bytes: number;
  requests: number;
  files: { path: string; bytes: number }[];
}
export interface PhoneResults {
  firstVisit: FirstVisit;
  /** At 360 × 740: the top of a reading page's h1, and of the first search result, in CSS px from the top of the page. */
  headingTop: Record<string, number>;
  firstSearchResultTop: number;
  /** JavaScript the header (menu) adds to a page, gzipped. */
  menuJsGzip: number;
}

const TEXT = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
const WINDOW_MS = 20_000;

/** A fresh browser opens one page from a link and stays 20 s: what does the server send? */
async function firstVisit(siteDir: string, basePath: string, path: string): Promise<FirstVisit> {
  const files: FirstVisit['files'] = [];
  let counting = true;
  const site = await serveStatic(siteDir, basePath, (file) => {
    if (!counting) return;
    const body = readFileSync(file);
    files.push({ path: relative(siteDir, file), bytes: TEXT.has(extname(file)) ? gzipSync(body).length : body.length });
  });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(site.url + path.replace(/^\//, ''), { waitUntil: 'load' });
    await page.waitForTimeout(WINDOW_MS);
    counting = false;
    await context.close();
  } finally {
    await browser.close();
    await site.close();
  }
  return { path, bytes: files.reduce((sum, f) => sum + f.bytes, 0), requests: files.length, files };
}

/** Positions at 360 × 740 (a common Android phone). */
async function layout(siteUrl: string, readingPaths: string[], query: string): Promise<Pick<PhoneResults, 'headingTop' | 'firstSearchResultTop'>> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const headingTop: Record<string, number> = {};
    for (const path of readingPaths) {
      await page.goto(siteUrl + path.replace(/^\//, ''), { waitUntil: 'load' });
      headingTop[path] = Math.round((await page.locator('main h1').first().boundingBox())!.y);
    }
    await page.goto(`${siteUrl}sok/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    const first = page.locator('#search-results a').first();
    await first.waitFor();
    const firstSearchResultTop = Math.round((await first.boundingBox())!.y);
    await context.close();
    return { headingTop, firstSearchResultTop };
  } finally {
    await browser.close();
  }
}

/** Scripts inside the site header of a built page (the menu's own JavaScript), gzipped. */
function menuJs(siteDir: string, path: string): number {
  const html = readFileSync(`${siteDir}/${path.replace(/^\//, '')}index.html`, 'utf8');
  const header = /<header class="site-header"[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
  let bytes = 0;
  for (const m of header.matchAll(/<script\b[^>]*?(?:src="([^"]+)")?[^>]*>([\s\S]*?)<\/script>/g)) {
    bytes += gzipSync(m[1] ? readFileSync(`${siteDir}/${m[1].replace(/^.*?_astro\//, '_astro/')}`) : m[2]!).length;
  }
  return bytes;
}

export async function phoneBench(siteDir: string, basePath: string, paths: { chapter: string; reading: string[] }): Promise<PhoneResults> {
  const visit = await firstVisit(siteDir, basePath, paths.chapter);
  const site = await serveStatic(siteDir, basePath);
  try {
    const positions = await layout(site.url, paths.reading, 'fadder');
    return { firstVisit: visit, ...positions, menuJsGzip: Math.max(...paths.reading.map((p) => menuJs(siteDir, p))) };
  } finally {
    await site.close();
  }
}

/** `node scripts/bench/phone.ts [dist]`: these numbers alone, over an existing build. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadMunicipality } = await import('../../src/lib/municipality.ts');
  const dir = process.argv[2] ?? 'dist';
  const result = await phoneBench(dir, loadMunicipality().basePath, { chapter: '/handbok/om-handboka/', reading: ['/handbok/om-handboka/', '/metoder/trekantsamtale/', '/planer/renhold/'] });
  console.log(JSON.stringify({ ...result, firstVisit: { ...result.firstVisit, files: result.firstVisit.files.map((f) => `${f.path} ${f.bytes}`) } }, null, 2));
}
