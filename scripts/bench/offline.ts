import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { LISTING_FILE, SW_FILE, languagesToSave, type OfflineListing } from '../../src/lib/offline/names.ts';

export interface OfflineResults {
  /** What "Lagre håndboka for bruk uten nett" downloads, by top folder. */
  saveBytes: number;
  saveFiles: number;
  byFolder: Record<string, number>;
  /** Click to "lagret" on this machine, from a local server (no network latency). */
  saveMs: number;
  swBytes: number;
  swGzip: number;
  /**
   * Offline, after saving, per page (page clock, 0 = navigation start): the HTML delivered
   * by the worker, DOMContentLoaded (the page readable), load (fonts, scripts, all done).
   */
  navigations: { path: string; htmlMs: number; readyMs: number; loadMs: number }[];
  /** Medians over the pages. */
  htmlMs: number;
  readyMs: number;
  loadMs: number;
  /** The same pages online from the local server with no worker at all, for comparison. */
  baseline: { htmlMs: number; readyMs: number; loadMs: number };
}

const PAGES = ['handbok/', 'handbok/fadderens-rolle/', 'metoder/', 'metoder/trekantsamtale/', 'planer/', 'planer/renhold/', 'skjema/', 'skjema/loggbok/', 'roller/fadder/', 'sok/'];

type Navigation = OfflineResults['navigations'][number];

/** Opens each page twice (the first visit may wake a stopped worker; a reader moving on does not). */
async function visit(page: Page, base: string): Promise<Navigation[]> {
  const runs: Navigation[] = [];
  for (const path of [...PAGES, ...PAGES]) {
    await page.goto(base + path, { waitUntil: 'load' });
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { htmlMs: nav.responseEnd - nav.startTime, readyMs: nav.domContentLoadedEventEnd - nav.startTime, loadMs: nav.loadEventEnd - nav.startTime };
    });
    runs.push({ path, ...timing });
  }
  return runs;
}

function medians(runs: Navigation[]) {
  const median = (key: 'htmlMs' | 'readyMs' | 'loadMs') => runs.map((n) => n[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return { htmlMs: median('htmlMs'), readyMs: median('readyMs'), loadMs: median('loadMs') };
}

/** Measures offline support in Chromium: size and time of a full save, then offline page loads. */
export async function offlineTimes(siteDir: string, basePath: string): Promise<OfflineResults> {
  const listing = JSON.parse(readFileSync(join(siteDir, LISTING_FILE), 'utf8')) as OfflineListing;
  // What the save below stores: no participant language is chosen in this browser (their
  // growth is measured in bench/languages.ts).
  const saved = languagesToSave(listing.files, []);
  const byFolder: Record<string, number> = {};
  for (const f of saved) {
    const folder = f.title !== undefined ? 'pages (HTML)' : f.path.split('/')[0]!;
    byFolder[folder] = (byFolder[folder] ?? 0) + f.bytes;
  }
  const sw = readFileSync(join(siteDir, SW_FILE));
  const site = await serveStatic(siteDir, basePath);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const button = page.getByRole('button', { name: /Lagre (håndboka|handboka) for bruk/ });
    await button.waitFor();
    const started = performance.now();
    await button.click();
    await page.locator('[data-offline-save][data-saved]').waitFor({ timeout: 120_000 });
    const saveMs = performance.now() - started;
    if ((await page.locator('[data-offline-save]').getAttribute('data-saved')) !== 'true') throw new Error('saving for offline failed');

    await context.setOffline(true);
    const navigations = await visit(page, site.url);
    await context.close();

    const plain = await browser.newContext({ serviceWorkers: 'block' });
    const baselineRuns = await visit(await plain.newPage(), site.url);
    await plain.close();
    return {
      saveBytes: saved.reduce((sum, f) => sum + f.bytes, 0),
      saveFiles: saved.length,
      byFolder,
      saveMs,
      swBytes: sw.length,
      swGzip: gzipSync(sw).length,
      navigations,
      ...medians(navigations),
      baseline: medians(baselineRuns),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

