/**
 * What the service worker, the build step and the page scripts must agree on: file names,
 * cache names and messages. No Node or DOM imports, so all three can use it.
 */

/** The service worker's file, at the site's base path (its scope is the base path). */
export const SW_FILE = 'sw.js';
/** The build's list of every file a reader can save (see OfflineListing). */
export const LISTING_FILE = 'offline-files.json';
/** The page shown when a page is neither on the network nor in the cache. */
export const FALLBACK_PAGE = 'frakoblet/';

/** One file the reader can save, with a path relative to the base path ("handbok/", "pdf/planer/x.pdf"). */
export interface ListedFile {
  path: string;
  /** Content hash: a changed file gets a new revision. */
  rev: string;
  bytes: number;
  /** Pages only: the heading the offline page lists it by. */
  title?: string;
}
export interface OfflineListing {
  /** Hash over all revisions: one value per deploy. */
  version: string;
  totalBytes: number;
  files: ListedFile[];
}

/** What the service worker remembers about a "save for offline": which revisions it holds. */
export interface SavedState {
  version: string;
  savedAt: string;
  files: Record<string, string>;
}

/**
 * Cache names carry the scope (the site's full base URL), so two copies of the site on one
 * domain, at /a/ and /b/, never read or clean each other's caches.
 */
export const cacheNames = (scope: string) => ({
  /** The shell, precached on install by revision (Serwist). */
  precache: `praksis-precache-${scope}`,
  /** Pages, search index, PDFs, plan JSON: fresh from the network when online. */
  content: `praksis-content-${scope}`,
  /** Hashed build assets under _astro/ (CSS, JS, fonts): never change, so cached at first use. */
  assets: `praksis-assets-${scope}`,
});
export const CACHE_PREFIX = 'praksis-';

/** A key in the content cache, not a file on the site: the saved state. */
export const savedStateKey = (scope: string) => `${scope}__offline-saved.json`;

/** Hashed build assets live here and never change content under one name. */
export const ASSET_DIR = '_astro/';

/** Messages from a page to the service worker. */
export const MSG_SAVE = 'praksis:save-all';
/** The reader shows intent (a second page, the installed app): fetch the shell (offline page, listing). */
export const MSG_SHELL = 'praksis:shell';
export const MSG_SKIP_WAITING = 'praksis:skip-waiting';

/** Messages back on the MessageChannel port a page sends with MSG_SAVE. */
export type SaveProgress =
  | { type: 'progress'; doneBytes: number; totalBytes: number; doneFiles: number; totalFiles: number }
  | { type: 'done'; state: SavedState }
  | { type: 'failed'; failedFiles: number };
