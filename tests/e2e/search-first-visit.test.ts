import { describe, expect, inject, test } from 'vitest';
import { chromiumForFile } from '../support/browser.ts';
import { ui } from '../../src/lib/i18n/index.ts';

const siteUrl = inject('siteUrl');
const chromium = chromiumForFile();
/** Pagefind's index is in the site's language (the copy's own, or bokmål). */
const lang = ui().htmlLang;

declare global {
  interface Window {
    __firstResultAt?: number;
    __registerAt?: number;
  }
}

describe('a first visit straight to a search (a link with ?q=)', () => {
  test('fetches Pagefind with the page, searches on the page thread, and installs offline support only after the results', { timeout: 60_000 }, async () => {
    const context = await chromium().newContext();
    // The order is taken inside the page, on the page's clock. Timing it from the test
    // (when Playwright reports the first result) raced on a loaded CI machine: the report
    // could arrive after the worker had already been fetched, as designed, once results showed.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#search-results a')) return;
        window.__firstResultAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        window.__registerAt ??= performance.timeOrigin + performance.now();
        return register.apply(this, args);
      };
    });
    const page = await context.newPage();
    const requests: { path: string; byWorker: boolean }[] = [];
    context.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, byWorker: Boolean(r.serviceWorker()) }));

    await page.goto(`${siteUrl}sok/?q=trekantsamtale`);
    await page.locator('#search-results a').first().waitFor();
    expect(await page.locator('#search-results a').first().innerText()).toMatch(/trekantsamtale/i);
    // The page's own fetches before its first result, from Resource Timing (same clock).
    const { firstResultAt, before } = await page.evaluate(() => ({
      firstResultAt: window.__firstResultAt!,
      before: performance
        .getEntriesByType('resource')
        .filter((e) => performance.timeOrigin + e.startTime <= window.__firstResultAt!)
        .map((e) => new URL(e.name).pathname),
    }));

    // Then offline support comes as on any page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    // The service worker is registered (so its download and the worker's own fetches start)
    // only once the results are shown.
    expect(await page.evaluate(() => window.__registerAt)).toBeGreaterThan(firstResultAt);
    expect(requests.some((r) => r.path.endsWith('/sw.js'))).toBe(true);

    // What Pagefind needs first is asked for by the page as the page loads (preload links) …
    for (const file of ['pagefind.js', 'pagefind-entry.json', `wasm.${lang}.pagefind`]) expect(before.some((p) => p.endsWith(`/pagefind/${file}`))).toBe(true);
    expect(before.some((p) => new RegExp(`/pagefind/pagefind\\.${lang}_\\w+\\.pf_meta$`).test(p))).toBe(true);
    expect(before.some((p) => p.endsWith('/sw.js'))).toBe(false);
    // … each file once by the page, and never Pagefind's own worker script.
    expect(requests.filter((r) => !r.byWorker && r.path.endsWith(`/pagefind/wasm.${lang}.pagefind`))).toHaveLength(1);
    expect(requests.some((r) => r.path.endsWith('/pagefind/pagefind-worker.js'))).toBe(false);
    await context.close();
  });
});
