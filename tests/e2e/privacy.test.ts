import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { createFollowUp, firstTask } from '../support/workspace.ts';

/**
 * Nothing leaves the site: every request a visitor's browser makes goes to the site's own
 * origin, no cookies are set, and each page carries a Content-Security-Policy that allows
 * no other origin.
 */

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const origin = new URL(siteUrl).origin;

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

const files = htmlFiles(siteDir);
const rel = (file: string) => relative(siteDir, file).split(sep).join('/');
const pageUrls = files.map((f) => siteUrl + rel(f).replace(/(^|\/)index\.html$/, '$1'));
const planSlug = readdirSync(join(siteDir, 'planer')).includes('renhold') ? 'renhold' : rel(files.find((f) => /planer\/[^/]+\/index\.html$/.test(rel(f)))!).split('/')[1]!;

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('privacy', () => {
  test('a whole visit (every page, search, workspace, PDFs) only talks to the site itself and sets no cookies', { timeout: 120_000 }, async () => {
    const context: BrowserContext = await browser.newContext({ acceptDownloads: true });
    const requests: string[] = [];
    const complaints: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page: Page = await context.newPage();
    page.on('websocket', (ws) => requests.push(ws.url()));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) complaints.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => complaints.push(`${page.url()}: ${e.message}`));

    // Every page, with each island scrolled into view so its JavaScript loads too.
    for (const url of pageUrls) {
      await page.goto(url);
      const islands = page.locator('astro-island');
      for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
      if (await islands.count()) await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    }

    // Search: the Pagefind index and its WebAssembly come from the site.
    await page.goto(`${siteUrl}sok/`);
    await page.locator('#search-q').fill('fadder');
    await page.locator('#search-q').press('Enter');
    await page.locator('#search-results a').first().waitFor();

    // Workspace: create a follow-up, set a level, download the filled PDF.
    await createFollowUp(page, siteUrl, planSlug, 'PV');
    await firstTask(page).locator('.ws-level').nth(2).click();
    const [filled] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned utfylt plan (PDF)' }).click()]);
    expect(filled.suggestedFilename()).toMatch(/\.pdf$/);

    // The prebuilt blank PDF linked from the page.
    await page.goto(`${siteUrl}planer/${planSlug}/`);
    const pdfHref = await page.locator(`a[href$="/pdf/planer/${planSlug}.pdf"]`).first().getAttribute('href');
    expect(pdfHref).toBeTruthy();
    const status = await page.evaluate((href) => fetch(href).then((r) => r.status), pdfHref!);
    expect(status).toBe(200);

    // The overview of saved follow-ups, now that there is one.
    await page.goto(`${siteUrl}oppfolging/`);
    await page.locator('.ws-card').first().waitFor();

    const storage = await page.evaluate(async () => ({
      indexedDb: (await indexedDB.databases()).map((d) => d.name),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    const cookies = await context.cookies();
    await context.close();

    const foreign = [...new Set(requests)].filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
    console.log(`privacy: ${requests.length} requests from ${pageUrls.length} pages and the workspace, search and PDF steps`);
    expect(requests.length).toBeGreaterThan(pageUrls.length);
    expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
    expect(foreign).toEqual([]);
    expect(cookies).toEqual([]);
    expect(storage).toEqual({ indexedDb: [], serviceWorkers: 0 });
    expect(complaints).toEqual([]);
  });

  test('every HTML page has a Content-Security-Policy that allows only the site itself', () => {
    const problems: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const meta = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
      const policy = meta && /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta);
      if (!policy) {
        problems.push(`${rel(file)}: no <meta http-equiv="content-security-policy">`);
        continue;
      }
      const text = (policy[1] ?? policy[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const directives = new Map(
        text.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!.toLowerCase(), sources]),
      );
      const defaults = directives.get('default-src');
      if (!defaults || !(defaults.includes("'self'") || defaults.includes("'none'"))) problems.push(`${rel(file)}: default-src is not 'self' (${text})`);
      for (const [name, sources] of directives) {
        for (const source of sources) {
          // Keywords, hashes, nonces, data: and blob: stay on the page; anything naming a host or scheme lets other origins in.
          const sourceList = name.endsWith('-src') || ['form-action', 'base-uri', 'frame-ancestors'].includes(name);
          const local = /^'[^']*'$/.test(source) || /^(data|blob):$/i.test(source);
          if ((sourceList && !local) || /[a-z]+:\/\//i.test(source)) problems.push(`${rel(file)}: ${name} allows ${source}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
