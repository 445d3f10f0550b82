import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { createFollowUp } from '../../src/lib/followup/edits.ts';
import { serializeState, storageKey } from '../../src/lib/followup/storage.ts';
import { storageKey as qualityKey } from '../../src/lib/quality/storage.ts';
import type { FollowUp } from '../../src/lib/followup/types.ts';
import { escapeRe, t, tPattern, tRe } from '../support/strings.ts';
import { ui } from '../../src/lib/i18n/index.ts';

/**
 * Issue 29: no note is ever lost. Two tabs on one follow-up, the same task in two tabs, a
 * 20,000-character paste and a reload, the self-assessment's note, and Safari's 7-day rule.
 * Each test makes its own browser context (own storage) at phone size.
 */

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const { basePath } = loadMunicipality();
const KEY = storageKey(basePath);
const slug = 'renhold';
const plan = JSON.parse(readFileSync(join(siteDir, 'planer', `${slug}.json`), 'utf8')) as { phases: { tasks: Record<'sprak', { id: string; text: string }[]> }[] };
const task1 = plan.phases[0]!.tasks.sprak[0]!;
const SAFARI_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function contextWith(followUps: FollowUp[], options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...options });
  context.setDefaultTimeout(10_000);
  // Seeded once per context: later pages and reloads read what the tabs saved.
  await context.addInitScript(([k, v]) => { if (!localStorage.getItem('seeded')) { localStorage.setItem(k!, v!); localStorage.setItem('seeded', '1'); } }, [KEY, serializeState({ version: 3, followUps })] as const);
  return context;
}
const seed = (alias = 'NN', createdAt?: string) => createFollowUp({ alias, planSlug: slug, workplace: 'Kantina', startDate: '2026-11-02' }, createdAt);

async function openFollowUp(context: BrowserContext, fu: FollowUp): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${siteUrl}oppfolging/#f=${fu.id}`);
  await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
  return page;
}
const row = (page: Page) => page.locator(`.ws-task[data-task="${task1.id}"]`);
const w = ui().workspace;
/** «… kan ha høyst 10 000 tegn …»: a note over the limit, in the site's language. */
const tooLong = tPattern('{label} kan ha høyst {max} tegn. Nå er det {n}. Ingenting er kuttet; kort ned teksten selv.', { max: '10 000' });
const noteBox = (page: Page) => page.getByRole('textbox', { name: `${w.note}: ${task1.text}` });
const noteButton = (page: Page) => row(page).getByRole('button', { name: new RegExp(`^(${escapeRe(w.noteAdd)}|${escapeRe(w.noteShow)}): ${escapeRe(task1.text)}$`) });
const storedNote = (page: Page) => page.evaluate(([k, id]) => JSON.parse(localStorage.getItem(k!)!).followUps[0].assessments[id!]?.note, [KEY, task1.id] as const);

describe('two tabs on one follow-up', () => {
  test('a note typed in tab A opens in tab B; typing in both asks which text to keep', async () => {
    const fu = seed();
    const context = await contextWith([fu]);
    const a = await openFollowUp(context, fu);
    const b = await openFollowUp(context, fu);

    await noteButton(a).click();
    await expect.poll(() => a.evaluate(() => document.activeElement?.tagName), { timeout: 5000 }).toBe('TEXTAREA');
    await a.keyboard.type('Fra A');
    await expect.poll(() => storedNote(b), { timeout: 5000 }).toBe('Fra A');
    // B has not typed: its box opens with the stored note, not empty (the old bug).
    await expect.poll(() => row(b).locator('.ws-note-preview').textContent(), { timeout: 5000 }).toBe('Fra A');
    await noteButton(b).click();
    expect(await noteBox(b).inputValue()).toBe('Fra A');

    // B types while A's box still holds A's typing: A is asked, and keeps its text until it chooses.
    await noteBox(b).press('End');
    await b.keyboard.type(' og B');
    await expect.poll(() => storedNote(a), { timeout: 5000 }).toBe('Fra A og B');
    const question = a.getByRole('group', { name: w.noteChangedElsewhere });
    await question.waitFor();
    expect(await noteBox(a).inputValue()).toBe('Fra A');
    // A types more while asked: nothing is saved over B's text without a choice.
    await noteBox(a).press('End');
    await a.keyboard.type(', mer');
    await a.waitForTimeout(700);
    expect(await storedNote(a)).toBe('Fra A og B');
    await question.getByRole('button', { name: t('Behold teksten jeg skrev') }).click();
    await expect.poll(() => storedNote(b), { timeout: 5000 }).toBe('Fra A, mer');
    await expect.poll(() => a.evaluate(() => document.activeElement?.id), { timeout: 5000 }).toMatch(/^nt-/);
    // B had typed too, so B is asked now; it takes A's text.
    const questionB = b.getByRole('group', { name: w.noteChangedElsewhere });
    await questionB.getByRole('button', { name: t('Bruk teksten fra den andre fanen') }).click();
    expect(await noteBox(b).inputValue()).toBe('Fra A, mer');
    await context.close();
  });

  test('the same task in two tabs: a level set in A and a note typed in B both stay, and each tab shows both', async () => {
    const fu = seed();
    const context = await contextWith([fu]);
    const a = await openFollowUp(context, fu);
    const b = await openFollowUp(context, fu);
    await noteButton(b).click();
    // B's note waits for a pause in typing; A's level is saved at once, in between.
    await noteBox(b).pressSequentially('Trenger påminnelse', { delay: 10 });
    await row(a).getByRole('radio', { name: tRe('Mestrer med støtte') }).check();
    await expect.poll(() => b.evaluate(([k, id]) => JSON.parse(localStorage.getItem(k!)!).followUps[0].assessments[id!], [KEY, task1.id] as const), { timeout: 5000 })
      .toMatchObject({ level: 3, note: 'Trenger påminnelse' });
    await expect.poll(() => row(b).getByRole('radio', { name: tRe('Mestrer med støtte') }).isChecked(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => row(a).locator('.ws-note-preview').textContent(), { timeout: 5000 }).toBe('Trenger påminnelse');
    await context.close();
  });
});

describe('a note too long to save', () => {
  test('a 20,000-character paste is kept through a reload as a marked draft, with the leave warning, until shortened', async () => {
    const fu = seed();
    const context = await contextWith([fu]);
    const page = await openFollowUp(context, fu);
    await noteButton(page).click();
    const pasted = 'Lang tekst. '.repeat(1700).slice(0, 20_000);
    await noteBox(page).fill(pasted);
    await noteBox(page).press('End');
    await page.keyboard.type('!');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: tooLong }).count(), { timeout: 5000 }).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: tooLong }).textContent()).toContain(w.noteDraft);
    // The page warns before it is left.
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-unsaved'))).toBe(true);
    let asked = false;
    page.removeAllListeners('dialog');
    page.on('dialog', (d) => { if (d.type() === 'beforeunload') asked = true; void d.accept(); });
    await page.reload();
    expect(asked).toBe(true);
    await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
    // After the reload: all of it, in an open box, still marked.
    expect(await noteBox(page).inputValue()).toHaveLength(20_001);
    expect(await page.locator(`#${await noteBox(page).getAttribute('aria-describedby')}`).textContent()).toMatch(new RegExp(`${escapeRe(w.noteDraft)}.*${tooLong.source}`));
    expect(await noteBox(page).getAttribute('aria-invalid')).toBe('true');

    await noteBox(page).fill('Kort notat');
    await expect.poll(() => storedNote(page), { timeout: 5000 }).toBe('Kort notat');
    expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).noteDrafts, KEY)).toBeUndefined();
    await page.reload();
    await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
    expect(await row(page).locator('.ws-note-preview').textContent()).toBe('Kort notat');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-unsaved'))).toBe(false);
    await context.close();
  });

  test('the self-assessment never cuts a long note: all of it stays in the box with the message, through a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${siteUrl}kvalitetssjekk/`);
    await page.evaluate((k) => localStorage.removeItem(k), qualityKey(basePath));
    await page.reload();
    await page.locator('.kv-app').waitFor();
    const start = page.getByRole('button', { name: new RegExp(`${escapeRe(ui().quality.start)}|${escapeRe(ui().quality.newAssessment)}`) }).first();
    if (await start.count()) await start.click();
    const note = page.locator('textarea.kv-note').first();
    await note.waitFor();
    expect(await note.getAttribute('maxlength')).toBeNull();
    await note.fill('x'.repeat(20_000));
    expect(await note.inputValue()).toHaveLength(20_000);
    await page.getByRole('alert').filter({ hasText: tPattern('Notatet kan ha høyst {max} tegn. Nå er det {n}. Ingenting er kuttet, men notatet er ikke lagret før du korter det ned.', { max: '10 000' }) }).waitFor();
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    // A reload keeps it, still marked.
    const id = await note.getAttribute('id');
    await page.reload();
    await page.locator(`#${id}`).waitFor();
    expect(await page.locator(`#${id}`).inputValue()).toHaveLength(20_000);
    expect(await page.locator(`#${id}`).getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });
});

describe('Safari outside the home screen', () => {
  const safari = { userAgent: SAFARI_UA, hasTouch: true, isMobile: true };
  const asSafari = (context: BrowserContext) => context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'vendor', { get: () => 'Apple Computer, Inc.' }));

  test('at the first save the caseworker is told how to keep the data', async () => {
    const context = await contextWith([], safari);
    await asSafari(context);
    const page = await context.newPage();
    await page.goto(`${siteUrl}oppfolging/#plan=${slug}`);
    await page.locator('.ws').waitFor();
    expect(await page.locator('#ws-safari').count()).toBe(0);
    await page.getByLabel(t('Initialer eller kallenavn')).fill('AB');
    await page.getByLabel(t('Startdato')).fill('2026-11-02');
    await page.getByRole('button', { name: t('Opprett oppfølging') }).click();
    await page.locator('#ws-safari').waitFor();
    expect(await page.locator('#ws-safari').textContent()).toContain(w.safariStorage);
    await context.close();
  });

  test('the backup reminder comes after five days there, not after fourteen', async () => {
    const sixDaysAgo = new Date(Date.now() - 6 * 86_400_000).toISOString();
    const fu = seed('CD', sixDaysAgo);
    const safariContext = await contextWith([fu], safari);
    await asSafari(safariContext);
    const page = await safariContext.newPage();
    await page.goto(`${siteUrl}oppfolging/`);
    await page.locator('.ws-card').first().waitFor();
    await page.getByText(w.backupReminderSafari).waitFor();
    await safariContext.close();

    const chromium = await contextWith([fu]);
    const other = await chromium.newPage();
    await other.goto(`${siteUrl}oppfolging/`);
    await other.locator('.ws-card').first().waitFor();
    await other.waitForTimeout(500);
    expect(await other.getByText(w.backupReminder).count()).toBe(0);
    expect(await other.getByText(w.backupReminderSafari).count()).toBe(0);
    expect(await other.locator('#ws-safari').count()).toBe(0);
    await chromium.close();
  });
});
