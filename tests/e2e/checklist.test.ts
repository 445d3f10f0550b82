import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const slug = readdirSync(join(siteDir, 'planer')).find((d) => !d.includes('.') && readdirSync(join(siteDir, 'planer', d)).includes('index.html'))!;
const planUrl = `${siteUrl}planer/${slug}/`;
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function openPlan(page: Page) {
  await page.goto(planUrl);
  await page.locator('.checklist').scrollIntoViewIfNeeded();
  // The heading is server-rendered; wait until the island has hydrated before using it.
  await page.locator('astro-island:not([ssr]) .checklist').waitFor();
}

async function createFollowUp(page: Page, alias: string) {
  await page.getByLabel('Initialer eller kallenavn').fill(alias);
  await page.getByLabel('Arbeidssted').fill('Sykehjemmet');
  await page.getByLabel('Startdato').fill('2026-01-05');
  await page.getByRole('button', { name: 'Opprett oppfølging' }).click();
  await page.getByLabel('Velg oppfølging').waitFor();
}

const firstLevel = (page: Page) => page.locator('.checklist-tasks select').first();

describe('phase checklist', () => {
  test('without JavaScript the plan page still has the readable plan tables', () => {
    const html = readFileSync(join(siteDir, 'planer', slug, 'index.html'), 'utf8');
    expect(html).toMatch(/<table/);
    expect(html).toMatch(/client="visible"/);
  });

  test('the island JavaScript the plan page loads is at most 15 kB gzipped, Preact included', () => {
    const html = readFileSync(join(siteDir, 'planer', slug, 'index.html'), 'utf8');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(join(siteDir, '_astro', file), 'utf8').matchAll(/from"\.\/([^"]+\.js)"|import\("\.\/([^"]+\.js)"\)/g)) visit((m[1] ?? m[2])!);
    };
    for (const m of html.matchAll(/(?:component|renderer)-url="[^"]*\/_astro\/([^"]+\.js)"/g)) visit(m[1]!);
    expect([...seen].some((f) => f.startsWith('Checklist'))).toBe(true);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    // Budget covers the JS chunks; Astro's own inline island bootstrap is logged apart.
    const total = [...seen].reduce((sum, f) => sum + gzipSync(readFileSync(join(siteDir, '_astro', f))).length, 0);
    console.log(`checklist island: ${[...seen].join(', ')} = ${total} B gzipped; Astro inline bootstrap ${gzipSync(inline).length} B`);
    expect(total).toBeLessThanOrEqual(15_000);
  });

  test('a level set on a task is still there after reload, and the change is announced', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openPlan(page);
    await createFollowUp(page, 'ሰላም');
    await firstLevel(page).selectOption('4');
    await expect.poll(() => page.locator('[role=status]').textContent()).toMatch(/Lagret/);
    await page.reload();
    await page.locator('.checklist').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await firstLevel(page).count()) && firstLevel(page).inputValue()).toBe('4');
    await context.close();
  });

  test('export, then import in a fresh profile, brings the same state back; a broken file changes nothing', async () => {
    const a = await browser.newContext({ acceptDownloads: true });
    const page = await a.newPage();
    await openPlan(page);
    await createFollowUp(page, 'Ольга');
    await firstLevel(page).selectOption('3');
    await page.locator('.checklist-tasks textarea').first().fill('Øver på vaktlista');
    await page.locator('.checklist-tasks textarea').first().blur();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned alle oppfølginger (JSON)' }).click()]);
    const exported = readFileSync(await download.path());
    expect(exported.toString()).toContain('Øver på vaktlista');
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Slett alle data' }).click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toMatch(/slettet/);
    await a.close();

    const b = await browser.newContext();
    const fresh = await b.newPage();
    await openPlan(fresh);
    await fresh.getByLabel('Hent oppfølginger fra fil').setInputFiles({ name: 'oppfolginger.json', mimeType: 'application/json', buffer: exported });
    await fresh.getByLabel('Velg oppfølging').waitFor();
    expect(await firstLevel(fresh).inputValue()).toBe('3');
    expect(await fresh.locator('.checklist-tasks textarea').first().inputValue()).toBe('Øver på vaktlista');

    const before = await fresh.evaluate(() => JSON.stringify(localStorage));
    await fresh.getByLabel('Hent oppfølginger fra fil').setInputFiles({ name: 'odelagt.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "praksis') });
    await expect.poll(() => fresh.locator('[role=alert]').textContent()).toMatch(/ikke gyldig JSON/);
    expect(await fresh.evaluate(() => JSON.stringify(localStorage))).toBe(before);
    expect(await firstLevel(fresh).inputValue()).toBe('3');
    await b.close();
  });

  test('a corrupt saved state shows a message, not a blank page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(planUrl);
    const key = await page.evaluate(() => `praksishandboka:${new URL(document.baseURI).pathname.replace(/\/planer\/.*$/, '') || '/'}:oppfolginger`);
    await page.evaluate((k) => localStorage.setItem(k, '{"followUps": [{"id":'), key);
    await openPlan(page);
    await expect.poll(() => page.locator('[role=alert]').textContent()).toMatch(/skadet/);
    await expect(page.getByRole('button', { name: 'Last ned data som ikke kunne leses' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('works at 320 px without sideways scrolling, and the PDF button downloads the filled plan', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, acceptDownloads: true });
    const page = await context.newPage();
    await openPlan(page);
    await createFollowUp(page, 'مريم');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const button = page.getByRole('button', { name: 'Last ned utfylt plan (PDF)' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^opplaeringsplan-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await PDFDocument.load(readFileSync(await download.path()));
    // The participant's alias in Arabic script comes back exactly.
    expect(pdf.getForm().getTextField('deltaker').getText()).toBe('مريم');
    expect(pdf.getForm().getTextField('arbeidssted').getText()).toBe('Sykehjemmet');
    await context.close();
  });

  test('deleting one follow-up keeps the others, also after reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openPlan(page);
    await createFollowUp(page, 'Første');
    // The form folds away once there is a follow-up; open it again for the second.
    if (!(await page.getByLabel('Initialer eller kallenavn').isVisible())) await page.getByText('Ny oppfølging', { exact: true }).click();
    await createFollowUp(page, 'Andre');
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Slett denne oppfølgingen' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/«Andre» er slettet/);
    await page.reload();
    await openPlan(page);
    const options = await page.getByLabel('Velg oppfølging').locator('option').allTextContents();
    expect(options.join(' ')).toContain('Første');
    expect(options.join(' ')).not.toContain('Andre');
    await context.close();
  });

  test('the filled-in checklist has no WCAG 2.1 AA violations (axe)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openPlan(page);
    await createFollowUp(page, 'AB');
    await firstLevel(page).selectOption('2');
    await page.getByLabel('Dato for samtalen').fill('2026-02-01');
    await page.getByRole('button', { name: 'Lagre samtalen' }).click();
    await page.locator('.checklist-chart').waitFor();
    const result = await new AxeBuilder({ page }).include('.checklist').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await context.close();
  });
});
