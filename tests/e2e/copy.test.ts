import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { buildSiteLog, cleanEnv } from '../support/build-site.ts';
import { spawnSync } from 'node:child_process';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { checkTagged, elementsWithLang, languageOf } from '../support/pdf-tagging.ts';
import { walk } from '../support/site-links.ts';
import { COPY, nynorskCopy } from '../support/nynorsk-copy.ts';
import { bokmalWords, interfaceText } from '../support/bokmal-scan.ts';
import { FRAME } from '../../src/lib/i18n/frame.ts';
import { PDF_LABELS } from '../../src/lib/i18n/pdf-labels.ts';
import { nn } from '../../src/lib/i18n/nn.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { progressStorageKey } from '../../src/lib/fadderkurs/progress.ts';
import { allIndicators, buildCheck } from '../../src/lib/quality/check.ts';
import { createAssessment, setAnswer, setFigure } from '../../src/lib/quality/assessment.ts';
import { storageKey as qualityStorageKey } from '../../src/lib/quality/storage.ts';

/**
 * A municipality's copy made by script as ADOPTING.md says (tests/support/nynorsk-copy.ts):
 * nynorsk, under /praksis/, with its own identity, plan, override, extension, hidden page and
 * privacy facts. The checks here are the ones that depend on identity, language and base path,
 * and the last describe runs a few of the project's own browser test files inside the copy.
 * The copy's whole `npm test` is `npm run test:kopi` (scripts/test-copy.ts), run by its own
 * workflow (.github/workflows/copy.yml): twice the suite would not fit this suite's CI time.
 */
const root = process.cwd();
let dir: string;
let dist: string;
let site: StaticSite;
let browser: Browser;
let buildLog = '';

beforeAll(async () => {
  dir = nynorskCopy(root);
  dist = join(dir, 'dist');
  buildLog = buildSiteLog(dir, dist);
  site = await serveStatic(dist, COPY.basePath);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pages = () => walk(dist, (name) => name.endsWith('.html'));

describe('a nynorsk copy under a sub-path', () => {
  test('every page is nynorsk, names the copy, and has no bokmål interface text outside content marked lang="nb"', () => {
    expect(pages().length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const page of pages()) {
      const html = readFileSync(page, 'utf8');
      // A participant's page in their language (/sprak/<kode>/…) is in that language; its
      // header, menu and footer stay in the copy's nynorsk.
      const translated = /[\\/]sprak[\\/]([a-z]{2,3})[\\/]/.exec(page.slice(dist.length))?.[1];
      if (translated) {
        expect(html, page).toMatch(new RegExp(`<html[^>]* lang="${translated}"`));
        expect(html, page).toMatch(/<div lang="nn"><a class="skip-link"/);
      } else expect(html, page).toMatch(/<html[^>]* lang="nn"/);
      expect(html, page).toContain(COPY.name);
      for (const hit of bokmalWords(interfaceText(html))) found.push(`${page.slice(dist.length)}: …${hit}…`);
    }
    expect(found).toEqual([]);
  });

  test('the scan can fail: bokmål interface text on a nynorsk page is found, and the same text marked lang="nb" is not', () => {
    expect(bokmalWords(interfaceText('<html lang="nn"><body><h2>Hvem er du?</h2></body></html>'))).toHaveLength(1);
    expect(bokmalWords(interfaceText('<html lang="nn"><body><div lang="nb"><h2>Hvem er du?</h2></div></body></html>'))).toEqual([]);
    // A page's own title and meta description count too (the plan list's said «Opplæringsplaner … faser … målepunkter»).
    expect(bokmalWords(interfaceText('<html lang="nn"><head><title>Fadderkurset: veiledning for kursholdere</title><meta name="description" content="Opplæringsplaner for praksis i ni bransjer, med tre faser og tre målepunkter."></head></html>'))).toHaveLength(5);
  });

  test('the copy\'s own plan PDF is nynorsk throughout; a shared plan\'s PDF has nynorsk labels around its bokmål content', async () => {
    const own = pdfText(readFileSync(join(dist, 'pdf/planer/frisor.pdf')));
    expect(own).toContain(PDF_LABELS.nn.participant);
    expect(own).toContain(FRAME.nn.mastery[1].label);
    expect(bokmalWords(own)).toEqual([]);

    const plan = parse(readFileSync(join(dir, 'content/planer/butikk.yaml'), 'utf8')) as Record<string, unknown>;
    // The plan's own text (bokmål content) is taken out; what is left is the PDF's interface.
    const contentStrings = JSON.stringify(plan).match(/"(?:[^"\\]|\\.)*"/g)!.map((s) => JSON.parse(s) as string).filter((s) => s.length > 3).sort((a, b) => b.length - a.length);
    let shared = pdfText(readFileSync(join(dist, 'pdf/planer/butikk.pdf')));
    for (const text of contentStrings) shared = shared.replaceAll(text.replace(/\s+/g, ' '), ' ');
    expect(shared).toContain(PDF_LABELS.nn.workplace);
    expect(bokmalWords(shared)).toEqual([]);

    // Read aloud: both documents are nynorsk; the shared plan's text is tagged bokmål, the copy's own plan has nothing to tag.
    const ownTags = await checkTagged(readFileSync(join(dist, 'pdf/planer/frisor.pdf')));
    expect([ownTags.lang, elementsWithLang(ownTags.root).map((e) => e.lang)]).toEqual(['nn-NO', []]);
    const sharedTags = await checkTagged(readFileSync(join(dist, 'pdf/planer/butikk.pdf')));
    const task = (plan.phases as { tasks: Record<string, { text: string }[]> }[])[0]!.tasks;
    expect([sharedTags.lang, languageOf(sharedTags, Object.values(task)[0]![0]!.text), languageOf(sharedTags, PDF_LABELS.nn.workplace)]).toEqual(['nn-NO', 'nb-NO', 'nn-NO']);
  });

  test('the course certificate, the sign-in sheet and the quality report it makes have no bokmål words outside the shared content', { timeout: 120_000 }, async () => {
    // The shared content the PDFs print (module and indicator titles, what they cover) is bokmål.
    const shared: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') shared.push(v.replace(/\s+/g, ' ').trim());
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    const modules = readCollection(dir, 'fadderkurs');
    const groups = readCollection(dir, 'kvalitetssjekk');
    for (const entry of [...modules, ...groups]) collect(entry.data);
    shared.sort((a, b) => b.length - a.length);
    // A method card linked from the report is written as «title (address)»: the title is content.
    const interfaceOf = (bytes: Uint8Array) => shared.reduce((text, s) => (s.length > 3 ? text.replaceAll(s, ' ') : text), pdfText(bytes)).replace(/[^,:]+\(https?:[^)]+\)/g, ' ');

    const sheet = readFileSync(join(dist, 'fadderkurs/oppmoteliste.pdf'));
    expect(bokmalWords(interfaceOf(sheet)), 'sign-in sheet').toEqual([]);

    // A mentor who has ticked every module, and a self-assessment with scores, a note and a figure.
    const check = buildCheck(groups);
    const indicators = allIndicators(check);
    let assessment = createAssessment('2026-11-12');
    indicators.slice(0, 6).forEach((indicator, n) => { assessment = setAnswer(assessment, indicator.key, { score: ([1, 2, 3, 4, 5, 2] as const)[n]!, note: n === 0 ? 'Avtalen med butikken går ut i mars' : '' }); });
    assessment = setFigure(assessment, indicators.find((i) => i.benchmark)!.key, { value: 61, year: 2025 });
    const seed: [string, string][] = [
      [progressStorageKey(COPY.basePath), JSON.stringify({ version: 1, completed: Object.fromEntries(modules.map((m) => [m.id, '2026-12-02'])) })],
      [qualityStorageKey(COPY.basePath), JSON.stringify({ version: 1, assessments: [assessment], activeId: assessment.id })],
    ];
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript((entries) => { for (const [k, v] of entries) localStorage.setItem(k, v); }, seed);
    const page = await context.newPage();
    const downloaded = async (button: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      return new Uint8Array(readFileSync((await file.path())!));
    };

    await page.goto(`${site.url}fadderkurs/`);
    await page.locator('.course-progress[data-ready]').waitFor();
    await page.getByLabel(nn.course.name).fill('Máret Čuđet');
    await page.getByLabel(nn.course.workplace).fill('Salong');
    const certificate = await downloaded(nn.course.download);
    expect(pdfText(certificate)).toContain('Máret Čuđet');
    expect(bokmalWords(interfaceOf(certificate)), 'course certificate').toEqual([]);
    const certificateTags = await checkTagged(certificate);
    expect([certificateTags.lang, languageOf(certificateTags, modules[0]!.data.title), languageOf(certificateTags, 'Máret Čuđet')]).toEqual(['nn-NO', 'nb-NO', 'nn-NO']);

    await page.goto(`${site.url}kvalitetssjekk/`);
    await page.locator('.kv-app').waitFor();
    await page.getByRole('button', { name: nn.quality.result }).click();
    const report = await downloaded(nn.quality.pdf);
    expect(pdfText(report)).toContain(COPY.name);
    expect(bokmalWords(interfaceOf(report)), 'quality report').toEqual([]);
    const reportTags = await checkTagged(report);
    expect([reportTags.lang, languageOf(reportTags, indicators[0]!.measures)]).toEqual(['nn-NO', 'nb-NO']);
    await context.close();
  });

  test('the self-assessment speaks nynorsk once it runs, and marks the indicators it shows as bokmål content', { timeout: 120_000 }, async () => {
    const check = buildCheck(readCollection(dir, 'kvalitetssjekk'));
    const indicators = allIndicators(check);
    let newer = createAssessment('2026-11-12');
    indicators.slice(0, 6).forEach((indicator, n) => { newer = setAnswer(newer, indicator.key, { score: ([1, 2, 3, 4, 5, 2] as const)[n]! }); });
    newer = setFigure(newer, indicators.find((i) => i.benchmark)!.key, { value: 61, year: 2025 });
    const older = setAnswer(createAssessment('2025-11-10'), indicators[0]!.key, { score: 1 });
    const context = await browser.newContext();
    await context.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [qualityStorageKey(COPY.basePath), JSON.stringify({ version: 1, assessments: [older, newer], activeId: newer.id })]);
    const page = await context.newPage();
    await page.goto(`${site.url}kvalitetssjekk/`);
    await page.locator('.kv-app').waitFor();
    // What a person sees in the island, without the parts marked as bokmål content.
    const seen = () => page.locator('.kv-app').evaluate((app) => {
      const copy = app.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll('[lang="nb"]')) el.remove();
      return copy.innerText;
    });
    const found: string[] = [];
    for (const [view, drawn] of [[nn.quality.answer, '#kv-step-heading'], [nn.quality.result, '.kv-report'], [nn.quality.history, '#kv-history-heading']] as const) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await page.locator(drawn).waitFor();
      found.push(...bokmalWords(await seen()).map((hit) => `${view}: ${hit}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });

  test('the course, a form and the logbook speak nynorsk once their scripts run, content marked lang="nb"', { timeout: 120_000 }, async () => {
    const modules = readCollection(dir, 'fadderkurs');
    const context = await browser.newContext();
    // Every module ticked, so the course page shows its certificate form too.
    await context.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [progressStorageKey(COPY.basePath), JSON.stringify({ version: 1, completed: Object.fromEntries(modules.map((m) => [m.id, '2026-12-02'])) })]);
    const page = await context.newPage();
    const found: string[] = [];
    for (const [path, ready] of [
      ['fadderkurs/', '.course-progress[data-ready]'],
      [`fadderkurs/${modules[0]!.id}/`, '.course-done[data-ready]'],
      ['skjema/praksisavtale/fyll-ut/', 'astro-island:not([ssr]) .form-filler fieldset:not([disabled])'],
      ['loggbok/', 'astro-island:not([ssr]) .logbook'],
    ] as const) {
      await page.goto(`${site.url}${path}`);
      await page.locator(ready).first().scrollIntoViewIfNeeded();
      await page.locator(ready).first().waitFor();
      const seen = await page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        for (const el of copy.querySelectorAll('[lang="nb"], [hidden], noscript')) el.remove();
        return copy.innerText;
      });
      found.push(...bokmalWords(seen).map((hit) => `${path}: ${hit}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });

  test('its own privacy page names its data protection officer, processor and log retention', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}om/personvern/`);
    await page.getByRole('link', { name: COPY.officer }).waitFor({ timeout: 15_000 });
    expect(await page.locator(`a[href="mailto:${COPY.officer}"]`).count()).toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain(COPY.processor);
    expect(text).toContain(COPY.retention);
    expect(text).toContain('klage til Datatilsynet');
    await page.close();
  });

  test('its accessibility page links its own statement and claims no tests the copy does not run', () => {
    const html = readFileSync(join(dist, 'om/tilgjengelighet/index.html'), 'utf8');
    expect(html).toContain(`href="${COPY.statement}"`);
    expect(html).not.toContain('går automatiske tester gjennom alle sidene før det blir lagt ut');
    expect(html).toContain(`Endringene ${COPY.name} gjør selv, blir ikke testet automatisk.`);
  });

  test('its own versions of shared pages say «Endra av …» (CC BY 4.0); shared pages do not', () => {
    expect(readFileSync(join(dist, 'metoder/trekantsamtale/index.html'), 'utf8')).toContain(`${nn.credit.basedOn} Endra av ${COPY.name}.`);
    expect(readFileSync(join(dist, 'planer/renhold/index.html'), 'utf8')).toContain(nn.credit.basedOn);
    expect(readFileSync(join(dist, 'metoder/fadderordning/index.html'), 'utf8')).not.toContain(nn.credit.basedOn);
  });

  test('its own plan is marked nynorsk, shared and bokmål content lang="nb"', () => {
    const own = readFileSync(join(dist, 'planer/frisor/index.html'), 'utf8');
    expect(own).not.toMatch(/<section class="plan-phase"[^>]* lang="nb"/);
    expect(readFileSync(join(dist, 'planer/butikk/index.html'), 'utf8')).toMatch(/<section class="plan-phase"[^>]* lang="nb"/);
    expect(readFileSync(join(dist, 'metoder/trekantsamtale/index.html'), 'utf8')).toMatch(/<article class="method-card prose"[^>]* lang="nb"/);
  });

  test('the workspace speaks nynorsk once it runs: labels, mastery scale and phase names', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}oppfolging/#plan=frisor`);
    await page.locator('.ws').waitFor();
    await page.getByLabel(nn.workspace.fields.alias).fill('AB');
    await page.getByLabel(nn.workspace.fields.workplace).fill('Salong');
    await page.getByLabel(nn.workspace.fields.startDate).fill('2026-01-05');
    await page.getByRole('button', { name: nn.workspace.create }).click();
    await page.getByRole('tab', { name: /Fase 1/ }).waitFor();
    await expect.poll(() => page.getByText(FRAME.nn.mastery[1].label).count()).toBeGreaterThan(0);
    const visible = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll('[lang="nb"]')) el.remove();
      return copy.innerText;
    });
    // Task texts are the copy's own nynorsk; what remains must have no bokmål words.
    expect(bokmalWords(visible)).toEqual([]);
    await page.close();
  });

  test('publiccode.yml is published under the sub-path, as the copy\'s own, based on the project', () => {
    const published = parse(readFileSync(join(dist, 'publiccode.yml'), 'utf8')) as Record<string, unknown>;
    const project = parse(readFileSync(join(root, 'publiccode.yml'), 'utf8')) as Record<string, unknown>;
    expect(published.landingURL).toBe(COPY.siteUrl);
    expect(published.isBasedOn).toBe(project.url);
  });

  test('the build is quiet: no bundler warnings, and the CSS line says what it measures', () => {
    expect(buildLog).toContain('Complete!');
    expect(buildLog).not.toContain('[WARN] [vite]');
    expect(buildLog).toMatch(/CSS: .* ett stilark per side/);
  });
});

/**
 * The project's own browser tests that depend on identity, language and base path, run in the
 * copy as the copy's CI runs them (its own vitest, its own kommune.yaml), on the site built
 * above. The whole suite twice would not fit CI's time; these files read the site's identity,
 * language and base path from its configuration.
 */
export const COPY_SUITE = ['links', 'no-404', 'plans', 'print-pages', 'privacy', 'budgets', 'fork', 'search-first-visit'].map((f) => `tests/e2e/${f}.test.ts`);

describe('the project\'s own tests pass on the copy', () => {
  test(`${COPY_SUITE.length} test files run in the copy and pass`, () => {
    const started = Date.now();
    const vitest = join(dir, 'node_modules', 'vitest', 'vitest.mjs');
    const r = spawnSync(process.execPath, [vitest, 'run', '--project', 'e2e', ...COPY_SUITE], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...cleanEnv(), PRAKSIS_SITE_DIR: dist, FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const out = `${r.stdout}${r.stderr}`;
    const totals = /(\d+) passed, (\d+) failed/.exec(out);
    console.log(`copy suite: ${totals?.[0] ?? '?'} in ${Math.round((Date.now() - started) / 1000)} s`);
    expect(totals, out.slice(-4000)).not.toBeNull();
    expect(Number(totals![2]), out.slice(-8000)).toBe(0);
    expect(Number(totals![1])).toBeGreaterThan(20);
    expect(r.status, out.slice(-4000)).toBe(0);
  }, 900_000);
});
