import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PDFCheckBox, PDFDocument, PDFTextField } from 'pdf-lib';
import { launchChromium } from '../support/browser.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { pdfText, qpdfProblems } from '../support/pdf-tools.ts';
import { taggingProblems } from '../support/pdf-tagging.ts';
import { patternOf, t } from '../support/strings.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const formIds = readdirSync(join(siteDir, 'skjema')).filter((d) => existsSync(join(siteDir, 'skjema', d, 'fyll-ut', 'index.html')));
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openForm(page: Page, id: string, hash = '') {
  await page.goto(`${siteUrl}skjema/${id}/fyll-ut/${hash}`);
  // Fields are disabled until the island runs; wait for it.
  await page.locator('astro-island:not([ssr]) .form-filler fieldset:not([disabled])').first().waitFor();
}

async function downloadPdf(page: Page): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('Last ned utfylt PDF') }).click()]);
  expect(download.suggestedFilename()).toMatch(/^[a-z-]+-utfylt-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = new Uint8Array(readFileSync((await download.path())!));
  // Every filled form is a tagged PDF (issue 30).
  expect(await taggingProblems(bytes)).toEqual([]);
  return bytes;
}

describe('forms in the browser', () => {
  test('every form has a fill-in page', () => {
    expect(formIds.length).toBeGreaterThanOrEqual(6);
  });

  // axe runs over every page of the site, these included, in accessibility.test.ts.
  test.each(formIds)('%s: each input has a label and every accessible name is unique', async (id) => {
    const page = await context.newPage();
    await openForm(page, id);
    const unlabeled = await page.locator('.form-filler input, .form-filler textarea').evaluateAll((els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length).map((el) => el.id),
    );
    expect(unlabeled).toEqual([]);
    const names = await page.locator('.form-filler input, .form-filler textarea').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).labels![0]!.textContent!.trim()));
    expect(names.filter((n, i) => names.indexOf(n) !== i), 'accessible names used twice').toEqual([]);
    await page.close();
  }, 120_000);

  test('without JavaScript: no form that could submit, fields disabled, a plain message', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${siteUrl}skjema/praksisavtale/fyll-ut/`);
    expect(await page.locator('form:not([role="search"])').count()).toBe(0);
    expect(await page.locator('.form-filler fieldset:not([disabled])').count()).toBe(0);
    // The message stands where the form would be, in the site's language.
    expect(await page.content()).toContain(`>${ui().forms.noJs}</p></noscript>`);
    expect(page.url()).not.toContain('?');
    await noJs.close();
  });

  test('filled in Chromium: the PDF holds exactly what was typed, in its fields and its text layer', async () => {
    const page = await context.newPage();
    await openForm(page, 'praksisavtale');
    await page.getByLabel('Navn (Deltaker)', { exact: true }).fill('فاطمة أحمد');
    await page.getByLabel('Virksomhet').fill('Eksempel barnehage');
    await page.getByLabel('Fra dato').fill('15.09.2026');
    await page.getByLabel('Fadderen har fått fadderopplæring').check();
    const bytes = await downloadPdf(page);
    expect(qpdfProblems(bytes)).toBe('');
    const form = (await PDFDocument.load(bytes)).getForm();
    expect((form.getField('deltaker_navn') as PDFTextField).getText()).toBe('فاطمة أحمد');
    expect((form.getField('praksisplass_virksomhet') as PDFTextField).getText()).toBe('Eksempel barnehage');
    expect((form.getField('periode_fra') as PDFTextField).getText()).toBe('15.09.2026');
    expect((form.getField('fadder_fadderopplaering') as PDFCheckBox).isChecked()).toBe(true);
    const text = pdfText(bytes);
    expect(text).toContain('Eksempel barnehage');
    expect(text).toContain('15.09.2026');
    await page.close();
  });

  test.each(formIds)('%s: every answer typed comes back exactly from the PDF, in its fields and its text layer', async (id) => {
    const page = await context.newPage();
    await openForm(page, id);
    const inputs = page.locator('.form-filler input:not([type="checkbox"]), .form-filler textarea');
    const typed: Record<string, string> = {};
    for (const [i, input] of (await inputs.all()).entries()) {
      const name = (await input.getAttribute('id'))!.slice(2);
      const isDate = (await input.getAttribute('inputmode')) === 'numeric';
      const value = isDate ? `${String((i % 27) + 1).padStart(2, '0')}.10.2026` : `Svar ${i + 1} på ${id}`;
      await input.fill(value);
      typed[name] = value;
    }
    const boxes = await page.locator('.form-filler input[type="checkbox"]').all();
    if (boxes.length) await boxes[0]!.check();
    const bytes = await downloadPdf(page);
    expect(qpdfProblems(bytes)).toBe('');
    const form = (await PDFDocument.load(bytes)).getForm();
    for (const [name, value] of Object.entries(typed)) expect((form.getField(name) as PDFTextField).getText(), name).toBe(value);
    if (boxes.length) expect((form.getField((await boxes[0]!.getAttribute('id'))!.slice(2)) as PDFCheckBox).isChecked()).toBe(true);
    const text = pdfText(bytes);
    for (const value of Object.values(typed).filter((v) => v.startsWith('Svar')).slice(0, 5)) expect(text).toContain(value);
    await page.close();
  }, 120_000);

  test('a wrong date: error summary at the top, focused, linking to the field with its message', async () => {
    const page = await context.newPage();
    await openForm(page, 'praksisavtale');
    await page.getByLabel('Til dato').fill('31.02.2026');
    await page.getByRole('button', { name: t('Kontroller skjemaet') }).click();
    const summary = page.locator('.ds-error-summary');
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await summary.getByRole('link', { name: /Til dato/ }).click();
    await expect(page.getByLabel('Til dato').evaluate((el) => el === document.activeElement && el.getAttribute('aria-invalid') === 'true')).resolves.toBe(true);
    await expect(page.locator('#f-periode_til-feil').textContent()).resolves.toContain(t('dd.mm.åååå'));
    await page.close();
  });

  test('text typed and the page reloaded at once is still there', async () => {
    const page = await context.newPage();
    await openForm(page, 'sluttvurdering');
    const field = page.locator('.form-filler textarea').first();
    await field.fill('Notat skrevet rett før omlasting');
    await page.reload();
    await page.locator('astro-island:not([ssr]) .form-filler fieldset:not([disabled])').first().waitFor();
    await expect(page.locator('.form-filler textarea').first().inputValue()).resolves.toBe('Notat skrevet rett før omlasting');
    await expect(page.getByText(patternOf(ui().forms.savedAt)).count()).resolves.toBe(0);
    await field.page().locator('.form-filler textarea').first().fill('');
    await page.close();
  });

  test('printing shows the answers and no buttons; empty fields get writing lines', async () => {
    // A fresh browser: the drafts typed by the tests above must not fill this form.
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    await openForm(page, 'trekantsamtale');
    await page.locator('.form-filler textarea').first().fill('Avtalt: øve på bestilling');
    await page.emulateMedia({ media: 'print' });
    // The printed copy of the answer renders after the input event; wait for it, then check it shows.
    await page.getByText('Avtalt: øve på bestilling').first().waitFor({ state: 'visible', timeout: 5000 });
    const visibleButtons = await page.locator('main button').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    expect(await page.locator('.form-print-value--empty').first().isVisible()).toBe(true);
    await fresh.close();
  });

  test('at 320 px with keyboard only: no sideways scroll, and Tab reaches the PDF button', async () => {
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, acceptDownloads: true });
    const page = await phone.newPage();
    await openForm(page, 'loggbok');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByLabel('Navnet mitt').focus();
    await page.keyboard.type('ሰላም');
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((name) => document.activeElement?.textContent === name, t('Last ned utfylt PDF'));
    }
    expect(reached).toBe(true);
    await phone.close();
  });
});
