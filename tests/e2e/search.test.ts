import { describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumForFile } from '../support/browser.ts';
import { escapeRe, t } from '../support/strings.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { ui } from '../../src/lib/i18n/index.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const chromium = chromiumForFile();
const lang = ui().htmlLang;
/** «Ingen treff for «q»» in the site's language (the message's first sentence). */
const noHits = (q: string) => t('Ingen treff for «{q}». Prøv et annet ord, eller fjern et filter.', { q }).split('».')[0] + '»';

describe('the built site', () => {
  test('every page says it is in the site\'s language (bokmål, or the copy\'s own)', () => {
    const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
  });

  test('Pagefind built an index in the site\'s language', () => {
    const files = readdirSync(join(siteDir, 'pagefind'));
    expect(files.some((f) => new RegExp(`^pagefind\\.${lang}_.*\\.pf_meta$`).test(f))).toBe(true);
    expect(existsSync(join(siteDir, 'pagefind', `wasm.${lang}.pagefind`))).toBe(true);
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
    const context = await chromium().newContext();
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.getByRole('searchbox', { name: t('Søk i håndboka') }).fill('trekantsamtalene');
    await page.getByRole('button', { name: t('Søk'), exact: true }).first().click();
    await page.waitForURL(/\/sok\/\?q=trekantsamtalene/);
    // The method card's title as the site has it (a copy may have its own version of the card).
    const title = readCollection(process.cwd(), 'metoder').find((m) => m.id === 'trekantsamtale')!.data.title;
    const hit = page.locator('#search-results a').filter({ hasText: new RegExp(`^\\s*${escapeRe(title)}\\s*$`) }).first();
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(/\/metoder\/trekantsamtale\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('rekantsamtale');
    await context.close();
  });

  test('the content type filter narrows the results', async () => {
    const context = await chromium().newContext();
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

describe('the search page', () => {
  test('shows results ten at a time; "Vis flere treff" reaches every one the count promises', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}sok/?q=fadder`);
    const status = page.locator('#search-status');
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
    const total = Number(/^(\d+) treff/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await expect(page.locator('#search-results li').count()).resolves.toBe(10);
    await expect(status.textContent()).resolves.toContain(t('Viser {shown} av {n} treff.', { shown: 10, n: total }).replace(/\.$/, ''));
    const more = page.getByRole('button', { name: t('Vis flere treff') });
    let clicks = 0;
    while (await more.isVisible()) {
      const before = await page.locator('#search-results li').count();
      await more.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n && !(document.getElementById('search-more') as HTMLButtonElement).disabled, before);
      // Keyboard users land on the first new result.
      await expect(page.evaluate((n) => document.activeElement === document.querySelectorAll('#search-results li a')[n], before)).resolves.toBe(true);
      clicks++;
    }
    expect(clicks).toBe(Math.ceil(total / 10) - 1);
    await expect(page.locator('#search-results li').count()).resolves.toBe(total);
    await context.close();
  });

  test('the first results show before the data of the rest is fetched', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    const fragments: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url()); });
    await page.goto(`${siteUrl}sok/?q=deltaker`);
    await page.locator('#search-results a').first().waitFor();
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
    // Only the shown results' data is fetched, not that of all 30+ hits.
    expect(fragments.length).toBeLessThanOrEqual(10);
    await context.close();
  });

  test('an excerpt keeps the spaces around a highlighted word', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}sok/?q=fadderen`);
    await page.locator('#search-results mark').first().waitFor();
    const excerpts = await page.locator('#search-results p').allTextContents();
    for (const text of excerpts) expect(text).not.toMatch(/\p{Ll}{2,}(en|er)\p{Lu}/u);
    const marked = await page.locator('#search-results p').first().evaluate((p) => {
      const mark = p.querySelector('mark')!;
      return { before: mark.previousSibling?.textContent ?? '', after: mark.nextSibling?.textContent ?? '' };
    });
    expect(`${marked.before}|${marked.after}`).toMatch(/(^|\s|\p{L})\|(\s|[.,:;!?)]|$)/u);
    await context.close();
  });

  test('nothing found: the most used pages are suggested, and the site’s own words for an everyday word', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}sok/?q=xyzzy`);
    await page.locator('#search-status').filter({ hasText: noHits('xyzzy') }).waitFor();
    await expect(page.getByRole('heading', { name: t('Mye brukte sider') }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: t('Ordene håndboka bruker:') }).isVisible()).resolves.toBe(false);
    // Plans are not for participants, so this filter leaves nothing: the site's words for "sykdom" are offered.
    await page.goto(`${siteUrl}sok/?q=sykdom&type=${encodeURIComponent(ui().contentTypes.plan)}&rolle=${encodeURIComponent(ui().roles.deltaker)}`);
    await page.locator('#search-status').filter({ hasText: noHits('sykdom') }).waitFor();
    const word = page.getByRole('link', { name: 'fravær', exact: true });
    await expect(word.isVisible()).resolves.toBe(true);
    await word.click();
    await page.waitForURL(/\/sok\/\?q=frav%C3%A6r$/);
    await page.locator('#search-results a').first().waitFor();
    await context.close();
  });

  test('an everyday question finds a page that uses the site’s word for it', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}sok/?q=${encodeURIComponent('hva får deltakeren betalt')}`);
    await page.locator('#search-results a').first().waitFor();
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.slice(0, 5).map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.some((h) => h.endsWith('/handbok/for-praksis/') || h.endsWith('/handbok/om-handboka/'))).toBe(true);
    await context.close();
  });
});

describe('search finds every method card by its common name', () => {
  const methods = readdirSync(join(siteDir, 'metoder'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ id: d.name, title: /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(siteDir, 'metoder', d.name, 'index.html'), 'utf8'))![1]!.trim() }));

  test('each card is among the first three results for its title', async () => {
    const context = await chromium().newContext();
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
