import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const methods = readdirSync(join(siteDir, 'metoder'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => { await browser?.close(); });

describe('printing', () => {
  test('there are method cards', () => expect(methods.length).toBeGreaterThanOrEqual(14));

  test.each(methods)('the method card %s prints on one A4 page', async (id) => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}metoder/${id}/`);
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pdf.getPageCount()).toBe(1);
    await page.close();
  });
});
