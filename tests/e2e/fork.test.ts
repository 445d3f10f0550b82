import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { buildSite } from '../support/build-site.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { readSite, walk } from '../support/site-links.ts';
import { forkOf, git, GIT_ENV, upstreamRepo } from '../support/git-repos.ts';
import { overrideReport } from '../../src/lib/content/overrides.ts';
import { checkAllContent } from '../../src/lib/content-check/check-all.ts';
import { formatProblem } from '../../src/lib/content-check/check.ts';

/**
 * What a municipality does when it adopts the toolkit, and what happens when the project
 * publishes a new version. Two real git repositories: "upstream" (the project) and a fork.
 * The fork works only in lokalt/: its own kommune.yaml (name, logo, colour, sub-path,
 * nynorsk), a new plan from new-plan, its own version of one method card and one plan, an
 * extension of another plan, and one hidden method. Upstream then changes that method card,
 * that plan, the example kommune.yaml, adds a handbook chapter and changes code. The fork
 * takes the new version with `npm run oppdater`: no conflict, one build, and the override
 * report names exactly the two local versions whose originals changed.
 */
const root = process.cwd();
let upstream: string;
let fork: string;
let dist: string;
const BASE = '/praksis/';
const SITE_URL = 'https://testvik.example/praksis/';
let site: StaticSite;
let browser: Browser;
let forkStart: string;
let update: { status: number | null; out: string };

function run(dir: string, script: string, ...args: string[]): string {
  return execFileSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe', env: GIT_ENV });
}
function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the test's edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

/** Replaces every scaffold marker with real text, the way an author fills in the plan. */
function fillPlan(text: string): string {
  let n = 0;
  return text
    .replace(/^draft: true\n/m, '')
    .replace(/"FYLL UT: ([^"]*)"/g, (_m, hint: string) => `"Frisørsalong ${++n}: ${hint.replace(/^oppgave/, 'klipper og vasker').slice(0, 60)}"`);
}

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><title>Testvik</title><circle cx="20" cy="20" r="18" fill="#6B2C91"/></svg>\n';

/** The municipality makes the copy its own, touching only lokalt/. */
function customiseFork(): void {
  forkStart = git(fork, 'rev-parse', 'HEAD');
  const kommune = readFileSync(join(fork, 'lokalt/kommune.eksempel.yaml'), 'utf8')
    .replace(/^name: .*$/m, 'name: Testvik kommune')
    .replace(/^shortName: .*$/m, 'shortName: Testvik')
    .replace(/file: logo\.svg/, 'file: testvik-logo.svg')
    .replace(/alt: .*$/m, 'alt: Logoen til Testvik kommune')
    .replace(/^brandColor: .*$/m, 'brandColor: "#6B2C91"')
    .replace(/^siteUrl: .*$/m, `siteUrl: ${SITE_URL}`)
    .replace(/^basePath: .*$/m, `basePath: ${BASE}`)
    .replace(/^language: .*$/m, 'language: nn');
  writeFileSync(join(fork, 'lokalt/kommune.yaml'), kommune);
  writeFileSync(join(fork, 'lokalt/testvik-logo.svg'), LOGO);
  run(fork, 'scripts/new-plan.ts', 'frisor', 'Frisør');
  edit(fork, 'lokalt/planer/frisor.yaml', fillPlan);
  run(fork, 'scripts/tilpass.ts', 'metoder/trekantsamtale');
  edit(fork, 'lokalt/metoder/trekantsamtale.mdx', (t) => t.replace(/^title: .*$/m, 'title: Trekantsamtalen i Testvik').replace(/\n---\n/, '\n---\n\nI Testvik holder vi trekantsamtalen på rådhuset.\n'));
  run(fork, 'scripts/tilpass.ts', 'planer/butikk');
  edit(fork, 'lokalt/planer/butikk.yaml', (t) => t.replace(/^title: .*$/m, 'title: Butikk i Testvik'));
  run(fork, 'scripts/tilpass.ts', 'planer/renhold', '--utvid');
  edit(fork, 'lokalt/planer/renhold.yaml', (t) => t.replace('  leggTil: []', '  leggTil:\n    - { fase: 1, malepunkt: arbeid, id: testvik-moppevask, text: Vasker moppene i Testvik-maskinen }'));
  writeFileSync(join(fork, 'lokalt/skjul.yaml'), '# Metoder vi ikke bruker i Testvik\n- metoder/sprakpraksis\n');
  run(fork, 'scripts/check-content.ts');
  git(fork, 'add', '-A');
  git(fork, 'commit', '-q', '-m', 'Testvik: navn, logo, farge, egne planer og sider');
}

/** The project publishes a new version: shared content, the example kommune.yaml and code change. */
function changeUpstream(): void {
  edit(upstream, 'content/metoder/trekantsamtale.mdx', (t) => `${t.trimEnd()}\n\nNytt i versjon 2: send innkallingen minst en uke før samtalen.\n`);
  edit(upstream, 'content/planer/butikk.yaml', (t) => t.replace('text: Hilser på kunder og kolleger', 'text: Hilser på kunder og kolleger med blikkontakt'));
  edit(upstream, 'lokalt/kommune.eksempel.yaml', (t) => t.replace('value: 00 00 00 00', 'value: 11 11 11 11'));
  const chapter = readFileSync(join(upstream, 'content/handbok/om-handboka.mdx'), 'utf8');
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(chapter)![0].replace(/^title: .*$/m, 'title: Nytt kapittel om digitale verktøy').replace(/^order: .*$/m, 'order: 10');
  writeFileSync(join(upstream, 'content/handbok/digitale-verktoy.mdx'), `${frontMatter}\nDette kapittelet kom i versjon 2.\n`);
  edit(upstream, 'src/components/SiteFooter.astro', (t) => t.replace('<footer class="site-footer"', '<footer data-versjon="2" class="site-footer"'));
  edit(upstream, 'CHANGELOG.md', (t) => t.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Innhold\n\n- Trekantsamtale: når innkallingen sendes (feil rettet).\n'));
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '-q', '-m', 'Versjon 2');
}

beforeAll(async () => {
  upstream = upstreamRepo(root);
  fork = forkOf(root, upstream);
  dist = join(fork, 'dist');
  customiseFork();
  changeUpstream();
  const result = spawnSync(process.execPath, ['scripts/oppdater.ts'], { cwd: fork, encoding: 'utf8', env: GIT_ENV });
  update = { status: result.status, out: `${result.stdout}${result.stderr}` };
  if (update.status !== 0) throw new Error(`npm run oppdater failed:\n${update.out}`);
  buildSite(fork, dist);
  site = await serveStatic(dist, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (fork) rmSync(fork, { recursive: true, force: true });
  if (upstream) rmSync(upstream, { recursive: true, force: true });
});

describe('a fork that takes a new version of the project', () => {
  test('the fork changed nothing outside lokalt/', () => {
    const changed = git(fork, 'diff', '--name-only', forkStart, 'HEAD^1').split('\n');
    expect(changed.length).toBeGreaterThan(5);
    expect(changed.filter((f) => !f.startsWith('lokalt/'))).toEqual([]);
  });

  test('npm run oppdater merged the new version with zero conflicts', () => {
    expect(update.out).toContain('uten konflikter');
    expect(git(fork, 'ls-files', '--unmerged')).toBe('');
    expect(git(fork, 'status', '--porcelain')).toBe('');
    expect(git(fork, 'rev-list', '--parents', '-n', '1', 'HEAD').split(' ')).toHaveLength(3);
    expect(update.out).toContain('Trekantsamtale: når innkallingen sendes');
  });

  test('check-content reports exactly the two local versions whose shared originals changed, with the change', () => {
    expect(checkAllContent(fork).map(formatProblem)).toEqual([]);
    const report = overrideReport(fork);
    expect(report.map((s) => [s.local, s.state])).toEqual([
      ['lokalt/metoder/trekantsamtale.mdx', 'endret'],
      ['lokalt/planer/butikk.yaml', 'endret'],
      ['lokalt/planer/renhold.yaml', 'oppdatert'],
    ]);
    expect(report[0]!.diff).toContain('+Nytt i versjon 2: send innkallingen minst en uke før samtalen.');
    expect(report[1]!.diff).toMatch(/-\s+text: Hilser på kunder og kolleger\n\+\s+text: Hilser på kunder og kolleger med blikkontakt/);
    expect(update.out).toContain('2 av dem bør dere se på');
    expect(update.out).toContain('npm run tilpass -- metoder/trekantsamtale --oppdatert');
  });

  test('the build shows the fork\'s own versions, its extension, the new chapter and the new code, and hides the hidden method', () => {
    const method = readFileSync(join(dist, 'metoder/trekantsamtale/index.html'), 'utf8');
    expect(method).toContain('Trekantsamtalen i Testvik');
    expect(method).toContain('I Testvik holder vi trekantsamtalen på rådhuset.');
    expect(method).not.toContain('Nytt i versjon 2');
    expect(readFileSync(join(dist, 'planer/butikk/index.html'), 'utf8')).toContain('Butikk i Testvik');
    expect(readFileSync(join(dist, 'planer/renhold/index.html'), 'utf8')).toContain('Vasker moppene i Testvik-maskinen');
    expect(readFileSync(join(dist, 'handbok/digitale-verktoy/index.html'), 'utf8')).toContain('Dette kapittelet kom i versjon 2.');
    expect(existsSync(join(dist, 'metoder/sprakpraksis'))).toBe(false);
    const pages = walk(dist, (name) => name.endsWith('.html'));
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).not.toContain(`${BASE}metoder/sprakpraksis/`);
      expect(html, page).toContain('data-versjon="2"');
      // The fork keeps its own contacts; the example's new number is not its business.
      expect(html, page).not.toContain('11 11 11 11');
    }
    const index = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(index).toMatch(/<img[^>]+src="[^"]*testvik-logo[^"]*\.svg"/);
  });
});

describe('a fork with its own name, colour, sub-path, nynorsk and a new plan', () => {
  test('every page names the new municipality and is in nynorsk', () => {
    const pages = walk(dist, (name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).toContain('Testvik kommune');
      // The adoption guide names the default on purpose; no other page may.
      if (!page.startsWith(join(dist, 'om/ta-i-bruk'))) expect(html, page).not.toContain('Eksempel kommune');
      // A participant's page in their language (/sprak/<kode>/…) is in that language; its
      // header, menu and footer stay in the copy's nynorsk.
      const translated = /[\\/]sprak[\\/]([a-z]{2,3})[\\/]/.exec(page.slice(dist.length))?.[1];
      if (translated) {
        expect(html, page).toMatch(new RegExp(`<html[^>]* lang="${translated}"`));
        expect(html, page).toMatch(/<div lang="nn"><a class="skip-link"/);
      } else expect(html, page).toMatch(/<html[^>]* lang="nn"/);
    }
  });

  test('content that stays in bokmål is marked lang="nb" on the nynorsk site; the copy\'s own plan is in its language', () => {
    const shared = readFileSync(join(dist, 'planer/barnehage/index.html'), 'utf8');
    expect(shared).toMatch(/<section class="plan-phase"[^>]* lang="nb"/);
    const own = readFileSync(join(dist, 'planer/frisor/index.html'), 'utf8');
    expect(own).toMatch(/<section class="plan-phase"/);
    expect(own).not.toMatch(/<section class="plan-phase"[^>]* lang="nb"/);
    const method = readFileSync(join(dist, 'metoder/trekantsamtale/index.html'), 'utf8');
    expect(method).toMatch(/<article class="method-card prose"[^>]* lang="nb"/);
  });

  test('the theme is made from the new colour', () => {
    const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dist, '_astro', f), 'utf8')).join('');
    expect(css.toLowerCase()).toContain('#6b2c91');
  });

  test('the new plan is on the plans page, reached from the menu, and has its own page', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Opplæringsplanar' }).or(page.getByRole('navigation').getByRole('link', { name: 'Opplæringsplaner' })).first().click();
    await page.getByRole('link', { name: 'Frisør' }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}planer/frisor/`);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toContain('Frisør');
    await page.close();
  });

  test('search finds the new plan under the sub-path', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}sok/?q=frisørsalong`);
    const hit = page.locator(`a[href*="${BASE}planer/frisor/"]`).first();
    await hit.waitFor({ timeout: 15_000 });
    await page.close();
  });

  test('its prebuilt PDF has the new name and the plan tasks', async () => {
    const bytes = readFileSync(join(dist, 'pdf/planer/frisor.pdf'));
    const doc = await PDFDocument.load(bytes);
    expect(doc.getAuthor()).toBe('Testvik kommune');
    expect(doc.getForm().getFields().length).toBeGreaterThan(27 * 2);
    const text = pdfText(bytes);
    expect(text).toContain('Testvik kommune');
    expect(text).toContain('Frisørsalong');
    const html = readFileSync(join(dist, 'planer/frisor/index.html'), 'utf8');
    expect(html).toContain(`href="${BASE}pdf/planer/frisor.pdf"`);
  });

  test('every internal link and #anchor works under the sub-path', () => {
    // The same link reader as the links test, here with the fork's base path and address.
    expect(readSite(dist, BASE, SITE_URL).linkProblems().problems).toEqual([]);
  });

  test('offline support lives under the sub-path: worker scope, cache names and the installable app are /praksis/', async () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[] };
    expect(manifest).toMatchObject({ id: BASE, start_url: BASE, scope: BASE, short_name: 'Praksis Testvik', theme_color: '#6B2C91', lang: 'nn' });
    for (const icon of manifest.icons) expect(existsSync(join(dist, icon.src.slice(BASE.length))), icon.src).toBe(true);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(site.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto(`${site.url}metoder/`);
    // Cache names carry the scope, so a second copy at another path on this domain keeps its own.
    const names = await page.evaluate(() => caches.keys());
    expect(names.length).toBeGreaterThan(1);
    expect(names.filter((n) => !n.endsWith(site.url))).toEqual([]);
    await page.goto(site.url);
    await page.getByRole('button', { name: 'Lagre handboka for bruk utan nett' }).waitFor();
    await context.close();
  });
});
