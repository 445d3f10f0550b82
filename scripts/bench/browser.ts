import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { createFollowUp } from '../../tests/support/workspace.ts';

export interface SearchTiming {
  query: string;
  /** From the start of navigation to the first result link in the page. */
  firstResultMs: number;
  pagefindRequests: number;
  pagefindBytes: number;
  files: { path: string; bytes: number }[];
  secondQuery: string;
  secondQueryMs: number;
  secondQueryBytes: number;
}
export interface BrowserPdfTiming { slug: string; coldMs: number; warmMs: number; bytes: number; }
export interface BrowserResults { search: SearchTiming; pdf: BrowserPdfTiming[]; }

/**
 * Records, in the page's own clock (0 = start of navigation), each time #search-results gets
 * new children, once the list holds links.
 */
const MARK_RESULTS = `
  window.__resultMarks = [];
  new MutationObserver((records) => {
    const list = document.getElementById('search-results');
    if (list && list.querySelector('a') && records.some((r) => r.target === list)) window.__resultMarks.push(performance.now());
  }).observe(document, { childList: true, subtree: true });
`;

async function searchTiming(page: Page, siteUrl: string): Promise<SearchTiming> {
  const base = new URL(siteUrl).pathname;
  const files: { path: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith(`${base}pagefind/`)) return;
    pending.push(r.body().then((b) => { files.push({ path: path.slice(base.length), bytes: b.length }); }, () => {}));
  });
  await page.addInitScript(MARK_RESULTS);
  const query = 'fadder';
  await page.goto(`${siteUrl}sok/?q=${query}`);
  await page.locator('#search-results a').first().waitFor();
  const firstResultMs = await page.evaluate(() => (window as unknown as { __resultMarks: number[] }).__resultMarks[0]!);
  await Promise.all(pending);
  const firstFiles = [...files];

  // A second word on the same page: the WebAssembly and index metadata are already loaded.
  const secondQuery = 'trekantsamtale';
  const before = files.length;
  const startedAt = await page.evaluate((q) => {
    (window as unknown as { __resultMarks: number[] }).__resultMarks = [];
    (document.getElementById('search-q') as HTMLInputElement).value = q;
    const t = performance.now();
    (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
    return t;
  }, secondQuery);
  // The status line names the query once its results are in the list.
  await page.waitForFunction((q) => document.getElementById('search-status')?.textContent?.includes(`«${q}»`), secondQuery);
  const doneAt = await page.evaluate(() => (window as unknown as { __resultMarks: number[] }).__resultMarks.at(-1)!);
  await Promise.all(pending);
  return {
    query,
    firstResultMs,
    pagefindRequests: firstFiles.length,
    pagefindBytes: firstFiles.reduce((s, f) => s + f.bytes, 0),
    files: firstFiles.sort((a, b) => b.bytes - a.bytes),
    secondQuery,
    secondQueryMs: doneAt - startedAt,
    secondQueryBytes: files.slice(before).reduce((s, f) => s + f.bytes, 0),
  };
}

/** Opens the workspace for a plan, creates a follow-up, and times the "Last ned utfylt plan (PDF)" button, twice. */
async function browserPdf(page: Page, siteUrl: string, slug: string): Promise<BrowserPdfTiming> {
  await createFollowUp(page, siteUrl, slug, 'BM', { workplace: 'Benken' });
  await page.locator('.ws-task').first().getByRole('radio', { name: /Mestrer med støtte/ }).check();
  const button = page.getByRole('button', { name: 'Last ned utfylt plan (PDF)' });
  const time = async () => {
    const t = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const ms = performance.now() - t;
    const stream = await download.createReadStream();
    let bytes = 0;
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
    return { ms, bytes };
  };
  const cold = await time();
  const warm = await time();
  return { slug, coldMs: cold.ms, warmMs: warm.ms, bytes: cold.bytes };
}

/** Serves a built site on 127.0.0.1 and measures search and PDF making in Chromium. */
export async function browserTimes(siteDir: string, basePath: string, planSlugs: string[]): Promise<BrowserResults> {
  const site = await serveStatic(siteDir, basePath);
  const browser = await launchChromium();
  try {
    const searchContext = await browser.newContext();
    const search = await searchTiming(await searchContext.newPage(), site.url);
    await searchContext.close();
    const pdfContext = await browser.newContext({ acceptDownloads: true });
    const page = await pdfContext.newPage();
    page.on('dialog', (d) => void d.accept());
    const pdf: BrowserPdfTiming[] = [];
    for (const slug of planSlugs) pdf.push(await browserPdf(page, site.url, slug));
    await pdfContext.close();
    return { search, pdf };
  } finally {
    await browser.close();
    await site.close();
  }
}
