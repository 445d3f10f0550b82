import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from '../support/browser.ts';

/**
 * WCAG 2.1 AA on every built page: axe, no sideways scrolling at 320 px, a visible
 * focus ring (the workspace's keyboard-only flow is in workspace.test.ts). One browser, one
 * context, pages in sequence; each page is loaded once and checked at both widths.
 */

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 320, height: 700 };

function indexPages(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...indexPages(join(dir, entry.name)));
    else if (entry.name === 'index.html') out.push(relative(siteDir, dir).split(sep).join('/'));
  }
  return out;
}

/**
 * The participant's languages repeat the same templates with other text: every page of one
 * right-to-left language (Arabic) is checked; of Tigrinya (another script, left to right) one
 * page of each template (phrases, one word list, one plan, search); of the others each
 * language's own front page. So every template meets axe in both directions and in a
 * non-Latin script, without checking 21 identical layouts six times over.
 */
const FULL_LANGUAGE = 'ar';
const SAMPLED_LANGUAGE = 'ti';
const templateSeen = new Set<string>();
const sampled = (path: string) => {
  const match = /^sprak\/([^/]+)\/(.+)$/.exec(path);
  if (!match || match[1] === FULL_LANGUAGE) return true;
  if (match[1] !== SAMPLED_LANGUAGE) return false;
  const template = match[2]!.split('/')[0]!;
  if (templateSeen.has(template)) return false;
  templateSeen.add(template);
  return true;
};

/** Every page of the built site as a URL (each folder with an index.html, sampled as above), and the 404 page. */
const pages = [...indexPages(siteDir).filter(sampled).map((p) => `${siteUrl}${p ? `${p}/` : ''}`).sort(), `${siteUrl}404.html`];
const planSlug = readdirSync(join(siteDir, 'planer')).includes('renhold') ? 'renhold' : pages.find((u) => /\/planer\/[^/]+\/$/.test(u))!.split('/').at(-2)!;
const planUrl = `${siteUrl}planer/${planSlug}/`;
const short = (url: string) => url.slice(siteUrl.length - 1);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: DESKTOP });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function axeProblems(label: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of opening a helper page per run: three
  // times faster, and the site has no iframes that would need the newer mode.
  const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${label}: ${v.id} (${v.impact ?? '?'}) at ${n.target.join(' ')} – ${v.help}`),
  );
}

describe('accessibility of every page', () => {
  test('there are pages to test', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  // Every page, in groups of ten, so a slow machine (two test files share its two cores)
  // meets each group's time limit; a failure names its pages. Each page is loaded once: axe
  // at desktop width, then the same page narrowed to 320 px (the media queries apply on
  // resize as on load) for sideways scrolling.
  const groups = Array.from({ length: Math.ceil(pages.length / 10) }, (_, i) => pages.slice(i * 10, i * 10 + 10));
  test.each(groups.map((group) => [`${short(group[0]!)} … ${short(group.at(-1)!)}`, group] as const))(
    'axe finds no WCAG 2.1 A/AA violations, and nothing scrolls sideways at 320 px, on the pages %s',
    { timeout: 120_000 },
    async (_name, group) => {
      const problems: string[] = [];
      for (const url of group) {
        await page.setViewportSize(DESKTOP);
        await page.goto(url);
        problems.push(...(await axeProblems(short(url))));
        await page.setViewportSize(PHONE);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > PHONE.width) problems.push(`${short(url)}: ${width} px wide at ${PHONE.width} px`);
      }
      await page.setViewportSize(DESKTOP);
      expect(problems).toEqual([]);
    },
  );

  test('the sideways check can fail: a site page with something 400 px wide is found at 320 px', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(siteUrl);
    await page.evaluate(() => {
      const wide = document.createElement('p');
      wide.style.width = '400px';
      wide.textContent = 'Bred';
      document.querySelector('main')!.append(wide);
    });
    try {
      await page.setViewportSize(PHONE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(PHONE.width);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  test('axe finds no violations on the search page with results, or in dark mode', { timeout: 60_000 }, async () => {
    const problems: string[] = [];
    await page.goto(`${siteUrl}sok/?q=fadder`);
    await page.locator('#search-results a').first().waitFor();
    problems.push(...(await axeProblems('/sok/?q=fadder')));
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      for (const url of [siteUrl, `${siteUrl}handbok/om-handboka/`, planUrl, `${siteUrl}sok/?q=fadder`]) {
        await page.goto(url);
        if (url.includes('?q=')) await page.locator('#search-results a').first().waitFor();
        problems.push(...(await axeProblems(`${short(url)} (dark)`)));
      }
    } finally {
      await page.emulateMedia({ colorScheme: null });
    }
    expect(problems).toEqual([]);
  });
});

describe('keyboard use', () => {
  /** The outline and shadow of an element, so focused and unfocused can be compared. */
  const ringOf = (el: Element) => {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none';
    return { outline, shadow: s.boxShadow };
  };

  test.each([
    ['the front page', ''],
    ['a plan page', `planer/${planSlug}/`],
    ['the search page', 'sok/'],
  ])('on %s the first 15 Tab stops show a visible focus ring', async (_name, path) => {
    await page.goto(siteUrl + path);
    // Remember how every focusable element looks before it gets focus.
    await page.evaluate(`(() => {
      const ringOf = ${ringOf.toString()};
      window.__unfocused = new Map([...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')].map((el, i) => [el, { ...ringOf(el), i }]));
    })()`);
    const problems: string[] = [];
    const seen: string[] = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(`(() => {
        const ringOf = ${ringOf.toString()};
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const before = window.__unfocused.get(el);
        const now = ringOf(el);
        const r = el.getBoundingClientRect();
        const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
        const name = (before ? before.i + ': ' : 'new: ') + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().slice(0, 30) + '"';
        return { name, before, now, onScreen };
      })()`) as { name: string; before?: { outline: string; shadow: string; i: number }; now: { outline: string; shadow: string }; onScreen: boolean } | null;
      if (!stop) break;
      seen.push(stop.name);
      const visible = stop.now.outline !== 'none' || stop.now.shadow !== 'none';
      const changed = !stop.before || stop.before.outline !== stop.now.outline || stop.before.shadow !== stop.now.shadow;
      if (!visible || !changed) problems.push(`${stop.name}: no visible focus ring (${JSON.stringify(stop.now)})`);
      if (!stop.onScreen) problems.push(`${stop.name}: focused but not on screen`);
    }
    expect(seen.length, `Tab stops: ${seen.join(', ')}`).toBeGreaterThanOrEqual(5);
    expect(new Set(seen).size, 'Tab moves on each time').toBe(seen.length);
    expect(problems).toEqual([]);
  });
});
