/// <reference lib="webworker" />
/**
 * Written as sw.js when a municipality turns offline support off: a phone that installed the
 * earlier worker fetches this one on its next visit, which deletes this copy's caches and
 * unregisters itself. Pages of such a site also unregister it (OfflineOff.astro).
 */
import { CACHE_PREFIX } from '../names.ts';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const scope = self.registration.scope;
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name.endsWith(scope)) await caches.delete(name);
      await self.registration.unregister();
    })(),
  );
});
