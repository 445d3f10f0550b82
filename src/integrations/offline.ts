import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync, type Stats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from '@serwist/build';
import { loadMunicipality } from '../lib/municipality.ts';
import { listSite, type KnownRevisions } from '../lib/offline/listing.ts';
import { buildCacheDir } from '../lib/build-cache.ts';
import { ASSET_DIR, FALLBACK_PAGE, LISTING_FILE, SW_FILE, type OfflineListing } from '../lib/offline/names.ts';

const WORKER_DIR = join(process.cwd(), 'src', 'lib', 'offline', 'worker');

async function bundle(entry: string, outFile: string): Promise<void> {
  await build({
    entryPoints: [join(WORKER_DIR, entry)],
    outfile: outFile,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
}

/**
 * The revisions of the last build's files by inode, size and modification time, kept in the
 * build cache. The PDFs and the search index are hard links into the build's caches, so
 * an unchanged one keeps all three and is not read and hashed again (≈ 90 MB at 1,000
 * plans); any rewritten file gets a new inode or time and is hashed. Only this build's
 * files are kept for the next.
 */
function revisionMemo(root: string): KnownRevisions & { save(): void } {
  const file = join(buildCacheDir(root, 'praksis-offline'), 'revisions.json');
  let before: Record<string, string> = {};
  try {
    if (existsSync(file)) before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    before = {}; // unreadable: hash everything again
  }
  const now: Record<string, string> = {};
  const key = (s: Stats) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}`;
  return {
    get: (stats) => before[key(stats)],
    set: (stats, rev) => void (now[key(stats)] = rev),
    save: () => {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, JSON.stringify(now));
    },
  };
}

/** Hashed files a page needs before it can show and run: its stylesheets, scripts and their static imports, as paths in `dir`. */
function filesOf(dir: string, page: string): string[] {
  const found = new Set<string>();
  const queue = [...readFileSync(join(dir, page), 'utf8').matchAll(/\/(_astro\/[\w.-]+\.(?:js|css|svg))/g)].map((m) => m[1]!);
  for (let path = queue.pop(); path; path = queue.pop()) {
    if (found.has(path)) continue;
    found.add(path);
    if (!path.endsWith('.js')) continue;
    for (const m of readFileSync(join(dir, path), 'utf8').matchAll(/\bfrom\s*["']\.\/([\w.-]+\.js)["']/g)) queue.push(`${ASSET_DIR}${m[1]}`);
  }
  return [...found];
}

/**
 * Writes the offline files into a built site: the listing of what can be saved, and the
 * service worker with its shell precache (Serwist's injectManifest over our own worker).
 * Exported for the update test, which changes a page in a copy of the site and runs it again.
 */
export async function writeOfflineFiles(dir: string, enabled: boolean, known?: KnownRevisions): Promise<{ listing?: OfflineListing; swBytes: number }> {
  const swFile = join(dir, SW_FILE);
  if (!enabled) {
    await bundle('retire.ts', swFile);
    return { swBytes: readFileSync(swFile).length };
  }
  const listing = listSite(dir, known);
  writeFileSync(join(dir, LISTING_FILE), JSON.stringify(listing));
  await bundle('service-worker.ts', swFile);
  // The shell: the offline page with its own files, the listing it reads, the manifest. Not
  // every stylesheet and icon: a page read is kept with its own files, and the worker fetches
  // the shell only when the reader shows intent (see service-worker.ts), so a first visit
  // costs the page and the worker.
  const fallback = `${FALLBACK_PAGE}index.html`;
  const result = await injectManifest({
    swSrc: swFile,
    swDest: swFile,
    globDirectory: dir,
    globPatterns: [fallback, ...filesOf(dir, fallback), LISTING_FILE, 'manifest.webmanifest'],
    injectionPoint: 'self.__SW_MANIFEST',
    // Hashed names change with their content; the rest get a revision.
    dontCacheBustURLsMatching: /^_astro\//,
    manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: e.url.replace(/(^|\/)index\.html$/, '$1') })), warnings: [] })],
  });
  if (result.warnings.length) throw new Error(`Service worker: ${result.warnings.join('; ')}`);
  return { listing, swBytes: readFileSync(swFile).length };
}

/** Offline support (issue 15): runs after the search index and PDFs exist, so they are listed too. */
export function offline(): AstroIntegration {
  return {
    name: 'praksis:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const enabled = loadMunicipality().offline;
        const revisions = revisionMemo(process.cwd());
        const { listing, swBytes } = await writeOfflineFiles(fileURLToPath(dir), enabled, revisions);
        revisions.save();
        const took = Math.round(performance.now() - started);
        if (!listing) logger.info(`Bruk uten nett er slått av: ${SW_FILE} fjerner en tidligere installert versjon (${took} ms)`);
        else logger.info(`Bruk uten nett: ${listing.files.length} filer (${(listing.totalBytes / 1e6).toFixed(1)} MB) kan lagres; ${SW_FILE} ${Math.round(swBytes / 1024)} kB (${took} ms)`);
      },
    },
  };
}
