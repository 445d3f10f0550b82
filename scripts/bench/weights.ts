import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleAsync } from 'lightningcss';
import { pruneCustomProperties, pruneUnmatchable, siteWords } from '../../src/integrations/page-css.ts';

export interface Bytes { raw: number; gzip: number; files: string[]; }
export interface PageWeight {
  path: string;
  html: Bytes;
  /** Linked stylesheets and inline <style>. */
  css: Bytes;
  /** JavaScript the page runs without user action: script tags, islands and their static imports, inline scripts. */
  js: Bytes;
  /** Of js: only the chunk files (islands, modules), without Astro's inline bootstrap. */
  jsChunks: Bytes;
  /** Chunks loaded only on demand through import() (for example the PDF maker). */
  lazyJs: Bytes;
}

const gz = (data: Buffer | string) => gzipSync(data).length;
const empty = (): Bytes => ({ raw: 0, gzip: 0, files: [] });

/** Maps a URL path on the site to its file in the built folder. */
function fileOf(siteDir: string, basePath: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(basePath)) return undefined;
  let file = join(siteDir, decodeURIComponent(urlPath.slice(basePath.length)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Static and dynamic imports of a built JS module, as URL paths. */
function importsOf(code: string, fromUrl: string): { eager: string[]; lazy: string[] } {
  const abs = (spec: string) => new URL(spec, `http://x${fromUrl}`).pathname;
  const eager = [...code.matchAll(/\b(?:from|import)\s*["'`]([^"'`]+\.m?js)["'`]/g)].map((m) => abs(m[1]!));
  const lazy = [...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.m?js)["'`]\s*\)/g)].map((m) => abs(m[1]!));
  return { eager, lazy };
}

/** HTML, CSS and JS bytes (raw and gzipped file by file, as a server sends them) of one built page. */
export function pageWeight(siteDir: string, basePath: string, path: string): PageWeight {
  const urlPath = basePath + path.replace(/^\//, '');
  const htmlFile = fileOf(siteDir, basePath, urlPath);
  if (!htmlFile) throw new Error(`no built page for ${urlPath}`);
  const html = readFileSync(htmlFile, 'utf8');
  const result: PageWeight = { path: urlPath, html: { raw: Buffer.byteLength(html), gzip: gz(html), files: [urlPath] }, css: empty(), js: empty(), jsChunks: empty(), lazyJs: empty() };
  const add = (bytes: Bytes, data: Buffer | string, name: string) => {
    bytes.raw += Buffer.byteLength(data);
    bytes.gzip += gz(data);
    bytes.files.push(name);
  };

  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/rel=["']?stylesheet/i.test(tag)) continue;
    const href = attr(tag, 'href');
    const file = href && fileOf(siteDir, basePath, new URL(href, `http://x${urlPath}`).pathname);
    if (file) add(result.css, readFileSync(file), href!);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) add(result.css, m[1]!, '<style>');

  // Entry modules: <script src> and island component/renderer URLs, then their imports.
  const entries: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(m[1]!, 'src');
    if (src) entries.push(new URL(src, `http://x${urlPath}`).pathname);
    else if (m[2]!.trim() && !/type=["']?application\/(ld\+)?json/i.test(m[1]!)) add(result.js, m[2]!, '<script> inline');
  }
  for (const m of html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) entries.push(new URL(m[1]!, `http://x${urlPath}`).pathname);

  const eager = new Set<string>();
  const lazy = new Set<string>();
  const lazyQueue: string[] = [];
  const visit = (url: string, set: Set<string>) => {
    if (eager.has(url) || set.has(url)) return;
    const file = fileOf(siteDir, basePath, url);
    if (!file) return;
    set.add(url);
    const found = importsOf(readFileSync(file, 'utf8'), url);
    for (const dep of found.eager) visit(dep, set);
    for (const dep of found.lazy) if (!eager.has(dep)) lazyQueue.push(dep);
  };
  for (const entry of entries) visit(entry, eager);
  for (const dep of lazyQueue) visit(dep, lazy);
  for (const url of eager) {
    const data = readFileSync(fileOf(siteDir, basePath, url)!);
    add(result.js, data, url);
    add(result.jsChunks, data, url);
  }
  for (const url of lazy) if (!eager.has(url)) add(result.lazyJs, readFileSync(fileOf(siteDir, basePath, url)!), url);
  return result;
}

/** Every built HTML page of the site, as URL paths ("/", "/handbok/om-handboka/", …). */
export function builtPages(siteDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string, url: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${url}${entry.name}/`);
      else if (entry.name === 'index.html') pages.push(url);
      else if (entry.name.endsWith('.html')) pages.push(url + entry.name);
    }
  };
  walk(siteDir, '/');
  return pages.sort();
}

export interface CssOverPages {
  /** Pages measured, heaviest CSS first. */
  pages: { path: string; gzip: number; raw: number; files: number }[];
  /** Stylesheet files linked by at least one page, with the number of pages that link each. */
  files: Record<string, number>;
}

/** CSS (gzipped file by file, as a server sends it) of every built HTML page, heaviest first. */
export function cssOverAllPages(siteDir: string, basePath: string): CssOverPages {
  const files: Record<string, number> = {};
  const pages = builtPages(siteDir).map((path) => {
    const w = pageWeight(siteDir, basePath, path);
    for (const f of w.css.files) if (f !== '<style>') files[f] = (files[f] ?? 0) + 1;
    return { path: w.path, gzip: w.css.gzip, raw: w.css.raw, files: w.css.files.length };
  });
  pages.sort((a, b) => b.gzip - a.gzip || a.path.localeCompare(b.path));
  return { pages, files };
}

export interface DesignsystemetUse {
  /** The whole Designsystemet CSS (every component) with the site's generated theme, minified, gzip. */
  whole: number;
  /** The parts the site imports (src/styles/designsystemet.css, src/styles/ds/*.css) with the theme. */
  imported: number;
  /** Of those, what some page can use: after the build's drop of unmatchable rules and unread tokens. */
  used: number;
}

async function bundleCss(file: string): Promise<string> {
  const { code } = await bundleAsync({
    filename: file,
    minify: true,
    resolver: { resolve: (specifier, from) => (specifier.startsWith('.') ? join(dirname(from), specifier) : createRequire(from).resolve(specifier)) },
  });
  return code.toString();
}

/**
 * What Designsystemet brings that no page uses (issue 19): its whole CSS, the parts the site
 * imports, and what is left of those when the build (src/integrations/page-css.ts) drops the
 * rules no page can match and the tokens nothing reads, judged against the built site.
 */
export async function designsystemetUse(root: string, siteDir: string): Promise<DesignsystemetUse> {
  const theme = readFileSync(join(root, 'src', 'generated', 'theme.css'), 'utf8');
  const whole = theme + (await bundleCss(createRequire(join(root, 'package.json')).resolve('@digdir/designsystemet-css')));
  const styles = join(root, 'src', 'styles');
  const parts = [join(styles, 'designsystemet.css'), ...readdirSync(join(styles, 'ds')).filter((f) => f.endsWith('.css')).map((f) => join(styles, 'ds', f))];
  const imported = theme + (await Promise.all(parts.map(bundleCss))).join('\n');
  const files = listFiles(siteDir);
  const texts = files.filter((f) => /\.(m?js|html|json)$/.test(f)).map((f) => readFileSync(f, 'utf8'));
  const siteCss = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(f, 'utf8'));
  const cut = pruneUnmatchable(imported, siteWords(texts), 'designsystemet.css');
  // Tokens count as read when the site's own CSS, a page or a script reads them.
  const used = pruneCustomProperties(new Map([['ds', cut]]), [...texts, ...siteCss]).css.get('ds')!;
  return { whole: gz(whole), imported: gz(imported), used: gz(used) };
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) listFiles(join(dir, entry.name), out);
    else out.push(join(dir, entry.name));
  }
  return out;
}
