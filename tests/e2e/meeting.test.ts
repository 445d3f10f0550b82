import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from '../support/browser.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { addMeeting, createFollowUp, setLevel, setNote } from '../../src/lib/followup/edits.ts';
import { loadState, serializeState, storageKey } from '../../src/lib/followup/storage.ts';
import { tasksOf, type PlanShape } from '../../src/lib/followup/state.ts';
import { formatShortDate, todayIso } from '../../src/lib/dates.ts';
import type { FollowUp } from '../../src/lib/followup/types.ts';
import { t, tRe } from '../support/strings.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { fill } from '../../src/lib/i18n/fill.ts';
import { FRAME } from '../../src/lib/i18n/frame.ts';

/**
 * Issue 29: the three-party meeting on a 360 px phone. The meeting mode from start to the
 * prefilled referat with the keyboard alone and with touch, focus after each step, axe on
 * each new view; the compact task rows; what changed since the last meeting.
 */

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const { basePath } = loadMunicipality();
const KEY = storageKey(basePath);
const slug = 'renhold';
const plan = JSON.parse(readFileSync(join(siteDir, 'planer', `${slug}.json`), 'utf8')) as PlanShape;
const phase1 = tasksOf(plan).filter((t) => t.phase === 1);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The workspace's text in the site's language, and a level as the page shows it («2 Under opplæring»). */
const w = ui().workspace;
const level = (n: 1 | 2 | 3 | 4) => `${n} ${FRAME[ui().lang as keyof typeof FRAME].mastery[n].label}`;

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** Started 2 November; first meeting 16 November with the first task at 2 and the second mastered. */
function seeded(): FollowUp {
  let fu = createFollowUp({ alias: 'KL', planSlug: slug, workplace: 'Kantina', startDate: '2026-11-02' }, '2026-11-02T08:00:00.000Z');
  fu = setLevel(fu, phase1[0]!.id, 2, '2026-11-10T08:00:00.000Z');
  fu = setLevel(fu, phase1[1]!.id, 4, '2026-11-10T08:00:00.000Z');
  fu = addMeeting(plan, fu, { date: '2026-11-16', agreed: 'Øve på å melde fravær.', nextDate: '2026-11-30' }, 'm-1', '2026-11-16T09:00:00.000Z');
  fu = setLevel(fu, phase1[0]!.id, 3, '2026-11-20T08:00:00.000Z');
  return setNote(fu, phase1[2]!.id, 'Spør når noe er uklart.', '2026-11-21T08:00:00.000Z');
}

async function openFollowUp(fu: FollowUp, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nb-NO', ...options });
  context.setDefaultTimeout(10_000);
  await context.addInitScript(([k, v]) => { if (!localStorage.getItem('seeded')) { localStorage.setItem(k!, v!); localStorage.setItem('seeded', '1'); } }, [KEY, serializeState({ version: 3, followUps: [fu] })] as const);
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${siteUrl}oppfolging/#f=${fu.id}`);
  await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
  return { context, page };
}
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY).then((t) => loadState(t).state.followUps[0]!);
const focused = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));
async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
async function tabTo(page: Page, name: string | RegExp, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
    if (typeof name === 'string' ? hit === name : name.test(hit)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('the meeting mode «Trekantsamtale»', () => {
  test('keyboard only: start, assess with the arrows and «Neste», agree, save, and the referat opens prefilled', async () => {
    const fu = seeded();
    const { context, page } = await openFollowUp(fu);
    await tabTo(page, t('Trekantsamtale'));
    await page.keyboard.press('Enter');
    // The first step: a task not yet mastered, its level at the last meeting and now.
    await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ id: 'mt-h', text: phase1[0]!.text });
    const step = page.locator('.mt-step');
    const stepText = await step.textContent();
    expect(stepText).toContain(fill(w.meetingBefore, { date: '16.11.2026', level: level(2) }));
    expect(stepText).toContain(fill(w.meetingChanged, { level: level(3) }));
    expect(await axe(page)).toEqual([]);
    // The mastered task comes after the others.
    expect(await page.getByText(fill(w.meetingStep, { n: 1, total: phase1.length, phase: 1 }), { exact: true }).count()).toBe(1);

    // Arrow keys choose (and save) without carrying the user off; «Neste» goes on.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await stored(page)).assessments[phase1[0]!.id]?.level).toBe(4);
    expect(await focused(page)).not.toMatchObject({ id: 'mt-h' });
    await tabTo(page, t('Neste'));
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ id: 'mt-h', text: phase1[2]!.text });
    expect(await step.textContent()).toContain('Spør når noe er uklart.');

    await tabTo(page, t('Til avtalen'));
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ id: 'mt-h', text: t('Hva ble dere enige om?') });
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Fadder viser oppvaskmaskinen på mandag.');
    // The meeting's date is today already; on to the next meeting's date (date inputs have a Tab stop per part).
    for (let i = 0; i < 10 && (await focused(page)).id !== 'mt-nextDate'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('14122026');
    // Whatever order the browser's date parts come in, what it shows is what is saved.
    const nextDate = await page.locator('#mt-nextDate').inputValue();
    expect(nextDate).toMatch(/^2026-12-\d\d$/);
    await tabTo(page, t('Lagre samtalen'));
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ id: 'mt-h', text: t('Samtalen er lagret') });
    expect(await axe(page)).toEqual([]);
    const saved = (await stored(page)).meetings.at(-1)!;
    expect(saved).toMatchObject({ date: todayIso(), agreed: 'Fadder viser oppvaskmaskinen på mandag.', nextDate });

    await tabTo(page, t('Skriv referatet'));
    await Promise.all([page.waitForURL(/skjema\/trekantsamtale\/fyll-ut\/#oppfolging=/), page.keyboard.press('Enter')]);
    await page.getByText(t('Skjemaet hører til oppfølgingen «{alias}». Svarene lagres med oppfølgingen.', { alias: 'KL' })).waitFor();
    expect(page.url()).toContain(`mote=${saved.id}`);
    await expect(page.getByLabel('Dato (Om samtalen)').inputValue()).resolves.toBe(formatShortDate(todayIso()));
    await expect(page.getByLabel('Hva skal gjøres (Dette er vi enige om – avtale 1)').inputValue()).resolves.toBe('Fadder viser oppvaskmaskinen på mandag.');
    await expect(page.getByLabel('Dato (Neste samtale)').inputValue()).resolves.toBe(formatShortDate(nextDate));
    await context.close();
  });

  test('touch: one tap per level goes on to the next task; the agreement ends the meeting', async () => {
    const fu = seeded();
    const { context, page } = await openFollowUp(fu, { hasTouch: true, isMobile: true });
    await page.getByRole('button', { name: t('Trekantsamtale') }).tap();
    await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ id: 'mt-h' });
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push((await focused(page)).text);
      await page.getByRole('group', { name: `${w.level}: ${seen.at(-1)}` }).getByRole('radio', { name: tRe('Mestrer selvstendig') }).tap();
      await expect.poll(() => focused(page), { timeout: 5000 }).not.toMatchObject({ text: seen.at(-1) });
    }
    const levels = (await stored(page)).assessments;
    for (const text of seen) expect(levels[phase1.find((t) => t.text === text)!.id]?.level).toBe(4);
    // Nothing had to be scrolled: each step fits on the screen.
    const box = await page.locator('.mt-nav').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    await page.getByRole('button', { name: t('Til avtalen') }).tap();
    await page.getByLabel(t('Dette ble vi enige om')).fill('Ny samtale om to uker.');
    // A date in the future is probably a slip: a warning, not a refusal.
    await page.getByLabel(t('Dato for samtalen')).fill('2030-01-01');
    await page.getByRole('status').filter({ hasText: t('Datoen {date} er fram i tid. Stemmer det?', { date: '01.01.2030' }) }).waitFor();
    await page.getByLabel(t('Dato for samtalen')).fill('2026-10-01');
    await page.getByRole('status').filter({ hasText: t('Datoen {date} er før praksisen startet ({start}). Stemmer det?', { date: '01.10.2026', start: '02.11.2026' }) }).waitFor();
    await page.getByLabel(t('Dato for samtalen')).fill(todayIso());
    await page.getByRole('button', { name: t('Lagre samtalen') }).tap();
    await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ text: t('Samtalen er lagret') });
    await page.getByRole('button', { name: t('Tilbake til oppfølgingen') }).tap();
    await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ id: 'meeting-start' });
    await context.close();
  });
});

describe('the follow-up on a phone', () => {
  test('a task row is one named group of four 44 px levels in one row, with the note behind a button', async () => {
    const fu = seeded();
    const { context, page } = await openFollowUp(fu);
    const group = page.getByRole('group', { name: `${w.level}: ${phase1[3]!.text}` });
    const boxes = await group.locator('.ws-level').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ y: Math.round(r.y), h: r.height, w: r.width })));
    expect(boxes).toHaveLength(4);
    expect(new Set(boxes.map((b) => b.y)).size).toBe(1);
    for (const b of boxes) { expect(b.h).toBeGreaterThanOrEqual(44); expect(b.w).toBeGreaterThanOrEqual(44); }
    expect(await page.locator(`.ws-task[data-task="${phase1[3]!.id}"] textarea`).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await context.close();
  });

  test('what changed since the last meeting: new levels, new notes and what was agreed then', async () => {
    const fu = seeded();
    const { context, page } = await openFollowUp(fu);
    const since = page.getByRole('region', { name: fill(w.sinceHeading, { date: '16.11.2026' }) });
    await since.waitFor();
    const text = await since.textContent();
    expect(text).toContain(`${phase1[0]!.text}: ${level(2)} → ${level(3)}`);
    expect(text).not.toContain(phase1[1]!.text);
    expect(text).toContain(`${w.sinceNotes} (1)`);
    expect(text).toContain(fill(w.sinceNextDate, { date: '30.11.2026' }));
    await since.getByText(w.sinceAgreed).click();
    expect(await since.textContent()).toContain('Øve på å melde fravær.');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test('smaller defects: focus moves into the new follow-up form; the file passphrase can be shown before it is used', async () => {
    const { context, page } = await openFollowUp(seeded());
    await page.goto(`${siteUrl}oppfolging/`);
    await page.locator('.ws-card').first().waitFor();
    await page.locator('#ws-new').click();
    await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ id: 'new-planSlug' });
    await page.getByRole('button', { name: t('Last ned kryptert') }).first().click();
    const pass = page.locator('#export-pass');
    await pass.fill('hemmelig passord');
    expect(await pass.getAttribute('type')).toBe('password');
    await page.getByLabel(t('Vis passordet')).check();
    expect(await pass.getAttribute('type')).toBe('text');
    expect(await pass.inputValue()).toBe('hemmelig passord');
    await context.close();
  });
});
