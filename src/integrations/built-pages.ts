import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built HTML pages of a site, read once per build and shared by the `astro:build:done`
 * hooks that need them (the search index, then the file sizes), instead of each hook
 * reading all of them again. Keys are paths relative to the site folder, with "/", in the
 * order the folder lists them (the order Pagefind has always been given them).
 */
const read = new Map<string, Map<string, string>>();

export function builtPages(site: string): Map<string, string> {
  let pages = read.get(site);
  if (!pages) {
    pages = new Map();
    const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const file of files) pages.set(file.split('\\').join('/'), readFileSync(join(site, file), 'utf8'));
    read.set(site, pages);
  }
  return pages;
}

/** Forgets the pages of a site once the last hook that reads them is done (they may change later). */
export function forgetBuiltPages(site: string): void {
  read.delete(site);
}
