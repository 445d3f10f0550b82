/// <reference lib="webworker" />
/**
 * "Save for offline" and keeping it current. Every file of the build's listing goes into the
 * cache its route reads from (assets or content); the saved state records each file's
 * revision, so a new version downloads only what changed, and a second save only what is missing.
 */
import { ASSET_DIR, CACHE_PREFIX, cacheNames, savedStateKey, type ListedFile, type OfflineListing, type SaveProgress, type SavedState } from '../names.ts';

const CONCURRENCY = 6;

async function readState(scope: string): Promise<SavedState | undefined> {
  const response = await caches.match(savedStateKey(scope), { cacheName: cacheNames(scope).content });
  return response ? ((await response.json()) as SavedState) : undefined;
}

async function openCaches(scope: string) {
  const names = cacheNames(scope);
  const [content, assets] = await Promise.all([caches.open(names.content), caches.open(names.assets)]);
  return { content, assets, of: (file: ListedFile) => (file.path.startsWith(ASSET_DIR) ? assets : content) };
}

/**
 * Downloads each listed file the cache lacks, or holds in another revision. Files that fail
 * keep whatever the cache had; the returned state names only the revisions really stored.
 */
async function download(scope: string, listing: OfflineListing, previous: SavedState | undefined, report: (m: SaveProgress) => void) {
  const store = await openCaches(scope);
  const files: Record<string, string> = {};
  const todo: ListedFile[] = [];
  for (const file of listing.files) {
    const held = previous?.files[file.path] === file.rev && (await store.of(file).match(scope + file.path));
    if (held) files[file.path] = file.rev;
    else todo.push(file);
  }
  const totalBytes = todo.reduce((sum, f) => sum + f.bytes, 0);
  let doneBytes = 0;
  let doneFiles = 0;
  let failedFiles = 0;
  report({ type: 'progress', doneBytes, totalBytes, doneFiles, totalFiles: todo.length });
  const queue = [...todo];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      try {
        // no-cache: revalidate with the server, so the HTTP cache cannot hand over an older copy.
        const response = await fetch(scope + file.path, { cache: file.path.startsWith(ASSET_DIR) ? 'default' : 'no-cache', credentials: 'same-origin' });
        if (!response.ok) throw new Error(`${response.status}`);
        await store.of(file).put(scope + file.path, response);
        files[file.path] = file.rev;
      } catch {
        failedFiles++;
      }
      doneFiles++;
      doneBytes += file.bytes;
      report({ type: 'progress', doneBytes, totalBytes, doneFiles, totalFiles: todo.length });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const state: SavedState = { version: listing.version, savedAt: new Date().toISOString(), files };
  await store.content.put(savedStateKey(scope), new Response(JSON.stringify(state), { headers: { 'Content-Type': 'application/json' } }));
  return { state, failedFiles };
}

/** The reader pressed "Lagre håndboka for bruk uten nett". */
export async function saveAll(scope: string, listingResponse: Response, report: (m: SaveProgress) => void): Promise<void> {
  const listing = (await listingResponse.json()) as OfflineListing;
  try {
    const { state, failedFiles } = await download(scope, listing, await readState(scope), report);
    report(failedFiles ? { type: 'failed', failedFiles } : { type: 'done', state });
  } catch {
    report({ type: 'failed', failedFiles: listing.files.length });
  }
}

/**
 * A new version is installing: if the reader saved the handbook, bring it up to this version
 * now, while the old version still serves. Throws when files are missing, so the install
 * fails and the old version (with everything saved) stays in charge until the next try.
 */
export async function refreshSaved(scope: string, listingResponse: Response): Promise<void> {
  const previous = await readState(scope);
  if (!previous) return;
  const listing = (await listingResponse.json()) as OfflineListing;
  if (previous.version === listing.version) return;
  const { failedFiles } = await download(scope, listing, previous, () => {});
  if (failedFiles) throw new Error(`${failedFiles} files could not be refreshed`);
}

/** A file from the browser's HTTP cache if it is there (force-cache: no new download), into a cache of ours. */
async function keep(cache: Cache, url: string): Promise<string | undefined> {
  if (await cache.match(url)) return undefined;
  const response = await fetch(url, { cache: 'force-cache', credentials: 'same-origin' }).catch(() => undefined);
  if (!response?.ok || response.redirected) return undefined;
  const text = new URL(url).pathname.endsWith('/') ? await response.clone().text() : undefined;
  await cache.put(url, response);
  return text;
}

/**
 * A version just took over: pages open in the browser came from the network before the
 * worker was there. Keep them, and the stylesheets, scripts and images they name, so they
 * open offline too, from the browser's HTTP cache, so nothing is downloaded a second time.
 */
export async function keepOpenPages(scope: string, pages: readonly string[]): Promise<void> {
  const store = await openCaches(scope);
  for (const url of new Set(pages.map((p) => p.split(/[?#]/)[0]!))) {
    if (!url.startsWith(scope)) continue;
    const html = await keep(store.content, url);
    // Only files the page names under _astro/ (a guess elsewhere would be a request for nothing).
    const named = html ? [...html.matchAll(/\/_astro\/([\w.-]+\.(?:m?js|css|svg|png|woff2?))/g)].map((m) => m[1]!) : [];
    for (const name of new Set(named)) await keep(store.assets, `${scope}${ASSET_DIR}${name}`);
  }
}

/** Asset file names a text refers to (HTML, CSS or a JS chunk importing another). */
const assetNames = (text: string) => new Set(text.match(/[\w.-]+\.(?:m?js|css|woff2?|svg|png|wasm)\b/g) ?? []);
const baseName = (url: string) => new URL(url).pathname.split('/').pop() ?? '';

/**
 * The new version has taken over: remove other caches of this scope (removeOtherCaches), pages that left the
 * site, and hashed assets that neither this version nor any still-cached older page uses.
 * (An older page stays readable offline until the reader opens it online again.)
 */
export async function removeOtherCaches(scope: string): Promise<void> {
  const current = new Set(Object.values(cacheNames(scope)));
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_PREFIX) && name.endsWith(scope) && !current.has(name)) await caches.delete(name);
  }
}

/** Pages that left the site and assets nothing uses any more (see above). */
export async function removeStale(scope: string, listingResponse: Response): Promise<void> {
  const listing = (await listingResponse.json()) as OfflineListing;
  const listed = new Set(listing.files.map((f) => scope + f.path));
  const { content, assets } = await openCaches(scope);

  const texts: string[] = [];
  for (const request of await content.keys()) {
    if (request.url === savedStateKey(scope)) continue;
    if (!listed.has(request.url)) {
      await content.delete(request);
      continue;
    }
    const response = await content.match(request);
    if (response?.headers.get('Content-Type')?.includes('text/html')) texts.push(await response.text());
  }

  const byName = new Map((await assets.keys()).map((r) => [baseName(r.url), r]));
  const keep = new Set([...byName.keys()].filter((name) => listed.has(scope + ASSET_DIR + name)));
  // Follow references from cached pages into assets and from assets (CSS, JS imports) onwards.
  for (let text = texts.pop(); text !== undefined; text = texts.pop()) {
    for (const name of assetNames(text)) {
      const request = byName.get(name);
      if (!request || keep.has(name)) continue;
      keep.add(name);
      if (/\.(m?js|css)$/.test(name)) texts.push((await (await assets.match(request))?.text()) ?? '');
    }
  }
  for (const [name, request] of byName) if (!keep.has(name)) await assets.delete(request);
}
