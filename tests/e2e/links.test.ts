import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { readSite, walk } from '../support/site-links.ts';

/** Every link, source and anchor in the built site points at something that is there. */

const siteDir = inject('siteDir');
const { basePath, siteUrl } = loadMunicipality();
const { ownOrigin, pages, urlOf, resolveRef, fileFor, linkProblems } = readSite(siteDir, basePath, siteUrl);

describe('links and sources in the built site', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.some((p) => p.url === `${basePath}404.html`)).toBe(true);
  });

  test('every link and source on the own origin resolves to a file, and every #anchor to an id', () => {
    const { problems, own, external } = linkProblems();
    console.log(`links: ${pages.length} pages, ${own} own links and sources checked, ${external.size} distinct external links (not fetched)`);
    expect(own).toBeGreaterThan(pages.length);
    expect(problems).toEqual([]);
  });

  test('ids are unique on each page, so anchors are unambiguous', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const tag of page.tags) {
        const id = tag.attrs.get('id');
        if (id === undefined) continue;
        if (seen.has(id)) problems.push(`${page.url}: id="${id}" twice`);
        seen.add(id);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every <img> has an alt attribute and a source that exists', () => {
    const problems: string[] = [];
    let images = 0;
    for (const page of pages) {
      for (const tag of page.tags.filter((t) => t.name === 'img')) {
        images++;
        const src = tag.attrs.get('src') ?? '';
        if (!tag.attrs.has('alt')) problems.push(`${page.url}: <img src="${src}"> has no alt attribute`);
        if (!src) problems.push(`${page.url}: <img> has no src`);
        const target = src ? resolveRef(src, page.url) : undefined;
        if (target?.kind === 'external') problems.push(`${page.url}: <img src="${src}"> is on another origin`);
        if (target?.kind === 'own' && !fileFor(target.path).file) problems.push(`${page.url}: <img src="${src}"> does not exist`);
      }
    }
    expect(images).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('every url() in the built CSS points at a file that exists', () => {
    const problems: string[] = [];
    for (const file of walk(siteDir, (n) => n.endsWith('.css'))) {
      const css = readFileSync(file, 'utf8');
      for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
        const ref = (m[1] ?? m[2] ?? m[3] ?? '').trim();
        if (!ref || /^(data|#)/.test(ref)) continue;
        const target = ref.startsWith('/') ? ref : new URL(ref, `${ownOrigin}${urlOf(file)}`).pathname;
        if (/^https?:/i.test(ref)) problems.push(`${urlOf(file)}: url(${ref}) is on another origin`);
        else if (!fileFor(decodeURIComponent(target.split(/[?#]/)[0]!)).file) problems.push(`${urlOf(file)}: url(${ref}) does not exist`);
      }
    }
    expect(problems).toEqual([]);
  });
});
