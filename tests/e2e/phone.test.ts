import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { buildCheck } from '../../src/lib/quality/check.ts';
import { createAssessment, setAnswer } from '../../src/lib/quality/assessment.ts';
import { storageKey } from '../../src/lib/quality/storage.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { ui } from '../../src/lib/i18n/index.ts';

/**
 * Every page comfortable on a phone (issue 27): at 320 and 360 px nothing scrolls sideways,
 * the heading starts within the first 200 px and the first search result is above the fold
 * at 360 × 740; the menu collapses behind «Meny», works with the keyboard and without
 * JavaScript; plan tables stack per measurement point without breaking words.
 */
const siteUrl = inject('siteUrl');
const t = ui();
const kommune = loadMunicipality();
const CHAPTER = 'handbok/om-handboka/';
const PLAN = 'planer/renhold/';
const SEARCH = `sok/?q=${encodeURIComponent('fadder')}`;
const PHONE = { width: 360, height: 740 };

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function phonePage(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: PHONE.height }, isMobile: true, hasTouch: true, serviceWorkers: 'block', ...options });
  return context.newPage();
}

/** Sideways scroll of the page and of any scroll box in it (a wide table in a wrapper scrolls too). */
const sideways = (page: Page) => page.evaluate(() => {
  const out: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth - root.clientWidth}px`);
  for (const el of document.querySelectorAll<HTMLElement>('.table-wrap, .ws-table-wrap')) {
    if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} ${el.scrollWidth - el.clientWidth}px`);
  }
  return out;
});

/** Words in the matched cells drawn across two lines (a word on two lines has boxes on two lines). */
const brokenWords = (page: Page, selector: string) => page.evaluate((sel) => {
  const out: string[] = [];
  for (const cell of document.querySelectorAll(sel)) {
    const text = cell.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) continue;
    // A line may end after a hyphen («Fjellvik-|maskina»), as any text wraps: the parts between are the words.
    for (const match of (text.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
      const range = document.createRange();
      range.setStart(text, match.index!);
      range.setEnd(text, match.index! + match[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(match[0]);
    }
  }
  return out;
}, selector);

/** The self-assessment with two dated assessments, open on its report (the widest tables it has). */
async function openQualityReport(page: Page): Promise<void> {
  const check = buildCheck(readCollection(process.cwd(), 'kvalitetssjekk'));
  const assess = (date: string, score: 2 | 4) => {
    let a = createAssessment(date, new Date(`${date}T10:00:00Z`));
    for (const group of check.groups) for (const i of group.indicators) a = setAnswer(a, i.key, { score }, new Date(`${date}T10:00:00Z`));
    return a;
  };
  const older = assess('2025-11-10', 2);
  const newer = assess('2026-11-12', 4);
  const seed = JSON.stringify({ version: 1, assessments: [older, newer], activeId: newer.id });
  await page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [storageKey(kommune.basePath), seed]);
  await page.goto(`${siteUrl}kvalitetssjekk/`);
  await page.locator('.kv-app').waitFor();
  await page.getByRole('button', { name: t.quality.result }).click();
  await page.locator('.kv-report').waitFor();
}

describe('at 320 and 360 px', () => {
  for (const width of [320, 360]) {
    test(`${width} px: a chapter, a plan, the search page and the self-assessment report never scroll sideways`, { timeout: 60_000 }, async () => {
      const page = await phonePage(width);
      const problems: string[] = [];
      for (const path of [CHAPTER, PLAN, SEARCH]) {
        await page.goto(siteUrl + path);
        if (path === SEARCH) await page.locator('#search-results a').first().waitFor();
        problems.push(...(await sideways(page)).map((p) => `${path}: ${p}`));
      }
      await openQualityReport(page);
      problems.push(...(await sideways(page)).map((p) => `kvalitetssjekk report: ${p}`));
      // The report's tables stack per part at this width, with whole words.
      problems.push(...(await brokenWords(page, '.kv-table th, .kv-table td, .kv-table caption')).map((w) => `kvalitetssjekk report: «${w}» broken across lines`));
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  test('360 × 740: a reading page\'s heading starts within 200 px, the first search result above the fold', async () => {
    const page = await phonePage(PHONE.width);
    for (const path of [CHAPTER, 'metoder/trekantsamtale/', PLAN]) {
      await page.goto(siteUrl + path);
      const top = (await page.locator('main h1').first().boundingBox())!.y;
      expect(top, path).toBeLessThanOrEqual(200);
    }
    await page.goto(siteUrl + SEARCH);
    const first = page.locator('#search-results a').first();
    await first.waitFor();
    expect((await first.boundingBox())!.y).toBeLessThanOrEqual(PHONE.height);
    await page.context().close();
  });

  test('320 px: each measurement point of a plan is a block of its own, and no word in it breaks across lines', async () => {
    const page = await phonePage(320);
    await page.goto(siteUrl + PLAN);
    const rows = page.locator('.plan-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    // Stacked: the point's name sits above its tasks, each as wide as the row.
    const layout = await page.locator('.plan-table tbody tr').first().evaluate((tr) => {
      const [th, td] = [tr.querySelector('th')!.getBoundingClientRect(), tr.querySelector('td')!.getBoundingClientRect()];
      return { thAbove: th.bottom <= td.top + 1, sameWidth: Math.abs(th.width - td.width) < 2 };
    });
    expect(layout).toEqual({ thAbove: true, sameWidth: true });
    expect(await brokenWords(page, '.plan-table th, .plan-table li')).toEqual([]);
    // The other phases are one tap away from each phase.
    await expect(page.locator('#fase-1 ~ .phase-jump a').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the menu on a phone', () => {
  test('«Meny» opens and closes with the keyboard; one main menu is exposed at each width; search is one tap away', async () => {
    const page = await phonePage(PHONE.width);
    await page.goto(siteUrl + CHAPTER);
    // Collapsed: the desktop bar is not shown, and the phone's menu is closed, so none is exposed yet.
    const menu = page.getByRole('navigation', { name: t.mainMenu });
    expect(await menu.count()).toBe(0);
    // The search is a link in the header, visible without opening anything.
    const search = page.locator('.site-header').getByRole('link', { name: t.menu.search });
    await expect(search.isVisible()).resolves.toBe(true);
    // Tab from the top: skip link, home link, search, then «Meny».
    const toggle = page.locator('.site-menu summary');
    for (let i = 0; i < 10 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(toggle.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await toggle.innerText()).toContain(t.menu.toggle);
    await page.keyboard.press('Enter');
    expect(await menu.count()).toBe(1);
    await expect(menu.isVisible()).resolves.toBe(true);
    // A native disclosure: the browser itself tells a screen reader it is now expanded.
    await expect(page.locator('.site-menu').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).resolves.toBe(t.mainMenu);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await menu.count()).toBe(0);
    // The header itself carries no script.
    expect(await page.locator('.site-header script').count()).toBe(0);
    await page.context().close();
  });

  test('without JavaScript, «Meny» opens and its links lead on', async () => {
    const page = await phonePage(PHONE.width, { javaScriptEnabled: false });
    await page.goto(siteUrl + CHAPTER);
    await page.locator('.site-menu summary').click();
    await Promise.all([page.waitForURL(`${siteUrl}metoder/`), page.getByRole('navigation', { name: t.mainMenu }).getByRole('link', { name: t.menu.methods }).click()]);
    expect(await page.locator('main h1').innerText()).toBeTruthy();
    await page.context().close();
  });

  test('on a desktop the menu bar and the search form stay as they were, and «Meny» is not there', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(siteUrl + CHAPTER);
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('search').isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-menu summary').isVisible()).resolves.toBe(false);
    expect(await page.getByRole('navigation', { name: t.mainMenu }).count()).toBe(1);
    await context.close();
  });
});

describe('landmarks have unique names', () => {
  test('the plan page\'s phase regions and the search page\'s search landmark', async () => {
    const page = await phonePage(PHONE.width);
    await page.goto(siteUrl + PLAN);
    const regions = await page.getByRole('region').evaluateAll((els) => els.map((el) => {
      const by = el.getAttribute('aria-labelledby');
      return by ? document.getElementById(by)?.textContent?.trim() : el.getAttribute('aria-label');
    }));
    expect(regions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(regions).size).toBe(regions.length);
    await page.goto(siteUrl + SEARCH);
    expect(await page.getByRole('search').count()).toBe(1);
    await page.context().close();
  });
});
