/**
 * The workspace on a 360 px phone, as a caseworker holds a three-party meeting with it:
 * how tall a task row is, how many taps and screen-heights of scrolling it takes to assess
 * 10 tasks and record what was agreed, and how much the page shifts when the island appears
 * (CLS, from the browser's own layout-shift entries). Run alone after a build:
 *   node scripts/bench/meeting.ts dist
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { tasksOf, type PlanShape } from '../../src/lib/followup/state.ts';
import { createFollowUp, addMeeting, setLevel } from '../../src/lib/followup/edits.ts';
import { serializeState, storageKey } from '../../src/lib/followup/storage.ts';
import type { FollowUp } from '../../src/lib/followup/types.ts';

export interface MeetingNumbers {
  /** The tallest task row in phase 1 (px, at 360 × 740). */
  rowHeightMax: number;
  rowHeightMedian: number;
  /** Taps (clicks, a field focused counts one) to assess 10 tasks and record the agreement. */
  taps: number;
  /** Scrolling during that meeting, in screen-heights. */
  screenHeights: number;
  /** Cumulative layout shift while /oppfolging/ loads with one follow-up stored. */
  cls: number;
}

const VIEWPORT = { width: 360, height: 740 };

/** A follow-up four weeks in, with a first meeting behind it and a few tasks assessed. */
function seed(plan: PlanShape, slug: string): FollowUp {
  const ids = tasksOf(plan).map((t) => t.id);
  let fu = createFollowUp({ alias: 'AB', planSlug: slug, workplace: 'Arbeidssted', startDate: '2026-11-02' }, '2026-11-02T08:00:00.000Z');
  for (let i = 0; i < 6; i++) fu = setLevel(fu, ids[i]!, ((i % 3) + 1) as 1, '2026-11-16T08:00:00.000Z');
  return addMeeting(plan, fu, { date: '2026-11-16', agreed: 'Første samtale.' }, 'm-1', '2026-11-16T09:00:00.000Z');
}

/** Counts taps and scrolling: every click and every field focused by tapping. */
async function counters(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __scroll: number; __lastY: number };
    w.__scroll = 0;
    w.__lastY = scrollY;
    addEventListener('scroll', () => { w.__scroll += Math.abs(scrollY - w.__lastY); w.__lastY = scrollY; }, { passive: true });
  });
  let taps = 0;
  return {
    tap: async (locator: ReturnType<Page['locator']>) => { taps++; await locator.click(); },
    type: async (locator: ReturnType<Page['locator']>, text: string) => { taps++; await locator.click(); await locator.fill(text); },
    result: async () => ({ taps, screenHeights: (await page.evaluate(() => (window as unknown as { __scroll: number }).__scroll)) / VIEWPORT.height }),
  };
}

/** The meeting: with the meeting mode when the page has one, else on the follow-up's page. */
async function holdMeeting(page: Page): Promise<{ taps: number; screenHeights: number }> {
  const c = await counters(page);
  const start = page.getByRole('button', { name: 'Trekantsamtale', exact: true });
  if (await start.count()) {
    await c.tap(start);
    await page.locator('.mt-step h2').waitFor();
    for (let i = 0; i < 10; i++) {
      const step = await page.locator('.mt-step').getAttribute('data-step');
      await c.tap(page.locator('.mt-step .ws-level').nth(3 - (i % 2)));
      await page.waitForFunction((s) => document.querySelector('.mt-step')?.getAttribute('data-step') !== s, step);
    }
    await c.tap(page.getByRole('button', { name: /Til avtalen/ }));
    await c.type(page.locator('#mt-agreed'), 'Øve på maskinen. Fadder viser.');
    await c.tap(page.getByRole('button', { name: 'Lagre samtalen' }));
    await page.getByRole('link', { name: /referat/i }).first().waitFor();
    return c.result();
  }
  // Before the meeting mode: each task's level on the phase page, then the meeting form.
  for (let i = 0; i < 10; i++) await c.tap(page.locator('.ws-task').nth(i).locator('.ws-level').nth(3 - (i % 2)));
  await c.tap(page.locator('#meeting-open'));
  await c.type(page.locator('#m-new-agreed'), 'Øve på maskinen. Fadder viser.');
  await c.tap(page.getByRole('button', { name: 'Lagre samtalen' }));
  await page.locator('.ws-meeting').nth(1).waitFor();
  return c.result();
}

export async function meetingNumbers(siteDir: string, basePath: string): Promise<MeetingNumbers> {
  const slug = 'renhold';
  const plan = JSON.parse(readFileSync(join(siteDir, 'planer', `${slug}.json`), 'utf8')) as PlanShape;
  const fu = seed(plan, slug);
  const stored = serializeState({ version: 3, followUps: [fu], lastExportAt: new Date().toISOString() });
  const site = await serveStatic(siteDir, basePath);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    await context.addInitScript(([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    }, [storageKey(basePath), stored] as const);
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    const url = `${site.url}oppfolging/`;
    // As a mid-range phone on a slow line has it (Lighthouse mobile): the page paints before
    // the island's JS arrives, so any shift when the island replaces its placeholder shows.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.route('**/*.js', async (route) => { await new Promise((r) => setTimeout(r, 400)); await route.continue(); });
    await page.goto(url);
    await page.locator('.ws-card').first().waitFor();
    await page.waitForTimeout(1500);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    await page.unroute('**/*.js');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    await page.goto(`${url}#f=${fu.id}`);
    await page.locator('.ws-task').first().waitFor();
    await page.waitForTimeout(300);
    const heights = await page.locator('.ws-task').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    const sorted = [...heights].sort((a, b) => a - b);
    await page.evaluate(() => scrollTo(0, 0));
    const meeting = await holdMeeting(page);
    await context.close();
    return {
      rowHeightMax: Math.round(sorted.at(-1)!), rowHeightMedian: Math.round(sorted[Math.floor(sorted.length / 2)]!),
      ...meeting, screenHeights: Math.round(meeting.screenHeights * 10) / 10, cls: Math.round(cls * 1000) / 1000,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadMunicipality } = await import('../../src/lib/municipality.ts');
  console.log(await meetingNumbers(process.argv[2] ?? 'dist', loadMunicipality().basePath));
}
