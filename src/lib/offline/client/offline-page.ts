/**
 * The offline page: lists the pages this device holds, with links, from the build's listing
 * (served by the worker from its own precache) and the caches.
 */
import { FALLBACK_PAGE, LISTING_FILE, type OfflineListing } from '../names.ts';

const base = import.meta.env.BASE_URL;
const scope = new URL(base, location.href).href;

async function listCached(list: HTMLUListElement, none: HTMLElement, intro: HTMLElement): Promise<void> {
  const listing = (await fetch(`${base}${LISTING_FILE}`).then((r) => r.json())) as OfflineListing;
  const pages = listing.files.filter((f) => f.title !== undefined && f.path !== FALLBACK_PAGE);
  const held = await Promise.all(pages.map(async (p) => ((await caches.match(scope + p.path)) ? p : undefined)));
  const cached = held.filter((p) => p !== undefined);
  for (const page of cached) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'ds-link';
    link.href = base + page.path;
    // "Fadderrollen – Praksishåndboka – Eksempel kommune" → "Fadderrollen"
    link.textContent = page.title!.split(' – ')[0]!;
    item.append(link);
    list.append(item);
  }
  intro.hidden = cached.length === 0;
  none.hidden = cached.length > 0;
}

const list = document.querySelector<HTMLUListElement>('[data-cached-pages]');
const none = document.querySelector<HTMLElement>('[data-cached-none]');
const intro = document.querySelector<HTMLElement>('[data-cached-intro]');
if (list && none && intro && 'caches' in window) void listCached(list, none, intro).catch(() => { none.hidden = false; });
