import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ASSET_DIR, LISTING_FILE, SW_FILE, type ListedFile, type OfflineListing } from './names.ts';

/**
 * What "Lagre håndboka for bruk uten nett" stores: every file of the built site a reader can
 * open (pages, search index, prebuilt PDFs, plan JSON, CSS, JS, fonts), found by rule from
 * the build output, never by name, so new pages and new asset names are saved too. Left out:
 *  - the service worker and this listing (the worker holds both itself), the 404 page, source maps;
 *  - a WOFF font whose WOFF2 twin exists: every browser with a service worker reads WOFF2
 *    (the PDF fonts have no twin and stay);
 *  - Pagefind's ready-made search interfaces, which the site does not use (it calls pagefind.js).
 */
export function isSaved(path: string, all: ReadonlySet<string>): boolean {
  if (path === SW_FILE || path === LISTING_FILE || path === '404.html' || path.endsWith('.map')) return false;
  if (path.startsWith(ASSET_DIR) && path.endsWith('.woff')) {
    const twin = withoutHash(path) + '2';
    if ([...all].some((p) => p.endsWith('.woff2') && withoutHash(p) === twin)) return false;
  }
  if (/^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\./.test(path)) return false;
  return true;
}
/** "_astro/inter-latin-400-normal.Ab12Cd.woff" → "_astro/inter-latin-400-normal.woff" */
const withoutHash = (path: string) => path.replace(/\.[\w-]{6,}(\.\w+)$/, '$1');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const titleOf = (html: string) =>
  /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim();

/**
 * Revisions already known for unchanged files (same inode, size and time), so a build need
 * not hash again the PDFs and search index it linked from its cache. See integrations/offline.ts.
 */
export interface KnownRevisions {
  get(stats: Stats): string | undefined;
  set(stats: Stats, rev: string): void;
}

/**
 * Which participant language a file belongs to, by rule from the build output: the languages
 * are the folders of sprak/ (one per language with a sprak.yaml), and their files are those
 * pages, the logbook's text for the language, and Pagefind's index for it (Pagefind names
 * each language's files by its code). Everything else is shared.
 */
export function languageOf(path: string, languages: ReadonlySet<string>): string | undefined {
  const m = /^(?:sprak\/([\w-]+)\/|loggbok\/sprak\/([\w-]+)\.json$|pagefind\/(?:fragment|index)\/([\w-]+?)_|pagefind\/pagefind\.([\w-]+?)_[\w]+\.pf_meta$|pagefind\/wasm\.([\w-]+)\.pagefind$)/.exec(path);
  const code = m?.slice(1).find(Boolean);
  return code && languages.has(code) ? code : undefined;
}

/** Lists the built site in `dir`; a page's path is its URL (handbok/ rather than handbok/index.html). */
export function listSite(dir: string, known?: KnownRevisions): OfflineListing {
  const paths = walk(dir).map((f) => relative(dir, f).split(sep).join('/')).sort();
  const all = new Set(paths);
  const languages = new Set(paths.map((p) => /^sprak\/([\w-]+)\/index\.html$/.exec(p)?.[1]).filter((c): c is string => Boolean(c)));
  const files: ListedFile[] = paths.filter((p) => isSaved(p, all)).map((p) => {
    const full = join(dir, p);
    const stats = known ? statSync(full) : undefined;
    const knownRev = stats && known!.get(stats);
    const isPage = p.endsWith('.html');
    if (knownRev && !isPage) {
      const lang = languageOf(p, languages);
      return { path: p, rev: knownRev, bytes: stats!.size, ...(lang ? { lang } : {}) };
    }
    const bytes = readFileSync(full);
    const file: ListedFile = { path: p.replace(/(^|\/)index\.html$/, '$1'), rev: createHash('sha256').update(bytes).digest('hex').slice(0, 16), bytes: bytes.length };
    if (stats) known!.set(stats, file.rev);
    if (isPage) file.title = titleOf(bytes.toString('utf8'));
    const lang = languageOf(p, languages);
    return lang ? { ...file, lang } : file;
  });
  const version = createHash('sha256').update(files.map((f) => `${f.path} ${f.rev}`).join('\n')).digest('hex').slice(0, 16);
  return { version, totalBytes: files.reduce((sum, f) => sum + f.bytes, 0), files };
}
