import { describe, expect, inject, test } from 'vitest';
import type { Route } from 'playwright-core';
import { chromiumForFile } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const chromium = chromiumForFile();

/** A route handler that holds each request until `release()`; `seen` lists what came. */
function holder() {
  const held: Route[] = [];
  let released = false;
  return {
    held,
    handle: (route: Route) => (released ? route.continue() : void held.push(route)),
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((r) => r.continue()));
    },
  };
}

describe('a first visit to /sok/?q=… needs fewer round trips before the first result', () => {
  test('the index chunks the question needs are asked for while Pagefind’s WebAssembly is still on its way, and each only once', { timeout: 60_000 }, async () => {
    const context = await chromium().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const complaints: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) complaints.push(m.text()); });
    page.on('pageerror', (e) => complaints.push(e.message));
    const chunks: string[] = [];
    let sawChunk: () => void = () => {};
    const chunkAsked = new Promise<void>((resolve) => { sawChunk = resolve; });
    page.on('request', (r) => {
      if (/\/pagefind\/index\/[\w-]+\.pf_index$/.test(new URL(r.url()).pathname)) {
        chunks.push(r.url());
        sawChunk();
      }
    });
    // Pagefind can only ask for a chunk once its WebAssembly has read the index metadata.
    const wasm = holder();
    await page.route('**/pagefind/wasm.*.pagefind', wasm.handle);

    await page.goto(`${siteUrl}sok/?q=trekantsamtale`);
    const before = await Promise.race([chunkAsked.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000))]);
    // Pagefind asks for no chunk before its WebAssembly is there: these are the early script's preloads.
    const preloads = await page.locator('link[rel="preload"][href*="/pagefind/index/"]').count();
    await expect.poll(() => chunks.length).toBe(preloads);
    const early = [...chunks];
    await wasm.release();
    expect(before).toBe(true);
    await page.locator('#search-results a').first().waitFor();
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
    // The chunks the page asked for early are the ones Pagefind used: it asked for no other, and none twice
    // (the question's word, and its compound parts «trekant» and «samtale», which the search page also searches).
    expect([...chunks].sort()).toEqual([...early].sort());
    expect(new Set(chunks).size).toBe(chunks.length);
    expect(await page.locator('#search-results a').first().innerText()).toMatch(/trekantsamtale/i);
    // The early script ran under the page's Content Security Policy.
    expect(complaints.join('\n')).toBe('');
    await context.close();
  });

  test('the first results show with their titles before their data (Pagefind’s fragments) arrives; the excerpts follow', { timeout: 60_000 }, async () => {
    const context = await chromium().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const fragments = holder();
    await page.route('**/pagefind/fragment/*', fragments.handle);

    await page.goto(`${siteUrl}sok/?q=trekantsamtale`);
    const first = page.locator('#search-results li').first();
    await first.locator('a').waitFor({ timeout: 15_000 });
    expect(fragments.held.length).toBeGreaterThan(0);
    expect(await first.locator('a').innerText()).toMatch(/trekantsamtale/i);
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/[\w/-]+\/$/);
    expect(await first.locator('p').innerText()).toBe('');

    await fragments.release();
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
    await expect(first.locator('p mark').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  test('without a question in the address nothing is fetched early; the first search still shows titles before its data', { timeout: 60_000 }, async () => {
    const context = await chromium().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const early: string[] = [];
    page.on('request', (r) => { if (/\/pagefind\/(index\/|pages\.)/.test(r.url())) early.push(r.url()); });
    await page.goto(`${siteUrl}sok/`);
    await page.waitForLoadState('load');
    expect(early).toEqual([]);
    const fragments = holder();
    await page.route('**/pagefind/fragment/*', fragments.handle);
    await page.locator('#search-q').fill('trekantsamtale');
    await page.locator('#search-q').press('Enter');
    await page.locator('#search-results a').first().waitFor({ timeout: 15_000 });
    expect(fragments.held.length).toBeGreaterThan(0);
    await fragments.release();
    await context.close();
  });
});

describe('the search does not wait for the offline registration', () => {
  test('with the registration script held back, the first result still shows', { timeout: 60_000 }, async () => {
    // Module scripts run in document order. The registration comes at the end of every page and
    // imports a file of its own; on a slow line that import arrived long after everything the
    // search needs, and the search page's script, placed after it, waited for it.
    const context = await chromium().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const registration = holder();
    await page.route(/\/_astro\/OfflineRegister[^/]*\.js$/, registration.handle);
    // Not waiting for the load event: it waits for every script, the held one too.
    await page.goto(`${siteUrl}sok/?q=trekantsamtale`, { waitUntil: 'commit' });
    await page.locator('#search-results a').first().waitFor({ timeout: 10_000 });
    expect(registration.held.length).toBe(1);
    await registration.release();
    await context.close();
  });
});
