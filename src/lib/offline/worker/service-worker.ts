/// <reference lib="webworker" />
/**
 * The service worker, bundled by src/integrations/offline.ts with Serwist and the shell's
 * precache list injected at build time. It only ever answers requests to its own origin and
 * scope; everything else goes to the browser untouched.
 *
 *  - shell (the offline page and its files, the file listing, the manifest): precached when the
 *    reader shows intent (a second page, "save for offline", the installed app), not on a first
 *    install: a reader who opens one chapter from a link gets that chapter and the worker, no more
 *  - pages open when the worker arrives: kept from what the browser already fetched (HTTP cache)
 *  - hashed assets under _astro/ (JS, CSS, fonts): cached on first use, never refetched
 *  - pages, search index, PDFs, plan JSON: from the network when online, from the cache offline
 *  - a page neither online nor cached: the offline page
 *  - "save for offline" and updates of what was saved: ./saving.ts
 */
import { CacheFirst, CacheableResponsePlugin, NetworkFirst, Serwist, type PrecacheEntry, type RouteMatchCallbackOptions } from 'serwist';
import { ASSET_DIR, FALLBACK_PAGE, LISTING_FILE, MSG_SAVE, MSG_SHELL, SW_FILE, cacheNames } from '../names.ts';
import { keepOpenPages, refreshSaved, removeOtherCaches, removeStale, saveAll } from './saving.ts';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

const scope = self.registration.scope;
const names = cacheNames(scope);
const scopePath = new URL(scope).pathname;

/** Only GET requests to this origin, inside this copy's base path, and never the worker itself. */
function ours({ url, request }: RouteMatchCallbackOptions): boolean {
  return request.method === 'GET' && url.origin === self.location.origin && url.pathname.startsWith(scopePath) && url.pathname !== `${scopePath}${SW_FILE}`;
}
/** Only complete answers are kept: no errors, no redirects, no partial (range) responses. */
const okOnly = () => new CacheableResponsePlugin({ statuses: [200] });
/**
 * Query strings never become part of a cache key: what someone typed into search is not
 * stored, and sok/?q=anything opens the one cached search page offline.
 */
const withoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

/** The shell's files, injected by the build (one mention only: Serwist replaces it). */
const shellEntries = self.__SW_MANIFEST;
const entryUrl = (entry: PrecacheEntry | string) => new URL(typeof entry === 'string' ? entry : entry.url, scope).href;
const isAsset = (entry: PrecacheEntry | string) => entryUrl(entry).startsWith(`${scope}${ASSET_DIR}`);

const serwist = new Serwist({
  // Hashed files the offline page uses go to the assets cache instead: a precache route would
  // claim them, and a page whose stylesheet was kept at first visit would then miss it offline.
  precacheEntries: shellEntries.filter((entry) => !isAsset(entry)),
  precacheOptions: { cacheName: names.precache, cleanupOutdatedCaches: true, concurrency: 4 },
  // A new version waits until the reader chooses "last inn på nytt" (SKIP_WAITING message).
  skipWaiting: false,
  // The first version takes over at once, so pages read from the first visit on are cached.
  clientsClaim: true,
  disableDevLogs: true,
  // Online, the page request starts while the worker boots, so the worker adds no wait of its own.
  navigationPreload: true,
  runtimeCaching: [
    { matcher: (o) => ours(o) && o.url.pathname.startsWith(`${scopePath}${ASSET_DIR}`), handler: new CacheFirst({ cacheName: names.assets, plugins: [okOnly()] }) },
    // A short timeout: on a weak connection in a basement the cached copy beats waiting.
    { matcher: ours, handler: new NetworkFirst({ cacheName: names.content, networkTimeoutSeconds: 4, plugins: [okOnly(), withoutQuery] }) },
  ],
  fallbacks: { entries: [{ url: `${scopePath}${FALLBACK_PAGE}`, matcher: ({ request }) => request.mode === 'navigate' }] },
});

/** The listing of this version, from this version's own precache (never a newer deploy's). */
async function listingResponse(): Promise<Response> {
  const key = serwist.getPrecacheKeyForUrl(`${scopePath}${LISTING_FILE}`);
  const response = key ? await caches.match(key) : undefined;
  if (!response) throw new Error('offline listing missing from the precache');
  return response;
}

/** Whether this scope's shell was ever fetched (by this or an earlier version). */
const hasShell = async () => (await (await caches.open(names.precache)).keys()).length > 0;

/**
 * Fetches this version's shell into the precache, under Serwist's keys (so its precache route
 * and the offline fallback find them), skipping what is already there. Serwist's own
 * handleInstall stores only inside an install event; this runs on intent as well.
 *
 * The files come in parallel (one round trip, not one per file, on a slow line), and the
 * offline page is stored last, once its script, stylesheet and the listing it reads are kept:
 * the fallback route serves the page as soon as it is in the precache, so a reader who goes
 * offline while the shell is still arriving gets either the browser's own offline message or
 * a working offline page, never one whose script or listing is missing (an empty list).
 */
async function fetchShell(): Promise<void> {
  const [precache, assets] = await Promise.all([caches.open(names.precache), caches.open(names.assets)]);
  const fallbackUrl = new URL(FALLBACK_PAGE, scope).href;
  const fetchEntry = async (entry: PrecacheEntry | string) => {
    const url = entryUrl(entry);
    const cache = isAsset(entry) ? assets : precache;
    const key = isAsset(entry) ? url : serwist.getPrecacheKeyForUrl(url);
    if (!key || (await cache.match(key))) return undefined;
    const revised = typeof entry !== 'string' && Boolean(entry.revision);
    const response = await fetch(url, { cache: revised ? 'reload' : 'default', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`shell file ${url}: ${response.status}`);
    return { store: () => cache.put(key, response) };
  };
  const fallback = shellEntries.find((entry) => entryUrl(entry) === fallbackUrl);
  const page = fallback ? fetchEntry(fallback) : undefined;
  page?.catch(() => {}); // awaited below, after the rest: a failure there is reported then
  // A failure anywhere leaves the offline page out, so it is fetched again on the next intent.
  await Promise.all(shellEntries.filter((entry) => entry !== fallback).map(async (entry) => (await fetchEntry(entry))?.store()));
  await (await page)?.store();
}
let shellRun: Promise<void> | undefined;
function ensureShell(): Promise<void> {
  shellRun ??= fetchShell().finally(() => (shellRun = undefined));
  return shellRun;
}

self.addEventListener('install', (event) => {
  // A first install fetches nothing more: the reader may read this one page and leave.
  // An update of a worker whose reader used the shell precaches it first, then brings what
  // the reader saved up to this version, before this version can take over: a failure
  // leaves the old version in charge, unharmed.
  event.waitUntil(
    (async () => {
      if (!self.registration.active || !(await hasShell())) return;
      await ensureShell();
      await refreshSaved(scope, await listingResponse());
    })(),
  );
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await hasShell();
      // Serwist's activate drops precache entries of older versions: only when this one has its own.
      if (shell) await serwist.handleActivate(event);
      await removeOtherCaches(scope);
      // Only a reader who has the shell (and perhaps saved the handbook) has anything stale.
      const listing = shell ? await listingResponse().catch(() => undefined) : undefined;
      if (listing) await removeStale(scope, listing);
      // Pages read before the worker was there (a first visit) open offline too.
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await keepOpenPages(scope, open.map((c) => c.url));
    })(),
  );
});
self.addEventListener('fetch', serwist.handleFetch);
/** The participant languages whose files «save» should include (the page sends the chosen one). */
function languagesOf(data: unknown): string[] {
  const languages = (data as { languages?: unknown } | null)?.languages;
  return Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : [];
}

self.addEventListener('message', (event) => {
  const type = event.data?.type;
  if (type === MSG_SHELL) {
    event.waitUntil(ensureShell().catch(() => {}));
  } else if (type === MSG_SAVE && event.ports[0]) {
    const port = event.ports[0];
    event.waitUntil(
      ensureShell()
        .then(listingResponse)
        .then((listing) => saveAll(scope, listing, (message) => port.postMessage(message), languagesOf(event.data)))
        .catch(() => port.postMessage({ type: 'failed', failedFiles: 0 })),
    );
  }
});
