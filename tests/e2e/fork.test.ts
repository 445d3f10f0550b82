import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { buildSite } from '../support/build-site.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { readSite, walk } from '../support/site-links.ts';
import { copyRepo } from '../support/copy-repo.ts';

/**
 * What a municipality does when it adopts the toolkit: copy the repository, change
 * kommune.yaml (name, colour, sub-path, nynorsk), add a plan with new-plan, fill it, build.
 */
const root = process.cwd();
const fork = mkdtempSync(join(tmpdir(), 'praksis-fork-'));
const dist = join(fork, 'dist');
const BASE = '/praksis/';
const SITE_URL = 'https://testvik.example/praksis/';
let site: StaticSite;
let browser: Browser;

function run(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, [script, ...args], { cwd: fork, encoding: 'utf8', stdio: 'pipe' });
}

/** Replaces every scaffold marker with real text, the way an author fills in the plan. */
function fillPlan(text: string): string {
  let n = 0;
  return text
    .replace(/^draft: true\n/m, '')
    .replace(/"FYLL UT: ([^"]*)"/g, (_m, hint: string) => `"Frisørsalong ${++n}: ${hint.replace(/^oppgave/, 'klipper og vasker').slice(0, 60)}"`);
}


beforeAll(async () => {
  copyRepo(root, fork);
  const kommune = readFileSync(join(fork, 'content/kommune.yaml'), 'utf8')
    .replace(/^name: .*$/m, 'name: Testvik kommune')
    .replace(/^shortName: .*$/m, 'shortName: Testvik')
    .replace(/^brandColor: .*$/m, 'brandColor: "#6B2C91"')
    .replace(/^siteUrl: .*$/m, `siteUrl: ${SITE_URL}`)
    .replace(/^basePath: .*$/m, `basePath: ${BASE}`)
    .replace(/^language: .*$/m, 'language: nn');
  writeFileSync(join(fork, 'content/kommune.yaml'), kommune);
  run('scripts/new-plan.ts', 'frisor', 'Frisør');
  const planFile = join(fork, 'content/planer/frisor.yaml');
  writeFileSync(planFile, fillPlan(readFileSync(planFile, 'utf8')));
  run('scripts/check-content.ts');
  buildSite(fork, dist);
  site = await serveStatic(dist, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(fork, { recursive: true, force: true });
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
      expect(html, page).toMatch(/<html[^>]* lang="nn"/);
    }
  });

  test('content that stays in bokmål is marked lang="nb" on the nynorsk site', () => {
    const plan = readFileSync(join(dist, 'planer/frisor/index.html'), 'utf8');
    expect(plan).toMatch(/<section class="plan-phase"[^>]* lang="nb"/);
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
    // Generous: on a loaded machine the page (and the service worker installing beside it) can take over a second.
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toContain('Frisør');
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
