import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { benchFollowUp, pdfChunk } from '../../tests/support/pdf-chunk.ts';

/**
 * "Last ned utfylt plan" timed in Chromium without the workspace UI: a content page of the
 * built site (with its CSP) imports the built PDF chunk (lib/pdf/browser.ts) and calls
 * downloadFilledPlan() with a small follow-up, the way any view does. This works before
 * and after the workspace lands, and measures the PDF code alone, not a page's own UI.
 *
 * Bytes are what a server with gzip sends: JS, JSON and SVG gzipped, font files as they are.
 */
export interface ClickTiming {
  /** From the call to the saved download: import, worker, fonts, drawing, saving. */
  firstMs: number;
  /** The same, when preparePdf() ran first (as a view does when the page is idle). */
  preparedMs: number;
  secondMs: number;
  /** Fetched by the first click (without warm-up). */
  firstBytes: number;
  /** Fetched by preparePdf() plus the click after it. */
  preparedBytes: number;
  files: { path: string; bytes: number }[];
  /** The longest task on the page's main thread during the clicks. */
  longestTaskMs: number;
  /** Throttled only: the times as measured, before the worker's drawing time is slowed (see `workerCpu`). */
  measured?: { firstMs: number; preparedMs: number; secondMs: number };
}

/** DevTools' "4× slowdown". */
const CPU_RATE = 4;

/** DevTools' "Slow 4G" and a 4× slower CPU, the issue's throttled setting. */
export async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
}

/**
 * Chromium slows only the page's own thread: checked with Chromium 156, a loop in a
 * dedicated worker runs as fast with the page at rate 4 as without, and the worker's own
 * DevTools session (Target.setAutoAttach) answers Emulation.setCPUThrottlingRate with
 * "Operation is only supported for pages, not workers". So the throttled click adds the
 * slowdown the worker missed: its drawing time (fonts and logo fetched before, network
 * throttled as it should be) counted CPU_RATE times. Compiling the worker's code and
 * parsing the fonts are not slowed, so the cold first click stays a little flattering.
 */
export const workerCpu = (measuredMs: number, drawMs: number, throttled: boolean) => (throttled ? measuredMs + (CPU_RATE - 1) * drawMs : measuredMs);


const wire = (path: string, body: Buffer) => (/\.(m?js|json|svg|css|html)$/.test(path) ? gzipSync(body).length : body.length);

async function openPage(browser: Browser, siteUrl: string, throttled: boolean) {
  // The site's service worker (offline support) precaches the shell when a page opens; in
  // a fresh context that happens during the click and its icons, CSS and fonts would be
  // counted as the click's bytes and compete with it for the network. Blocked, so the
  // figures are the click's own, as for a visitor whose worker has long finished.
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (throttled) await throttle(context, page);
  await page.goto(`${siteUrl}handbok/om-handboka/`, { waitUntil: 'load' });
  const files: { path: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  context.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    pending.push(r.body().then((b) => void files.push({ path, bytes: wire(path, b) }), () => {}));
  });
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[] };
    w.__tasks = [];
    new PerformanceObserver((list) => w.__tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  return { context, page, files, settle: () => Promise.all(pending.splice(0)) };
}

async function click(page: Page, chunkUrl: string, planUrl: string, prepare: boolean): Promise<{ ms: number; drawMs: number }> {
  const [, timing] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(
      async ({ chunkUrl, planUrl, followUp, prepare }) => {
        const plan = await (await fetch(planUrl)).json();
        const logoUrl = document.querySelector<HTMLImageElement>('.site-header img')?.src;
        const municipality = { name: 'Eksempel kommune', brandColor: '#1E5A8C', logoUrl };
        // Without warm-up the click pays for the import too; with it, the idle time did.
        let t = performance.now();
        const m = await import(chunkUrl);
        if (prepare) {
          await m.preparePdf(followUp, municipality);
          t = performance.now();
        }
        const { drawMs } = await m.downloadFilledPlan({ plan, followUp, municipality });
        return { ms: performance.now() - t, drawMs: drawMs as number };
      },
      { chunkUrl, planUrl, followUp: benchFollowUp('BM'), prepare },
    ),
  ]);
  return timing;
}

/** A fresh page (empty cache) and its first click, with or without warm-up; the page stays open. */
async function firstClickOn(browser: Browser, siteUrl: string, chunkUrl: string, planUrl: string, throttled: boolean, prepare: boolean) {
  const opened = await openPage(browser, siteUrl, throttled);
  // The plan comes from the view in real use; fetch it first so only the PDF's cost counts.
  await opened.page.evaluate((u) => fetch(u).then((r) => r.json()), planUrl);
  await opened.settle();
  opened.files.length = 0;
  const { ms, drawMs } = await click(opened.page, chunkUrl, planUrl, prepare);
  await opened.settle();
  return { ...opened, ms, drawMs, fetched: opened.files.filter((f) => !f.path.endsWith('.json')) };
}

/** First click cold, first click after preparePdf(), and a second click; unthrottled or throttled. */
export async function pdfClick(browser: Browser, siteUrl: string, siteDir: string, throttled: boolean): Promise<ClickTiming> {
  const chunkUrl = siteUrl + pdfChunk(siteDir);
  const planUrl = `${siteUrl}planer/renhold.json`;
  const cold = await firstClickOn(browser, siteUrl, chunkUrl, planUrl, throttled, false);
  const second = await click(cold.page, chunkUrl, planUrl, false);
  const longestTaskMs = await cold.page.evaluate(() => Math.max(0, ...(window as unknown as { __tasks: number[] }).__tasks));
  await cold.context.close();
  const warm = await firstClickOn(browser, siteUrl, chunkUrl, planUrl, throttled, true);
  await warm.context.close();
  const sum = (fs: { bytes: number }[]) => fs.reduce((s, f) => s + f.bytes, 0);
  return {
    firstMs: workerCpu(cold.ms, cold.drawMs, throttled),
    preparedMs: workerCpu(warm.ms, warm.drawMs, throttled),
    secondMs: workerCpu(second.ms, second.drawMs, throttled),
    firstBytes: sum(cold.fetched),
    preparedBytes: sum(warm.fetched),
    files: cold.fetched,
    longestTaskMs,
    measured: throttled ? { firstMs: cold.ms, preparedMs: warm.ms, secondMs: second.ms } : undefined,
  };
}
