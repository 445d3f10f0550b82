import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built site', () => {
  test('every page says it is in Norwegian bokmål', () => {
    const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="nb"/);
  });

  test('Pagefind built a bokmål index', () => {
    const files = readdirSync(join(siteDir, 'pagefind'));
    expect(files.some((f) => /^pagefind\.nb_.*\.pf_meta$/.test(f))).toBe(true);
    expect(existsSync(join(siteDir, 'pagefind', 'wasm.nb.pagefind'))).toBe(true);
  });

  test('a reading page ships no JavaScript but the service worker registration (offline support)', () => {
    const html = readFileSync(join(siteDir, 'handbok', 'om-handboka', 'index.html'), 'utf8');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/type="module" src="[^"]*\/_astro\/OfflineRegister\.[^"]*\.js"/);
  });
});

describe('search', () => {
  test('an inflected word typed in the header finds the page with its base form', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.getByRole('searchbox', { name: 'Søk i håndboka' }).fill('trekantsamtalene');
    await page.getByRole('button', { name: 'Søk', exact: true }).first().click();
    await page.waitForURL(/\/sok\/\?q=trekantsamtalene/);
    const hit = page.locator('#search-results a').filter({ hasText: 'Trekantsamtale' }).first();
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(/\/trekantsamtale\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('rekantsamtale');
    await context.close();
  });

  test('the content type filter narrows the results', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}sok/?q=trekantsamtale&type=Skjema`);
    const links = page.locator('#search-results a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toContain('/skjema/');
    await context.close();
  });
});

describe('search finds every method card by its common name', () => {
  const methods = readdirSync(join(siteDir, 'metoder'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ id: d.name, title: /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(siteDir, 'metoder', d.name, 'index.html'), 'utf8'))![1]!.trim() }));

  test('each card is among the first three results for its title', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}sok/`);
    const missing: string[] = [];
    for (const { id, title } of methods) {
      // The same Pagefind API the search page uses, queried directly for speed.
      // A string, so Vitest does not rewrite the dynamic import meant for the browser.
      const base = new URL(siteUrl).pathname;
      const urls = (await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
        const found = await pagefind.search(${JSON.stringify(title)});
        return Promise.all(found.results.slice(0, 3).map(async (r) => (await r.data()).url));
      })()`)) as string[];
      if (!urls.some((u) => u.includes(`/metoder/${id}/`))) missing.push(`«${title}» → ${urls.join(', ') || 'ingen treff'}`);
    }
    expect(methods.length).toBeGreaterThanOrEqual(14);
    expect(missing).toEqual([]);
    await context.close();
  });
});
