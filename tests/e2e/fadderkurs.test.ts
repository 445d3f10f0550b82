import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from '../support/browser.ts';
import { pdfText, qpdfProblems } from '../support/pdf-tools.ts';
import { checkTagged, findTags, squash, taggingProblems } from '../support/pdf-tagging.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { layerView } from '../../src/lib/content/layers.ts';
import type { CollectionName } from '../../src/lib/content-check/collections.ts';
import { lix, readableText } from '../../src/lib/readability/lix.ts';
import { base, escapeRe, t } from '../support/strings.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { fill } from '../../src/lib/i18n/fill.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';

/**
 * The course for mentors as a mentor and a facilitator use it: every module and situation
 * from content/fadderkurs, feedback with the keyboard and without JavaScript, progress that
 * survives a reload, the certificate PDF with names in Arabic and Ethiopic script, and
 * handouts that print on one A4 page. One browser for the whole file.
 */

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const modules = readCollection(process.cwd(), 'fadderkurs').sort((a, b) => a.data.order - b.data.order);
const moduleUrl = (id: string) => `${siteUrl}fadderkurs/${id}/`;
const courseUrl = `${siteUrl}fadderkurs/`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The course's interface text in the site's language. */
const k = ui().course;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function axeProblems(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${label}: ${v.id} at ${n.target.join(' ')} – ${v.help}`));
}

/** The module's island hydrates when it scrolls into view, as on a phone. */
async function moduleIslandReady(page: Page): Promise<void> {
  await page.locator('.course-done').scrollIntoViewIfNeeded();
  await page.locator('.course-done[data-ready]').waitFor();
}

/** Marks every module done through the module pages, as a mentor would. */
async function completeCourse(page: Page): Promise<void> {
  for (const m of modules) {
    await page.goto(moduleUrl(m.id));
    await moduleIslandReady(page);
    await page.getByRole('button', { name: k.markDone }).click();
    await page.getByText(k.markedDone).waitFor();
  }
}

async function openCertificateForm(page: Page): Promise<void> {
  await page.goto(courseUrl);
  await page.locator('.course-progress[data-ready]').waitFor();
}

/** Fills the form on the course page and returns the downloaded PDF; fonts stay loaded between downloads on one page. */
async function downloadCertificate(page: Page, name: string, workplace: string): Promise<Uint8Array> {
  await page.getByLabel(t('Navnet ditt')).fill(name);
  await page.getByLabel(t('Arbeidsplassen din')).fill(workplace);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('Last ned kursbevis') }).click()]);
  expect(download.suggestedFilename()).toMatch(/^kursbevis-fadderkurs-\d{4}-\d{2}-\d{2}\.pdf$/);
  return new Uint8Array(readFileSync((await download.path())!));
}

describe('the course pages come from content', () => {
  test('there are three modules, each with 3–5 situations of three choices', () => {
    expect(modules.map((m) => m.data.order)).toEqual([1, 2, 3]);
    for (const m of modules) {
      expect(m.data.scenarios.length).toBeGreaterThanOrEqual(3);
      expect(m.data.scenarios.length).toBeLessThanOrEqual(5);
      for (const s of m.data.scenarios) expect(s.choices).toHaveLength(3);
    }
  });

  test.each(modules.map((m) => [m.id, m] as const))('%s: every situation, choice and feedback is on the page, with links to its method cards', (id, m) => {
    const html = readFileSync(join(siteDir, 'fadderkurs', id, 'index.html'), 'utf8');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
    for (const s of m.data.scenarios) {
      expect(text).toContain(s.situation);
      for (const c of s.choices) {
        expect(text).toContain(c.text);
        expect(text).toContain(c.feedback);
      }
    }
    // The situations' choices; the page's header has a <details> of its own (the phone menu).
    expect(html.match(/<details class="scenario__choice"/g)).toHaveLength(m.data.scenarios.length * 3);
    // A method card the copy hides (lokalt/skjul.yaml) is not linked; every other one is.
    const hidden = (ref: string) => { const [collection, id] = ref.split('/') as [CollectionName, string]; return layerView(process.cwd(), collection).hidden.includes(id); };
    for (const ref of m.data.tools) {
      if (hidden(ref)) expect(html).not.toContain(`href="${base}${ref}/"`);
      else expect(html).toContain(`href="${base}${ref}/"`);
    }
  });

  test('the facilitator guide has a 3 × 2-hour plan, every discussion question, the handouts and the sign-in sheet', () => {
    const html = readFileSync(join(siteDir, 'fadderkurs', 'for-kursholder', 'index.html'), 'utf8');
    expect(html).toContain('3 samlinger på 2 timer');
    for (const m of modules) {
      for (const q of m.data.scenarios.flatMap((s) => s.discuss)) expect(html).toContain(q);
      expect(html).toContain(`href="${base}fadderkurs/for-kursholder/ark/${m.id}/"`);
    }
    expect(html).toContain(`href="${base}fadderkurs/oppmoteliste.pdf"`);
  });

  test('every course page is measured by npm run lix and stays within its limit (35 for mentors)', () => {
    const pages = ['', ...modules.map((m) => m.id), 'for-kursholder', ...modules.map((m) => `for-kursholder/ark/${m.id}`)];
    for (const path of pages) {
      const html = readFileSync(join(siteDir, 'fadderkurs', path, 'index.html'), 'utf8');
      const limit = Number(/<meta name="lix-limit" content="(\d+)"/.exec(html)?.[1]);
      expect(limit, path).toBe(path === 'for-kursholder' ? 45 : 35);
      expect(lix(readableText(html)!).lix, path).toBeLessThanOrEqual(limit);
    }
  });

  test('mentors find the course from the front page, the fadder page and the method card', () => {
    for (const page of ['index.html', 'roller/fadder/index.html', 'metoder/fadderopplaering/index.html']) {
      expect(readFileSync(join(siteDir, page), 'utf8'), page).toContain(`href="${base}fadderkurs/"`);
    }
  });
});

describe('a mentor takes the course', () => {
  // Each test has a browser of its own (its own saved progress); one that needs a finished
  // course finishes it itself.
  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 320, height: 720 }, acceptDownloads: true });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  // The site-wide accessibility test runs axe on every page as built; here the feedback is open.
  test('every module passes axe with all feedback open, with no sideways scroll at 320 px', { timeout: 90_000 }, async () => {
    const problems: string[] = [];
    for (const url of modules.map((m) => moduleUrl(m.id))) {
      await page.goto(url);
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      problems.push(...(await axeProblems(page, url.slice(siteUrl.length - 1))));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${url}: ${overflow}px sideways scroll at 320 px`);
    }
    expect(problems).toEqual([]);
  });

  test('every choice\'s feedback opens with the keyboard alone', { timeout: 60_000 }, async () => {
    for (const m of modules) {
      await page.goto(moduleUrl(m.id));
      const feedback = page.locator('.scenario__feedback');
      const count = m.data.scenarios.length * 3;
      let opened = 0;
      // Tab through the page; every focused choice is opened with Enter and must show its feedback.
      for (let presses = 0; presses < 200 && opened < count; presses++) {
        await page.keyboard.press('Tab');
        const onChoice = await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY' && Boolean(document.activeElement.closest('.scenario')));
        if (!onChoice) continue;
        await page.keyboard.press('Enter');
        await expect(feedback.nth(opened).isVisible()).resolves.toBe(true);
        opened++;
      }
      expect(opened, m.id).toBe(count);
    }
  });

  test('progress survives a reload and shows on the course page; the certificate waits for the last module', async () => {
    await page.goto(moduleUrl(modules[0]!.id));
    await moduleIslandReady(page);
    await page.getByRole('button', { name: t('Jeg er ferdig med denne modulen') }).click();
    await page.reload();
    await moduleIslandReady(page);
    await expect(page.locator('.course-done__status').textContent()).resolves.toMatch(new RegExp(escapeRe(k.doneOn).replace('\\{date\\}', '\\d{1,2}\\. \\p{L}+ \\d{4}'), 'u'));
    await expect(page.getByRole('button', { name: t('Merk som ikke fullført') }).isVisible()).resolves.toBe(true);
    await page.goto(courseUrl);
    await page.locator('.course-progress[data-ready]').waitFor();
    await expect(page.getByText(fill(k.count, { n: 1, total: modules.length })).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: t('Last ned kursbevis') }).count()).resolves.toBe(0);
  });

  test('a finished course gives a one-page kursbevis with the exact name in Arabic and in Ethiopic script', { timeout: 60_000 }, async () => {
    await completeCourse(page);
    await expect(page.getByRole('link', { name: t('Gå til kursbeviset') }).isVisible()).resolves.toBe(true);
    await openCertificateForm(page);
    for (const [name, workplace] of [['محمد الأحمد', 'Eksempel sykehjem'], ['ዳዊት ተስፋማርያም', 'Máret Čuđets kafé']] as const) {
      const bytes = await downloadCertificate(page, name, workplace);
      expect(qpdfProblems(bytes)).toBe('');
      const tags = await checkTagged(bytes);
      expect(tags.problems).toEqual([]);
      // The Arabic name is tagged as Arabic; the Ethiopic one is left in the document's language (no guess).
      const arabic = findTags(tags.root, 'Span').filter((s) => s.lang === 'ar').map((s) => squash(s.actualText ?? s.text));
      expect(arabic).toEqual(/\p{Script=Arabic}/u.test(name) ? [name] : []);
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
      const text = pdfText(bytes);
      expect(text).toContain(name);
      expect(text).toContain(workplace);
      expect(text).toContain(loadMunicipality().name);
      expect(text).toMatch(/Dato \d{1,2}\. \p{L}+ \d{4}/u);
      for (const m of modules) expect(text).toContain(m.data.covers[0]!);
      await expect(page.getByText(k.made).isVisible()).resolves.toBe(true);
    }
  });

  test('the name is stored only when the mentor ticks the box, and missing fields are named next to them', { timeout: 60_000 }, async () => {
    await completeCourse(page);
    await openCertificateForm(page);
    // A name typed and downloaded without the box ticked is not kept.
    await downloadCertificate(page, 'ዳዊት ተስፋማርያም', 'Lager nord');
    await openCertificateForm(page);
    expect(await page.getByLabel(k.name).inputValue()).toBe('');
    const stored = () => page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.endsWith(':fadderkurs')).map(([, v]) => v).join(''));
    expect(await stored()).not.toContain('ዳዊት');
    await page.getByLabel(t('Navnet ditt')).fill('');
    await page.getByRole('button', { name: t('Last ned kursbevis') }).click();
    await expect(page.getByText(k.nameRequired).isVisible()).resolves.toBe(true);
    await expect(page.getByText(k.workplaceRequired).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('kursbevis-name');
    await expect(page.getByLabel(t('Navnet ditt')).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeProblems(page, 'kursbevis with errors')).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a remembered name is filled in after a reload, and can be deleted', { timeout: 60_000 }, async () => {
    await completeCourse(page);
    await openCertificateForm(page);
    await page.getByLabel(t('Navnet ditt')).fill('Олена Шевченко');
    await page.getByLabel(t('Arbeidsplassen din')).fill('Lager nord');
    await page.getByLabel(t('Husk navnet mitt i denne nettleseren')).check();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('Last ned kursbevis') }).click()]);
    await page.reload();
    await page.locator('.course-progress[data-ready]').waitFor();
    await expect(page.getByLabel(t('Navnet ditt')).inputValue()).resolves.toBe('Олена Шевченко');
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: t('Slett framdriften og navnet fra denne nettleseren') }).click();
    await expect(page.getByText(fill(k.count, { n: 0, total: modules.length })).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':fadderkurs')).length)).resolves.toBe(0);
  });
});

describe('the certificate says only what is true (issue 27)', () => {
  const situations = modules.reduce((sum, m) => sum + m.data.scenarios.length, 0);

  /** Ticks every module done; with `answer`, first opens one answer in every situation, as a mentor practising would. */
  async function takeCourse(page: Page, answer: boolean): Promise<void> {
    for (const m of modules) {
      await page.goto(moduleUrl(m.id));
      await moduleIslandReady(page);
      if (answer) {
        for (const scenario of m.data.scenarios) await page.locator(`[data-scenario="${scenario.id}"] summary`).first().click();
        await page.getByText(fill(k.answered, { n: m.data.scenarios.length, total: m.data.scenarios.length })).waitFor();
      }
      await page.getByRole('button', { name: t('Jeg er ferdig med denne modulen') }).click();
      await page.getByText(k.markedDone).waitFor();
    }
    await openCertificateForm(page);
  }

  test('modules only ticked as done: the course page and the certificate say the mentor marked them herself', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await takeCourse(page, false);
    await expect(page.getByText(k.basisSelfReported).isVisible()).resolves.toBe(true);
    const text = pdfText(await downloadCertificate(page, 'Máret Čuđet', 'Lager nord')).replace(/\s+/g, ' ');
    expect(text).toContain(t('har selv markert alle {modules} modulene i fadderkurset som fullført.', { modules: modules.length }));
    expect(text).not.toContain(t('har fullført alle {modules} modulene i fadderkurset og svart på alle {situations} situasjonene.', { modules: modules.length, situations }));
    await context.close();
  });

  test('every situation answered: the certificate says so', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await takeCourse(page, true);
    await expect(page.getByText(k.basisPractised).isVisible()).resolves.toBe(true);
    const text = pdfText(await downloadCertificate(page, 'Máret Čuđet', 'Lager nord')).replace(/\s+/g, ' ');
    expect(text).toContain(t('har fullført alle {modules} modulene i fadderkurset og svart på alle {situations} situasjonene.', { modules: modules.length, situations }));
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('every choice\'s feedback still opens, and the page says what needs JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const m of modules) {
      await page.goto(moduleUrl(m.id));
      const summaries = page.locator('.scenario details > summary');
      await expect(summaries.count()).resolves.toBe(m.data.scenarios.length * 3);
      for (let i = 0; i < m.data.scenarios.length * 3; i++) await summaries.nth(i).click({ force: true });
      // Each click opened its own choice: every feedback is now shown.
      const feedback = page.locator('.scenario__feedback');
      for (let i = 0; i < m.data.scenarios.length * 3; i++) await expect(feedback.nth(i).isVisible()).resolves.toBe(true);
      await expect(page.getByText(k.noJs).isVisible()).resolves.toBe(true);
    }
    await context.close();
  });
});

describe('for the facilitator', () => {
  test('each module\'s handout prints on one A4 page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const m of modules) {
      await page.goto(`${courseUrl}for-kursholder/ark/${m.id}/`);
      const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect((await PDFDocument.load(bytes)).getPageCount(), m.id).toBe(1);
      expect(pdfText(bytes)).toContain(m.data.scenarios[0]!.title);
    }
    await context.close();
  });

  test('the sign-in sheet is a sound one-page PDF', async () => {
    const file = join(siteDir, 'fadderkurs', 'oppmoteliste.pdf');
    expect(existsSync(file)).toBe(true);
    const bytes = new Uint8Array(readFileSync(file));
    expect(qpdfProblems(bytes)).toBe('');
    expect(await taggingProblems(bytes)).toEqual([]);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    const text = pdfText(bytes);
    for (let s = 1; s <= modules.length; s++) expect(text).toContain(`Samling ${s}`);
  });
});

describe('search', () => {
  test('«kurs for faddere» and «kursbevis» find the course among the first three hits', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const query of ['kurs for faddere', 'kursbevis']) {
      await page.goto(`${siteUrl}sok/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results a');
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs.some((h) => h.startsWith(`${base}fadderkurs/`)), `${query}: ${hrefs.join(', ')}`).toBe(true);
    }
    await context.close();
  });
});
