import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import sharp from 'sharp';
import { launchChromium } from '../support/browser.ts';
import { pdfText, qpdfProblems } from '../support/pdf-tools.ts';
import { siteLanguages } from '../../src/lib/languages/site.ts';
import { norwegianLogbook } from '../../src/lib/logbook/strings-source.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { patternOf, t } from '../support/strings.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const { languages } = siteLanguages();
const lang = (kode: string) => languages.find((l) => l.kode === kode)!;
const nb = norwegianLogbook();
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');

/** Tabs forward until the focused element's text starts with `text`. */
async function tabTo(page: Page, text: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)).startsWith(text)) return;
  }
  throw new Error(`Tab never reached «${text}»`);
}

/** Blank pixels left and right of the text in an element's screenshot. */
async function inkMargins(element: import('playwright-core').Locator): Promise<{ left: number; right: number }> {
  const { data, info } = await sharp(await element.screenshot()).greyscale().raw().toBuffer({ resolveWithObject: true });
  const ink: number[] = [];
  for (let x = 0; x < info.width; x++) for (let y = 0; y < info.height; y++) if (data[y * info.width + x]! < 128) { ink.push(x); break; }
  return { left: Math.min(...ink), right: info.width - 1 - Math.max(...ink) };
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Fills one week by keyboard in the logbook, in the language already chosen, and downloads the PDF. */
async function writeWeekAndDownload(page: Page, typed: string): Promise<Uint8Array> {
  await tabTo(page, nb.firstWeek!);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('logbook-pick');
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toMatch(new RegExp(`^${nb.writeWeek}`));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 }).toBe('H2');
  await page.keyboard.press('Tab');
  await page.keyboard.type(typed);
  await page.locator('.logbook-saved').getByText(/^Lagret kl\./).waitFor();
  await tabTo(page, nb.downloadPdf!);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return new Uint8Array(readFileSync((await download.path())!));
}

describe('a participant who reads Arabic, on a 320 px phone, keyboard only', () => {
  test('chooses the language, opens the plan for butikk, keeps the logbook and gets the PDF in Norwegian and Arabic', async () => {
    const ar = lang('ar');
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(siteUrl);
    await tabTo(page, ar.navn);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sprak\/ar\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    // The site's own parts keep the site's language; the translation says it is machine-made and not checked.
    expect(await page.locator('header.site-header').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(ui().htmlLang);
    await expect(page.locator('.sprak-status').textContent()).resolves.toContain(ar.ui('ikkeKontrollert').tr!);

    await tabTo(page, 'Butikk');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sprak\/ar\/planer\/butikk\/$/);
    const rtl = page.locator('.said-tr[dir="rtl"][lang="ar"]');
    expect(await rtl.count()).toBeGreaterThan(3);
    expect(await page.locator('.said-nb[lang="nb"]').count()).toBeGreaterThan(10);
    expect(await noSidewaysScroll(page)).toBe(true);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')));
    expect(alternates.sort()).toEqual(languages.map((l) => l.kode).sort());
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

    // Right-aligned on screen and in print: the ink of a right-to-left line sits against its right edge.
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const { left, right } = await inkMargins(page.locator('h2#fase-1 .said-tr'));
      expect(right, media).toBeLessThan(8);
      expect(left, media).toBeGreaterThan(right);
    }
    await page.emulateMedia({ media: 'screen' });

    // The participant page links to the logbook; the language chosen there is its default.
    await page.goto(`${siteUrl}sprak/ar/`);
    await tabTo(page, nb.title!);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/loggbok\/$/);
    await page.locator('astro-island:not([ssr]) .logbook').waitFor();
    await expect.poll(() => page.locator('#logbook-language').inputValue(), { timeout: 10_000 }).toBe('ar');
    await page.locator('.logbook .said-tr[lang="ar"][dir="rtl"]').first().waitFor();
    const typed = 'غسلت الطاولات ورتبت الرفوف في الصباح';
    const bytes = await writeWeekAndDownload(page, typed);
    expect(await noSidewaysScroll(page)).toBe(true);
    expect((await new AxeBuilder({ page }).include('main').analyze()).violations.map((v) => v.id)).toEqual([]);
    expect(qpdfProblems(bytes)).toBe('');
    const text = pdfText(bytes);
    expect(text).toContain(typed);
    // On a page with more Arabic than Latin, poppler reads the Norwegian lines with their «?» first: compare the words.
    expect(text).toContain(nb['questions.oppgaver']!.replace(/\?$/, ''));
    await context.close();
  });
});

describe('the logbook PDF in Ethiopic and Cyrillic script', () => {
  for (const [kode, typed] of [['ti', 'ጣውላታት ኣጽሪየ'], ['uk', 'Я мив столи і розкладав товари']] as const) {
    test(`${kode}: the typed text and the translated questions are in the PDF's text layer`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${siteUrl}loggbok/`);
      await page.locator('astro-island:not([ssr]) .logbook').waitFor();
      await page.locator('#logbook-language').focus();
      await page.locator('#logbook-language').selectOption(kode);
      await page.locator(`.logbook .said-tr[lang="${kode}"]`).first().waitFor();
      await page.locator('#logbook-language').focus();
      const bytes = await writeWeekAndDownload(page, typed);
      expect(qpdfProblems(bytes)).toBe('');
      const text = pdfText(bytes);
      expect(text).toContain(typed);
      expect(text).toContain(lang(kode).pair('loggbok', { id: 'questions.oppgaver', text: nb['questions.oppgaver']! }).tr!.split(' ')[0]);
      await context.close();
    });
  }
});

describe('the participant pages', () => {
  test('«Les opp» is not shown when the browser has no voice (headless Chromium has none)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}sprak/uk/planer/butikk/`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300); // voices would have arrived (voiceschanged) by now
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
    expect(await page.locator('button[data-les-opp]').count()).toBeGreaterThan(0);
    expect(await page.locator('button[data-les-opp]:visible').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Les opp/ }).count()).toBe(0);
    // No JavaScript of its own beyond the read-aloud control (and the site's offline registration).
    const scripts = await page.locator('script').evaluateAll((ss) => ss.map((s) => (s as HTMLScriptElement).src.split('/').pop() ?? 'inline'));
    expect(scripts.filter((s) => !/^(ReadAloud|OfflineRegister)\./.test(s))).toEqual([]);
    expect(await page.locator('astro-island').count()).toBe(0);
    await context.close();
  });

  test('Dari is right to left too, and its text sits on the right', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}sprak/prs/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('prs');
    const rtl = page.locator('.said-tr[lang="prs"][dir="rtl"]');
    expect(await rtl.count()).toBeGreaterThan(3);
    const { left, right } = await inkMargins(page.locator('.sprak-status .said-tr').first());
    expect(left).toBeGreaterThan(right);
    await context.close();
  });

  test('the chooser names each language in its own script, and Norwegian search stays Norwegian', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}sprak/`);
    for (const l of languages) {
      const link = page.locator(`a[hreflang="${l.kode}"]`);
      await expect(link.locator(`[lang="${l.kode}"]`).textContent()).resolves.toBe(l.navn);
    }
    // Pagefind indexes each language apart (by <html lang>): the Norwegian index has no translated page.
    const nbIndex = await page.evaluate(async (base) => (await (await fetch(`${base}pagefind/pagefind-entry.json`)).json()) as { languages: Record<string, { page_count: number }> }, new URL(siteUrl).pathname);
    expect(Object.keys(nbIndex.languages)).toEqual(expect.arrayContaining(['ar', 'uk']));
    await context.close();
  });
});

describe('the saved offline copy', () => {
  test('holds the pages of the language the participant chose, and not the others', { timeout: 180_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}sprak/ar/`); // choosing Arabic: the page remembers it
    // The worker takes charge of the page it was registered on; the next page opens under it.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await page.goto(siteUrl);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.getByRole('button', { name: t('Lagre håndboka for bruk uten nett') }).click();
    await page.getByRole('status').filter({ hasText: new RegExp([ui().offline.saved, ui().offline.failed, ui().offline.notReady].map((s) => patternOf(s).source).join('|')) }).waitFor({ timeout: 120_000 });
    await context.setOffline(true);
    for (const path of ['sprak/ar/', 'sprak/ar/planer/butikk/', 'loggbok/']) {
      const response = await page.goto(siteUrl + path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('html').getAttribute('lang'), path).toBe(path.startsWith('sprak/ar') ? 'ar' : ui().htmlLang);
    }
    const logbookText = await page.evaluate(async (url) => (await fetch(url)).status, `${siteUrl}loggbok/sprak/ar.json`);
    expect(logbookText).toBe(200);
    const other = await page.evaluate(async (url) => (await caches.match(url)) !== undefined, `${siteUrl}sprak/uk/planer/butikk/`);
    expect(other).toBe(false);
    await context.close();
  });
});

describe('search in the participant\'s language', () => {
  test('finds the translated pages in their own index; the Norwegian search does not', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const ar = lang('ar');
    const phase = ar.ui('fase-1').tr!.split(/[\s:]/)[0]!; // a translated word that is on every plan page
    await page.goto(`${siteUrl}sprak/ar/sok/?q=${encodeURIComponent(phase)}`);
    await page.locator('#search-results a[href*="/sprak/ar/"]').first().waitFor({ timeout: 15_000 });
    // The same words in Norwegian search: no translated page among the results.
    await page.goto(`${siteUrl}sok/?q=${encodeURIComponent('Hilser på kunder og kolleger')}`);
    await page.locator('#search-status').filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#search-results').getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
    expect(await page.locator('#search-results a[href*="/sprak/"]').count()).toBe(0);
    await context.close();
  });
});
