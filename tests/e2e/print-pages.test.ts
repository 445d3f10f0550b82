import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { chromiumForFile } from '../support/browser.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { walk } from '../support/site-links.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { FRAME } from '../../src/lib/i18n/frame.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const kommune = loadMunicipality();
const t = ui();
// The footer's date line, in the site's language (ReviewedLine and the print footer's «published»).
const DATE = new RegExp(`(${t.reviewed}|${t.finish.printPublished}): \\d{1,2}\\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \\d{4}`);
/** A page's full public address, as the print footer writes it (siteUrl may have a path of its own). */
const addressOf = (path: string) => new URL(`${kommune.basePath}${path}`, kommune.siteUrl).href;
const chromium = chromiumForFile();

async function printed(path: string): Promise<Uint8Array> {
  const page = await chromium().newPage();
  await page.goto(`${siteUrl}${path}`);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.close();
  return pdf;
}

/** Each sheet's text: pdftotext separates sheets with a form feed. */
const sheets = (pdf: Uint8Array) => pdfText(pdf).split('\f').filter((s) => s.trim());

describe('every printed sheet says where it comes from', () => {
  const pages = walk(siteDir, (n) => n === 'index.html' || n === '404.html').map((file) => relative(siteDir, file).split(sep).join('/'));

  test('every page carries its web address, the municipality and a date for the print footer', () => {
    expect(pages.length).toBeGreaterThan(40);
    const missing = pages.filter((file) => {
      const html = readFileSync(`${siteDir}/${file}`, 'utf8');
      const footer = /<html[^>]*\sstyle="--print-footer: ([^"]*)"/.exec(html)?.[1] ?? '';
      // The 404 page and the offline page are served at any address, so they name the site's front page.
      const anywhere = file === '404.html' || file === 'frakoblet/index.html';
      const address = addressOf(anywhere ? '' : file.replace(/index\.html$/, ''));
      return !(footer.includes(`${address} `) && footer.includes(kommune.name) && DATE.test(footer));
    });
    expect(missing).toEqual([]);
  });

  // One page of each kind, printed in Chromium: the footer is on every sheet.
  test.each(['', 'handbok/for-praksis/', 'metoder/trekantsamtale/', 'planer/renhold/', 'skjema/praksisattest/', 'roller/fadder/', 'sok/'])(
    'the print of /%s shows the address, municipality and date on every sheet',
    async (path) => {
      const all = sheets(await printed(path));
      expect(all.length).toBeGreaterThan(0);
      for (const sheet of all) {
        // The whole address, not only the path: a footer with the wrong host or base path fails.
        expect(sheet.replace(/\s+/g, '')).toContain(addressOf(path));
        expect(sheet).toContain(kommune.name);
        expect(sheet).toMatch(DATE);
      }
    },
  );

  test('a page with a review date prints that date, not the publishing date', async () => {
    const [first] = sheets(await printed('planer/renhold/'));
    expect(first).toMatch(new RegExp(`${t.reviewed}: \\d{1,2}\\. \\p{L}+ \\d{4}`, 'u'));
    expect(first).not.toMatch(new RegExp(`${t.finish.printPublished}:`));
  });
});

describe('a plan prints without a half-empty first sheet', () => {
  test('the first sheet holds the first phase heading together with its task table', async () => {
    const [first] = sheets(await printed('planer/renhold/'));
    expect(first).toContain('Fase 1');
    expect(first).toContain(t.planPage.point);
    expect(first).toContain(FRAME[kommune.language].points.arbeid.label);
  });

  test('the task table uses the full width of A4', async () => {
    const page = await chromium().newPage();
    await page.goto(`${siteUrl}planer/renhold/`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 680, height: 1000 });
    const widths = await page.locator('.plan-table').first().evaluate((t) => ({
      table: t.getBoundingClientRect().width,
      tasks: t.querySelector('tbody td')!.getBoundingClientRect().width,
      main: document.querySelector('main')!.getBoundingClientRect().width,
    }));
    expect(widths.table).toBeGreaterThanOrEqual(widths.main - 2);
    expect(widths.tasks / widths.table).toBeGreaterThan(0.6);
    await page.close();
  });
});
