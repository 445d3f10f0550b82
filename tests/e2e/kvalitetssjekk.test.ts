import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from '../support/browser.ts';
import { pdfText, qpdfProblems } from '../support/pdf-tools.ts';
import { taggingProblems } from '../support/pdf-tagging.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { allIndicators, buildCheck, type Score } from '../../src/lib/quality/check.ts';
import { createAssessment, setAnswer } from '../../src/lib/quality/assessment.ts';
import { exportFile, storageKey } from '../../src/lib/quality/storage.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { patternOf, t, tPattern } from '../support/strings.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { fill } from '../../src/lib/i18n/fill.ts';

/**
 * Kvalitetssjekken in real Chromium: a whole assessment with the keyboard alone, the
 * report as PDF, autosave across a reload, change over time, import conflicts, axe on
 * every state and a 320 px phone.
 */

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const pageUrl = `${siteUrl}kvalitetssjekk/`;
const check = buildCheck(readCollection(process.cwd(), 'kvalitetssjekk'));
const indicators = allIndicators(check);
const kommune = loadMunicipality();
const key = storageKey(kommune.basePath);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const domId = (k: string) => `kv-${k.replace('/', '--')}`;

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function open(context: BrowserContext, seed?: string): Promise<Page> {
  const page = await context.newPage();
  if (seed !== undefined) await page.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k!, v!); sessionStorage.setItem('seeded', '1'); } }, [key, seed]);
  await page.goto(pageUrl);
  await page.locator('.kv-app').waitFor();
  return page;
}

async function axe(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${label}: ${v.id} at ${n.target.join(' ')} – ${v.help}`));
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Presses Tab until the focused element matches, as a keyboard user would; fails after too many stops. */
async function tabTo(page: Page, matches: string, text?: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(([sel, txt]) => {
      const el = document.activeElement;
      return !!el && el.matches(sel!) && (!txt || (el.textContent ?? '').trim() === txt);
    }, [matches, text] as const);
    if (hit) return;
  }
  throw new Error(`Tab never reached ${matches} ${text ?? ''}`);
}

/** Planned scores: mostly 4; three clear weakest (1, 2, 2) and a few others. */
const planned: Score[] = indicators.map((_, i) => (i === 5 ? 1 : i === 12 || i === 19 ? 2 : i === 0 ? 3 : i === 8 ? 5 : 4));
const expectedAverage = (g: number) => {
  const keys = check.groups[g]!.indicators.map((i) => indicators.indexOf(i));
  const avg = keys.reduce((s, i) => s + planned[i]!, 0) / keys.length;
  return (Math.round(avg * 10) / 10).toFixed(1).replace('.', ',');
};

describe('Kvalitetssjekken', () => {
  test('without JavaScript every indicator is readable, and nothing on the page can submit', async () => {
    const html = readFileSync(join(siteDir, 'kvalitetssjekk', 'index.html'), 'utf8');
    // The site header's search form is the only form; the check itself has none that could submit.
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main.includes('<form')).toBe(false);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const i of indicators) {
      expect(text).toContain(i.title);
      expect(text).toContain(i.levels[1].replace(/\s+/g, ' '));
    }
    expect(text).toContain(ui().quality.noJs);
    await context.close();
  });

  test('a whole assessment with the keyboard alone gives the expected scores, weakest three and a PDF with every indicator', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 900 } });
    const page = await open(context);
    // The empty start state is covered by the axe run over every page (accessibility.test.ts).
    const problems: string[] = [];
    // The date field starts at today's date; the keyboard user keeps it.
    await tabTo(page, '#kv-new-date');
    const day = await page.locator('#kv-new-date').inputValue();
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await tabTo(page, 'button', t('Start vurderingen'));
    await page.keyboard.press('Enter');
    await page.locator('#kv-step-heading').waitFor();
    problems.push(...(await axe(page, 'answer, part 1')));

    for (const [g, group] of check.groups.entries()) {
      for (const indicator of group.indicators) {
        const n = indicators.indexOf(indicator);
        const id = domId(indicator.key);
        await tabTo(page, `input[type=radio][name="${id}"]`);
        await page.keyboard.press('Space');
        for (let s = 1; s < planned[n]!; s++) await page.keyboard.press('ArrowRight');
        if (n === 0) {
          await tabTo(page, `#${id}-note`);
          await page.keyboard.type('Avtalen med butikken går ut i mars – ሰላም');
        }
        if (indicator.benchmark) {
          await tabTo(page, `#${id}-value`);
          await page.keyboard.type('61');
          await tabTo(page, `#${id}-goal`);
          await page.keyboard.type('70');
          problems.push(...(await axe(page, 'answer, figure')));
        }
      }
      const last = g === check.groups.length - 1;
      await tabTo(page, 'button', last ? t('Se resultatet') : t('Neste del'));
      await page.keyboard.press('Enter');
      if (!last) await expect.poll(() => page.locator('#kv-step-heading').textContent()).toBe(check.groups[g + 1]!.title);
      // Focus moved to the new part's heading, so the next Tab starts at its top.
      if (!last) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kv-step-heading');
    }

    await page.locator('.kv-report').waitFor();
    problems.push(...(await axe(page, 'result')));
    const rows = await page.locator('.kv-table').first().locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').slice(0, 2).join(' ').trim())).toEqual(check.groups.map((g, i) => `${g.title} ${expectedAverage(i)}`));
    const weakest = await page.locator('.kv-weakest > li > strong').allTextContents();
    expect(weakest).toEqual([indicators[5]!.title, indicators[12]!.title, indicators[19]!.title]);
    // The weakest come with the method cards that help.
    expect(await page.locator('.kv-weakest .kv-help a[href*="/metoder/"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.kv-save').textContent()).toMatch(new RegExp(`^${patternOf(ui().quality.savedAt).source}$`));

    await tabTo(page, 'button', t('Last ned rapporten (PDF)'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`kvalitetssjekk-rapport-${day}.pdf`);
    const pdf = readFileSync(await download.path());
    expect(qpdfProblems(pdf)).toBe('');
    expect(await taggingProblems(new Uint8Array(pdf))).toEqual([]);
    const text = pdfText(pdf);
    expect(text).toContain(kommune.name);
    expect(text).toContain(formatDate(new Date(`${day}T00:00:00Z`)));
    for (const i of indicators) {
      expect(text, i.key).toContain(i.title.replace(/\s+/g, ' '));
      expect(text, i.key).toContain(i.measures.replace(/\s+/g, ' '));
    }
    // The sentence's end (a year, if given, then a full stop) is left open.
    expect(text).toContain(t('Kommunens tall: {value}.', { value: '61 %' }).replace(/\.$/, ''));
    // On paper the method cards that help are given by their full address.
    expect(text).toContain(`${siteUrl}metoder/`);
    expect(text).toContain('ሰላም');

    // The printed report: the result and every answer, no controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.kv-views').isVisible()).toBe(false);
    expect(await page.locator('.kv-data').isVisible()).toBe(false);
    expect(await page.locator('.kv-report').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a note typed and reloaded at once is still there; scores survive too', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await page.getByRole('button', { name: t('Start vurderingen') }).click();
    const first = domId(indicators[0]!.key);
    await page.locator(`input[name="${first}"][value="2"]`).check();
    await page.locator(`#${first}-note`).pressSequentially('Ingen oversikt over datoer', { delay: 5 });
    // While the note waits for its save, the page says so, so the offline update never reloads over it.
    expect(await page.evaluate(() => 'unsaved' in document.documentElement.dataset)).toBe(true);
    await page.reload();
    await page.locator(`#${first}-note`).waitFor();
    expect(await page.locator(`#${first}-note`).inputValue()).toBe('Ingen oversikt over datoer');
    expect(await page.locator(`input[name="${first}"][value="2"]`).isChecked()).toBe(true);
    expect(await page.evaluate(() => 'unsaved' in document.documentElement.dataset)).toBe(false);
    await context.close();
  });

  test('two assessments on different dates show the change per part, in the comparison and in the report', async () => {
    const score = (date: string, s: Score, at: string) => {
      let a = createAssessment(date, new Date(at));
      for (const i of check.groups[0]!.indicators) a = setAnswer(a, i.key, { score: s }, new Date(at));
      for (const i of check.groups[1]!.indicators) a = setAnswer(a, i.key, { score: 3 }, new Date(at));
      return a;
    };
    const older = score('2025-11-10', 2, '2025-11-10T10:00:00Z');
    const newer = score('2026-11-12', 4, '2026-11-12T10:00:00Z');
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await open(context, JSON.stringify({ version: 1, assessments: [older, newer], activeId: newer.id }));
    await page.getByRole('button', { name: t('Sammenlign over tid') }).click();
    const rows = await page.locator('.kv-change tbody tr').allInnerTexts();
    expect(rows[0]!.replace(/\s+/g, ' ')).toBe(`${check.groups[0]!.title} 2,0 4,0 +2,0`);
    expect(rows[1]!.replace(/\s+/g, ' ')).toBe(`${check.groups[1]!.title} 3,0 3,0 ±0,0`);
    expect(rows[2]!.replace(/\s+/g, ' ')).toBe(`${check.groups[2]!.title} – – –`);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    const problems = await axe(page, 'compare');
    await page.getByRole('button', { name: t('Resultat og rapport') }).click();
    await expect.poll(() => page.locator('.kv-report caption').allTextContents()).toContain(fill(ui().quality.changeSince, { date: '10. november 2025' }));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: t('Svar'), exact: true }).click();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    problems.push(...(await axe(page, 'answer at 320 px')));
    expect(problems).toEqual([]);
    await context.close();
  });

  test('importing an older file with a conflict asks, never overwrites silently, and says what happened', async () => {
    const stored = setAnswer(createAssessment('2026-11-12', new Date('2026-11-12T09:00:00Z')), indicators[0]!.key, { score: 4, note: 'Lagret i nettleseren' }, new Date('2026-11-20T09:00:00Z'));
    const fileVersion = setAnswer(stored, indicators[0]!.key, { score: 1, note: 'Fra fila forrige uke' }, new Date('2026-11-13T09:00:00Z'));
    const extra = setAnswer(createAssessment('2025-11-10'), indicators[1]!.key, { score: 3 });
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await open(context, JSON.stringify({ version: 1, assessments: [stored], activeId: stored.id }));
    const saved = () => page.evaluate((k) => localStorage.getItem(k), key);
    const before = await saved();
    const input = page.getByLabel(t('Hent vurderinger fra fil'));
    const file = { name: 'kvalitetssjekk-2026-11-13.json', mimeType: 'application/json', buffer: Buffer.from(exportFile([fileVersion, extra])) };

    // A broken file is refused next to the control, and nothing changes.
    await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "praksis') });
    await expect.poll(() => page.locator('#kv-import-error').textContent()).toMatch(tPattern('Filen er ikke gyldig JSON. Velg en fil du har lastet ned fra {source}.'));
    const problems = await axe(page, 'import error');
    expect(await saved()).toBe(before);

    await input.setInputFiles(file);
    await page.locator('.kv-conflict').waitFor();
    expect(await page.locator('.kv-conflict').innerText()).toContain(t('Den lagrede er nyest.'));
    expect(await page.getByLabel(tPattern('Behold den lagrede (sist endret {when})')).isChecked()).toBe(true);
    // The file field is disabled while the choice is open: focus moves to the question.
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await expect.poll(focusedText).toBe(t('Noen vurderinger finnes allerede, men er ulike'));
    expect(await saved()).toBe(before);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    problems.push(...(await axe(page, 'import conflict')));
    await page.getByRole('button', { name: t('Avbryt importen') }).click();
    await expect.poll(() => page.locator('.kv-import-status').textContent()).toBe(t('Importen er avbrutt. Ingenting er endret.'));
    // Back on the file field, where the user started.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kv-import');
    expect(await saved()).toBe(before);

    await input.setInputFiles(file);
    await page.getByLabel(t('Behold begge')).check();
    await page.getByRole('button', { name: t('Fullfør importen') }).click();
    await expect.poll(() => page.locator('.kv-import-status').textContent()).toBe(t('Hentet fra fil: {parts}.', { parts: `${t('{n} ny vurdering lagt til', { n: 1 })}. ${t('{n} vurdering lagt til som kopi ved siden av den lagrede', { n: 1 })}` }));
    await expect.poll(async () => JSON.parse((await saved())!).assessments.length).toBe(3);
    const after = JSON.parse((await saved())!);
    expect(after.assessments.find((a: { id: string }) => a.id === stored.id).answers[indicators[0]!.key].note).toBe('Lagret i nettleseren');
    expect(after.assessments.filter((a: { importedCopy?: boolean }) => a.importedCopy)).toHaveLength(1);

    // The same file again: everything is identical now except the original conflict, which stays the user's choice.
    await input.setInputFiles(file);
    await page.getByRole('button', { name: t('Fullfør importen') }).click();
    await expect.poll(() => page.locator('.kv-import-status').textContent()).toBe(t('Hentet fra fil: {parts}.', { parts: `${t('{n} lagret vurdering beholdt uendret (fila ble ikke brukt)', { n: 1 })}. ${t('{n} vurdering var lik den du har, og ble ikke endret', { n: 1 })}` }));
    expect(problems).toEqual([]);
    await context.close();
  });
});
