import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** What a first visit to one page costs on the wire, by kind, as a server with gzip sends it. */
export interface WireWeight {
  path: string;
  total: number;
  html: number;
  css: number;
  js: number;
  fonts: number;
  images: number;
  other: number;
  requests: number;
  fontFiles: string[];
}

const TEXT = /\.(html|css|m?js|json|svg|xml|txt)$|\/$/;

/** Loads a page in a fresh Chromium context (empty cache) and adds up every response. */
export async function wireWeight(browser: Browser, siteUrl: string, path: string): Promise<WireWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const out: WireWeight = { path, total: 0, html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0, requests: 0, fontFiles: [] };
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    pending.push(
      r.body().then(
        (body) => {
          const bytes = TEXT.test(url.pathname) ? gzipSync(body).length : body.length;
          const type = r.request().resourceType();
          const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'fonts' : type === 'image' ? 'images' : 'other';
          out[kind] += bytes;
          out.total += bytes;
          out.requests++;
          if (kind === 'fonts') out.fontFiles.push(url.pathname.split('/').pop()!);
        },
        () => {},
      ),
    );
  });
  await page.goto(siteUrl + path.replace(/^\//, ''), { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return out;
}
