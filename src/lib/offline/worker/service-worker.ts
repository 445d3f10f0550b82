/// <reference lib="webworker" />
/**
 * The service worker, bundled by src/integrations/offline.ts with Serwist and the shell's
 * precache list injected at build time. It only ever answers requests to its own origin and
 * scope; everything else goes to the browser untouched.
 *
 *  - shell (CSS, logo, icons, manifest, the offline page, the file listing): precached on install
 *  - hashed assets under _astro/ (JS, CSS, fonts): cached on first use, never refetched
 *  - pages, search index, PDFs, plan JSON: from the network when online, from the cache offline
 *  - a page neither online nor cached: the offline page
 *  - "save for offline" and updates of what was saved: ./saving.ts
 */
import { CacheFirst, CacheableResponsePlugin, NetworkFirst, Serwist, type PrecacheEntry, type RouteMatchCallbackOptions } from 'serwist';
import { ASSET_DIR, FALLBACK_PAGE, LISTING_FILE, MSG_SAVE, SW_FILE, cacheNames } from '../names.ts';
import { keepOpenPages, refreshSaved, removeStale, saveAll } from './saving.ts';

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

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
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

self.addEventListener('install', (event) => {
  // Precache the shell first, then bring what the reader saved up to this version, before
  // this version can take over: a failure leaves the old version in charge, unharmed.
  event.waitUntil(serwist.handleInstall(event).then(async () => refreshSaved(scope, await listingResponse())));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    serwist.handleActivate(event).then(async () => {
      await removeStale(scope, await listingResponse());
      const open = await self.clients.matchAll({ type: 'window' });
      await keepOpenPages(scope, await listingResponse(), open.map((c) => c.url));
    }),
  );
});
self.addEventListener('fetch', serwist.handleFetch);
self.addEventListener('message', (event) => {
  if (event.data?.type !== MSG_SAVE || !event.ports[0]) return;
  const port = event.ports[0];
  const languages = Array.isArray(event.data.languages) ? (event.data.languages as unknown[]).filter((l): l is string => typeof l === 'string') : [];
  event.waitUntil(listingResponse().then((listing) => saveAll(scope, listing, (message) => port.postMessage(message), languages)));
});
