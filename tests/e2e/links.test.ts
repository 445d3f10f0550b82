import { describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadMunicipality } from '../../src/lib/municipality.ts';

/**
 * Every link, source and anchor in the built site points at something that is there.
 * Works on the files alone (no browser, no network): a small tag reader instead of an
 * HTML parser dependency, since built Astro pages are regular, quoted HTML.
 */

const siteDir = inject('siteDir');
const { basePath, siteUrl } = loadMunicipality();
const ownOrigin = new URL(siteUrl).origin;

interface Tag { name: string; attrs: Map<string, string>; }
interface Page { file: string; url: string; tags: Tag[]; ids: Set<string>; }

function walk(dir: string, test: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, test));
    else if (test(entry.name)) out.push(full);
  }
  return out.sort();
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e.toLowerCase()] ?? m));

/** Start tags with their attributes; comments and the insides of script and style are skipped. */
function readTags(html: string): Tag[] {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1');
  const tags: Tag[] = [];
  const tagRe = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  const attrRe = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const m of body.matchAll(tagRe)) {
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(attrRe)) attrs.set(a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
    tags.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return tags;
}

/** The URL path a built file is served at, with the base path. */
function urlOf(file: string): string {
  const rel = relative(siteDir, file).split(sep).join('/');
  return basePath + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
}

const pages: Page[] = walk(siteDir, (n) => n.endsWith('.html')).map((file) => {
  const tags = readTags(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  for (const t of tags) {
    if (t.attrs.has('id')) ids.add(t.attrs.get('id')!);
    if (t.name === 'a' && t.attrs.has('name')) ids.add(t.attrs.get('name')!);
  }
  return { file, url: urlOf(file), tags, ids };
});
const byFile = new Map(pages.map((p) => [p.file, p]));

/** Attributes that hold a URL, per tag (astro-island loads its component and renderer from these). */
const URL_ATTRS = ['href', 'src', 'action', 'poster', 'component-url', 'renderer-url', 'data'];

function referencesOf(tag: Tag): string[] {
  const refs: string[] = [];
  for (const attr of URL_ATTRS) {
    const v = tag.attrs.get(attr);
    if (v !== undefined && !(attr === 'data' && tag.name !== 'object')) refs.push(v.trim());
  }
  const srcset = tag.attrs.get('srcset');
  if (srcset) for (const candidate of srcset.split(',')) refs.push(candidate.trim().split(/\s+/)[0]!);
  return refs;
}

type Target = { kind: 'own'; path: string; hash: string } | { kind: 'external'; url: string } | { kind: 'other' };

/** Classifies one reference found on a page served at pageUrl. */
function resolveRef(ref: string, pageUrl: string): Target {
  if (/^(mailto|tel|data|blob|javascript|sms):/i.test(ref)) return { kind: 'other' };
  const url = new URL(ref, ownOrigin + pageUrl);
  if (url.origin !== ownOrigin) return { kind: 'external', url: url.href };
  return { kind: 'own', path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

/** The file a path on the site is served from, or why there is none. */
function fileFor(path: string): { file?: string; problem?: string } {
  if (!path.startsWith(basePath)) return { problem: `outside the base path ${basePath}` };
  let file = join(siteDir, path.slice(basePath.length));
  if (!relative(siteDir, file).split(sep).every((part) => part !== '..')) return { problem: 'outside the site folder' };
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) return { problem: 'folder link without trailing slash' };
    file = join(file, 'index.html');
  }
  return existsSync(file) ? { file } : { problem: 'no such file' };
}

describe('links and sources in the built site', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.some((p) => p.url === `${basePath}404.html`)).toBe(true);
  });

  test('every link and source on the own origin resolves to a file, and every #anchor to an id', () => {
    const problems: string[] = [];
    const external = new Set<string>();
    let own = 0;
    for (const page of pages) {
      for (const tag of page.tags) {
        for (const ref of referencesOf(tag)) {
          if (ref === '') {
            problems.push(`${page.url}: <${tag.name}> has an empty link`);
            continue;
          }
          const target = resolveRef(ref, page.url);
          if (target.kind === 'external') external.add(target.url);
          if (target.kind !== 'own') continue;
          own++;
          const found = fileFor(target.path);
          if (!found.file) {
            problems.push(`${page.url}: <${tag.name}> ${ref} → ${found.problem}`);
            continue;
          }
          if (target.hash && found.file.endsWith('.html')) {
            const ids = byFile.get(found.file)?.ids;
            if (!ids?.has(target.hash)) problems.push(`${page.url}: ${ref} → no id="${target.hash}" in ${urlOf(found.file)}`);
          }
        }
      }
    }
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
