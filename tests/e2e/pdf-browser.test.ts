import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { benchFollowUp, pdfChunk } from '../support/pdf-chunk.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { taggingProblems } from '../support/pdf-tagging.ts';

/**
 * The filled-plan PDF made in the browser, through the built chunk on a page of the built
 * site (with its CSP), as any view calls it: which files it fetches (Chromium's network
 * log, the Web Worker's requests included) and what comes out.
 */
describe('the filled plan PDF in Chromium', () => {
  const siteUrl = inject('siteUrl');
  const chunkUrl = siteUrl + pdfChunk(inject('siteDir'));
  let browser: Browser;
  beforeAll(async () => (browser = await launchChromium()));
  afterAll(() => browser.close());

  async function makePdf(alias: string, note?: string): Promise<{ requests: string[]; warnings: string[]; bytes: Uint8Array; context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${siteUrl}handbok/om-handboka/`);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const followUp = benchFollowUp(alias);
    const [download, warnings] = await Promise.all([
      page.waitForEvent('download'),
      // A string, not a function: Vitest would rewrite import() inside a test's function source.
      page.evaluate(`(async ({ chunkUrl, planUrl, followUp, note }) => {
        const plan = await (await fetch(planUrl)).json();
        const task = plan.phases[0].tasks.sprak[0].id;
        const m = await import(chunkUrl);
        const withNote = note ? { ...followUp, assessments: { [task]: { note, updatedAt: '' } } } : followUp;
        const r = await m.downloadFilledPlan({ plan, followUp: withNote, municipality: { name: 'Eksempel kommune' } });
        return r.warnings;
      })(${JSON.stringify({ chunkUrl, planUrl: `${siteUrl}planer/renhold.json`, followUp, note })})`) as Promise<string[]>,
    ]);
    expect(download.suggestedFilename()).toMatch(/^opplaeringsplan-renhold-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = new Uint8Array(readFileSync(await download.path()));
    // The filled plan is a tagged PDF, whatever the names in it (issue 30).
    expect(await taggingProblems(bytes)).toEqual([]);
    return { requests, warnings, bytes, context, page };
  }

  test('a Latin-only name fetches the Latin faces only: no Arabic, Ethiopic or Cyrillic file and no fontkit', async () => {
    const { requests, warnings, bytes, context } = await makePdf('Bjørn Ærlig');
    const fonts = requests.filter((p) => p.endsWith('.woff'));
    expect(fonts.some((p) => p.includes('noto-sans-latin-400'))).toBe(true);
    expect(fonts.filter((p) => /arabic|ethiopic|cyrillic|greek|vietnamese|latin-ext/.test(p))).toEqual([]);
    expect(requests.filter((p) => p.includes('fontkit'))).toEqual([]);
    expect(warnings).toEqual([]);
    expect((await PDFDocument.load(bytes)).getForm().getTextField('deltaker').getText()).toBe('Bjørn Ærlig');
    await context.close();
  });

  test('an Arabic name and a Tigrinya note fetch their faces and fontkit, and come back exactly from the text layer', async () => {
    const name = 'ژیلا پژواک';
    const note = 'ሃብተ ገብረሚካኤል';
    const { requests, warnings, bytes, context } = await makePdf(name, note);
    const fonts = requests.filter((p) => p.endsWith('.woff'));
    expect(fonts.some((p) => p.includes('arabic'))).toBe(true);
    expect(fonts.some((p) => p.includes('ethiopic'))).toBe(true);
    expect(fonts.filter((p) => /cyrillic|greek/.test(p))).toEqual([]);
    expect(requests.some((p) => p.includes('fontkit'))).toBe(true);
    expect(warnings).toEqual([]);
    expect((await PDFDocument.load(bytes)).getForm().getTextField('deltaker').getText()).toBe(name);
    const text = pdfText(bytes);
    expect(text).toContain(name);
    expect(text).toContain(note);
    await context.close();
  });

  test('a letter no font has is named in a warning, and the file is still made', async () => {
    const { warnings, bytes, context } = await makePdf('Ana ꦲꦤ');
    expect(warnings.join(' ')).toContain('ꦲ');
    expect((await PDFDocument.load(bytes)).getForm().getTextField('deltaker').getText()).toBe('Ana ꦲꦤ');
    await context.close();
  });
});
