import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { patternOf } from '../support/strings.ts';
import { createFollowUp, setLevel } from '../../src/lib/followup/edits.ts';
import { loadState, serializeState, storageKey } from '../../src/lib/followup/storage.ts';
import { tasksOf, type PlanShape } from '../../src/lib/followup/state.ts';
import type { FollowUp } from '../../src/lib/followup/types.ts';

/**
 * Issue 29: the workspace's first load stays small because its parts load when they are
 * used (the follow-up's view and its stylesheet, the meeting mode, the archive panel). Here
 * what a person sees while such a part loads, when it cannot load, and offline after the
 * handbook was saved.
 */

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const { basePath } = loadMunicipality();
const t = ui().workspace;
const KEY = storageKey(basePath);
const slug = 'renhold';
const plan = JSON.parse(readFileSync(join(siteDir, 'planer', `${slug}.json`), 'utf8')) as PlanShape;
const firstTaskId = tasksOf(plan)[0]!.id;

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

function seeded(): FollowUp {
  const fu = createFollowUp({ alias: 'OD', planSlug: slug, workplace: 'Kantina', startDate: '2026-11-02' }, '2026-11-02T08:00:00.000Z');
  return setLevel(fu, firstTaskId, 3, '2026-11-10T08:00:00.000Z');
}

/** A phone with one follow-up stored. No service worker unless asked: requests it answers never reach page.route. */
async function contextWith(fu: FollowUp, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nb-NO', serviceWorkers: 'block', ...options });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(([k, v]) => { if (!localStorage.getItem('seeded')) { localStorage.setItem(k!, v!); localStorage.setItem('seeded', '1'); } }, [KEY, serializeState({ version: 3, followUps: [fu] })] as const);
  return context;
}

/** Holds back the files whose names match until `release` is called; `fail` aborts them instead. */
async function holdBack(page: Page, name: RegExp, mode: 'hold' | 'fail') {
  let release = () => {};
  const gate = new Promise<void>((r) => { release = r; });
  await page.route((url) => name.test(new URL(url).pathname), async (route) => {
    if (mode === 'fail') return route.abort('internetdisconnected');
    await gate;
    return route.continue();
  });
  return release;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY).then((text) => loadState(text).state.followUps[0]!);

describe('parts of the workspace that load when used', () => {
  test('the follow-up\'s view is styled from its first paint (its stylesheet comes with its code)', async () => {
    const fu = seeded();
    const context = await contextWith(fu);
    // Records, at the moment the first task row is put in the page, how its level choices are laid out.
    await context.addInitScript(() => {
      const w = window as unknown as { __firstRow?: string };
      new MutationObserver(() => {
        const choices = document.querySelector('.ws-task .ws-levels__choices');
        if (choices && w.__firstRow === undefined) w.__firstRow = getComputedStyle(choices).display;
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${siteUrl}oppfolging/#f=${fu.id}`);
    await page.locator('.ws-task').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __firstRow?: string }).__firstRow)).toBe('grid');
    await context.close();
  });

  test('while the meeting mode loads, «Laster …» shows in the hint\'s place, nothing moves, and focus then goes to the first step', async () => {
    const fu = seeded();
    const context = await contextWith(fu);
    const page = await context.newPage();
    await page.goto(`${siteUrl}oppfolging/#f=${fu.id}`);
    await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
    const release = await holdBack(page, /\/MeetingMode\.[\w-]+\.js$/, 'hold');
    const start = page.getByRole('button', { name: t.meetingStart, exact: true });
    const below = page.locator('#plan-h');
    const before = (await below.boundingBox())!.y;
    await start.focus();
    await page.keyboard.press('Enter');
    const loading = page.getByRole('status').filter({ hasText: t.meetingLoading });
    await loading.waitFor();
    expect(await loading.evaluate((el) => el.parentElement!.contains(document.getElementById('meeting-start-hint')))).toBe(true);
    expect(await start.getAttribute('aria-busy')).toBe('true');
    expect((await below.boundingBox())!.y).toBe(before);
    expect(await focusedId(page)).toBe('meeting-start');
    release();
    await expect.poll(() => focusedId(page), { timeout: 10_000 }).toBe('mt-h');
    await context.close();
  });

  test('a meeting mode that cannot load says so in Norwegian next to the button; focus stays there and nothing saved is lost', async () => {
    const fu = seeded();
    const context = await contextWith(fu);
    const page = await context.newPage();
    await page.goto(`${siteUrl}oppfolging/#f=${fu.id}`);
    await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
    await holdBack(page, /\/MeetingMode\.[\w-]+\.js$/, 'fail');
    await page.getByRole('button', { name: t.meetingStart, exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: t.partFailed });
    await alert.waitFor();
    // In the hint's place, next to the button.
    expect(await alert.evaluate((el) => el.parentElement!.contains(document.getElementById('meeting-start-hint')))).toBe(true);
    expect(await focusedId(page)).toBe('meeting-start');
    expect(await page.getByRole('button', { name: t.meetingStart, exact: true }).getAttribute('aria-busy')).not.toBe('true');
    expect((await stored(page)).assessments[firstTaskId]?.level).toBe(3);
    await context.close();
  });

  test('a follow-up\'s view that cannot load says so in Norwegian instead of «Laster …» for ever', async () => {
    const fu = seeded();
    const context = await contextWith(fu);
    const page = await context.newPage();
    await holdBack(page, /\/FollowUpView\.[\w-]+\.(js|css)$/, 'fail');
    await page.goto(`${siteUrl}oppfolging/#f=${fu.id}`);
    await page.getByRole('alert').filter({ hasText: t.partFailed }).waitFor();
    expect(await page.locator('.ws').innerText()).not.toContain(t.loading);
    await context.close();
  });

  test('offline after «Lagre håndboka for bruk uten nett»: a follow-up and its meeting mode open', { timeout: 180_000 }, async () => {
    const fu = seeded();
    const context = await contextWith(fu, { viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The copy's own words (a nynorsk copy says «Lagre handboka …»).
    await page.getByRole('button', { name: ui().offline.save }).click();
    await page.getByRole('status').filter({ hasText: patternOf(ui().offline.saved) }).waitFor({ timeout: 120_000 });
    await context.setOffline(true);
    await page.goto(`${siteUrl}oppfolging/#f=${fu.id}`);
    await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
    await page.getByRole('button', { name: t.meetingStart, exact: true }).click();
    await expect.poll(() => focusedId(page), { timeout: 10_000 }).toBe('mt-h');
    expect(await page.getByRole('alert').filter({ hasText: t.partFailed }).count()).toBe(0);
    await context.close();
  });
});
