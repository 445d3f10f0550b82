import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { PDFDocument, PDFTextField } from 'pdf-lib';
import { launchChromium } from '../support/browser.ts';
import { pdfText, qpdfProblems } from '../support/pdf-tools.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const focused = (page: import('playwright-core').Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent ?? (document.activeElement as HTMLInputElement | null)?.id ?? '');

describe("the participant's logbook on a phone", () => {
  test('four weeks at 320 px with keyboard only, kept after reload, brought as a PDF', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${siteUrl}loggbok/`);
    await page.locator('astro-island:not([ssr]) .logbook').waitFor();
    const pressUntil = async (label: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if ((await focused(page)) === label) return;
      }
      throw new Error(`Tab never reached «${label}»`);
    };
    await pressUntil('Begynn på loggboka');
    await page.keyboard.press('Enter');
    for (let week = 1; week <= 4; week++) {
      if (week > 1) {
        await pressUntil('Ny uke');
        await page.keyboard.press('Enter');
      }
      // Focus moves to the new week's heading; the first question is the next Tab stop.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await page.keyboard.press('Tab');
      await page.keyboard.type(`Vasket bord uke ${week}`);
      await page.keyboard.press('Tab');
      await page.keyboard.type(week === 2 ? 'Jeg sa «god morgen». مرحبا' : `Ord ${week}`);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.reload();
    await page.locator('astro-island:not([ssr]) .logbook').waitFor();
    await expect(page.getByText('Uke 4 av 4').count()).resolves.toBe(1);
    await expect(page.getByLabel('Hvilke oppgaver gjorde du?').inputValue()).resolves.toBe('Vasket bord uke 4');
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned som PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^loggbok-utfylt-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    expect(qpdfProblems(bytes)).toBe('');
    const form = (await PDFDocument.load(bytes)).getForm();
    expect((form.getField('uke_4_oppgaver') as PDFTextField).getText()).toBe('Vasket bord uke 4');
    expect(pdfText(bytes)).toContain('Vasket bord uke 1');
    await context.close();
  });
});
