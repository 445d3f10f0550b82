import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Reads a built site from its files (no browser, no network) and resolves its links:
 * a small tag reader instead of an HTML parser dependency, since built Astro pages are
 * regular, quoted HTML. Used by the links test and the fork test (under a sub-path).
 */

export interface Tag { name: string; attrs: Map<string, string>; }
export interface Page { file: string; url: string; tags: Tag[]; ids: Set<string>; }

export function walk(dir: string, test: (name: string) => boolean): string[] {
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
export function readTags(html: string): Tag[] {
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

/** Attributes that hold a URL, per tag (astro-island loads its component and renderer from these). */
const URL_ATTRS = ['href', 'src', 'action', 'poster', 'component-url', 'renderer-url', 'data'];

export function referencesOf(tag: Tag): string[] {
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

/** A built site read from disk: its pages, and how its paths map to files. */
export function readSite(siteDir: string, basePath: string, siteUrl: string) {
  const ownOrigin = new URL(siteUrl).origin;

  /** The URL path a built file is served at, with the base path. */
  const urlOf = (file: string): string => {
    const rel = relative(siteDir, file).split(sep).join('/');
    return basePath + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
  };

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

  /** Classifies one reference found on a page served at pageUrl. */
  const resolveRef = (ref: string, pageUrl: string): Target => {
    if (/^(mailto|tel|data|blob|javascript|sms):/i.test(ref)) return { kind: 'other' };
    const url = new URL(ref, ownOrigin + pageUrl);
    if (url.origin !== ownOrigin) return { kind: 'external', url: url.href };
    return { kind: 'own', path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
  };

  /** The file a path on the site is served from, or why there is none. */
  const fileFor = (path: string): { file?: string; problem?: string } => {
    if (!path.startsWith(basePath)) return { problem: `outside the base path ${basePath}` };
    let file = join(siteDir, path.slice(basePath.length));
    if (!relative(siteDir, file).split(sep).every((part) => part !== '..')) return { problem: 'outside the site folder' };
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return { problem: 'folder link without trailing slash' };
      file = join(file, 'index.html');
    }
    return existsSync(file) ? { file } : { problem: 'no such file' };
  };

  /** Every own link and source that does not resolve to a file, or whose #anchor has no id. */
  const linkProblems = () => {
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
          // A hash with "=" is a page's own route (the workspace's #plan=<slug>), not an anchor.
          if (target.hash && !target.hash.includes('=') && found.file.endsWith('.html')) {
            const ids = byFile.get(found.file)?.ids;
            if (!ids?.has(target.hash)) problems.push(`${page.url}: ${ref} → no id="${target.hash}" in ${urlOf(found.file)}`);
          }
        }
      }
    }
    return { problems, own, external };
  };

  return { ownOrigin, pages, urlOf, resolveRef, fileFor, linkProblems };
}
