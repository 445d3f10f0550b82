import { expect, inject, test } from 'vitest';
import { relative, sep } from 'node:path';
import { chromiumForFile } from '../support/browser.ts';
import { walk } from '../support/site-links.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const chromium = chromiumForFile();

/**
 * Opens every page of the built site in Chromium and collects every request that failed or
 * came back 4xx/5xx: favicon, fonts, scripts, styles, images, search files.
 */
test('no page makes a request that fails or returns 404', { timeout: 180_000 }, async () => {
  const paths = walk(siteDir, (n) => n === 'index.html')
    .map((file) => relative(siteDir, file).split(sep).join('/').replace(/index\.html$/, ''));
  expect(paths.length).toBeGreaterThan(40);
  const context = await chromium().newContext();
  const page = await context.newPage();
  const failures: string[] = [];
  let current = '';
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`/${current}: ${r.status()} ${new URL(r.url()).pathname}`);
  });
  // Chromium fetches the favicon outside the page's own requests; a miss shows only as a console error.
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('Failed to load resource')) failures.push(`/${current}: ${m.text()} ${m.location().url}`);
  });
  page.on('requestfailed', (r) => {
    // Aborted = cut off by moving on to the next page (the favicon comes after load), not a missing file.
    const error = r.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') failures.push(`/${current}: ${error} ${new URL(r.url()).pathname}`);
  });
  for (const path of paths) {
    current = path;
    // The search page is opened with a query, so Pagefind's files load too.
    await page.goto(`${siteUrl}${path}${path === 'sok/' ? '?q=fadder' : ''}`, { waitUntil: 'load' });
    if (path === 'sok/') await page.locator('#search-results a').first().waitFor();
  }
  // Requests still under way from the last page (the favicon comes after load) are counted too.
  await page.waitForLoadState('networkidle');
  await context.close();
  expect(failures).toEqual([]);
});

test('/favicon.ico is the logo as an icon, for browsers and tools that ask for it by name', async () => {
  const response = await fetch(`${siteUrl}favicon.ico`);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // An ICO header (reserved 0, type 1) holding a PNG image.
  expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);
  expect([...bytes.slice(22, 26)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});
