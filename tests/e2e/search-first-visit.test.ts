import { describe, expect, inject, test } from 'vitest';
import { chromiumForFile } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const chromium = chromiumForFile();

describe('a first visit straight to a search (a link with ?q=)', () => {
  test('fetches Pagefind with the page, searches on the page thread, and installs offline support only after the results', { timeout: 60_000 }, async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    const requests: { path: string; at: number; byWorker: boolean }[] = [];
    context.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, at: Date.now(), byWorker: Boolean(r.serviceWorker()) }));

    await page.goto(`${siteUrl}sok/?q=trekantsamtale`);
    await page.locator('#search-results a').first().waitFor();
    const firstResultAt = Date.now();
    expect(await page.locator('#search-results a').first().innerText()).toMatch(/trekantsamtale/i);

    const before = requests.filter((r) => r.at <= firstResultAt);
    const paths = before.map((r) => r.path);
    // What Pagefind needs first is asked for by the page as the page loads (preload links) …
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.nb.pagefind']) expect(paths.some((p) => p.endsWith(`/pagefind/${file}`))).toBe(true);
    expect(paths.some((p) => /\/pagefind\/pagefind\.nb_\w+\.pf_meta$/.test(p))).toBe(true);
    // … each file once, and without Pagefind's own worker script.
    expect(paths.filter((p) => p.endsWith('/pagefind/wasm.nb.pagefind'))).toHaveLength(1);
    expect(paths.some((p) => p.endsWith('/pagefind/pagefind-worker.js'))).toBe(false);
    // The service worker and its download wait until the results are shown.
    expect(paths.some((p) => p.endsWith('/sw.js'))).toBe(false);
    expect(before.some((r) => r.byWorker)).toBe(false);

    // Then offline support comes as on any page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    expect(requests.some((r) => r.path.endsWith('/sw.js'))).toBe(true);
    await context.close();
  });
});
