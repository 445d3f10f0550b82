import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { checkText, formatProblem } from './check.ts';

/** The file extension of each collection's entries, from its pattern in COLLECTIONS. */
export const EXTENSIONS = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, c]) => [name, extname(c.pattern)]),
) as Record<CollectionName, string>;

/** Entry files of a collection, sorted; files starting with "_" are notes, not entries. */
export function collectionFiles(rootDir: string, name: CollectionName): string[] {
  const dir = join(rootDir, 'content', name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => extname(file) === EXTENSIONS[name] && !basename(file).startsWith('_'))
    .sort()
    .map((file) => join(dir, file));
}

type EntryData<N extends CollectionName> = z.infer<(typeof COLLECTIONS)[N]['schema']>;

/**
 * Reads a collection outside Astro (PDF build step, scripts, tests) with the same schemas
 * the site uses. A broken file throws with the same plain Norwegian messages as the build.
 */
export function readCollection<N extends CollectionName>(rootDir: string, name: N): { id: string; data: EntryData<N> }[] {
  return collectionFiles(rootDir, name).map((path) => {
    const file = relative(rootDir, path);
    const { data, problems } = checkText(file, readFileSync(path, 'utf8'), COLLECTIONS[name].schema);
    if (!data) throw new Error(problems.map(formatProblem).join('\n'));
    return { id: basename(path, EXTENSIONS[name]), data: data as EntryData<N> };
  });
}
