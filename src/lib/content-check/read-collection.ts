import type { CollectionName } from './collections.ts';
import { formatProblem } from './check.ts';
import { layerView, EXTENSIONS, type LayeredEntry } from '../content/layers.ts';
import { readEntry, type EntryData } from '../content/read-entry.ts';

export { EXTENSIONS };

/** Entries of a collection after the layers are merged (shared, overridden, hidden, extended). */
export function collectionEntries<N extends CollectionName>(rootDir: string, name: N): (LayeredEntry & { collection: N })[] {
  return layerView(rootDir, name).entries as (LayeredEntry & { collection: N })[];
}

/**
 * Reads a collection outside Astro (PDF build step, scripts, tests) with the same layers and
 * schemas the site uses. A broken file throws with the same plain Norwegian messages as the build.
 */
export function readCollection<N extends CollectionName>(rootDir: string, name: N): { id: string; file: string; data: EntryData<N> }[] {
  const view = layerView(rootDir, name);
  if (view.problems.length) throw new Error(view.problems.map(formatProblem).join('\n'));
  return collectionEntries(rootDir, name).map((entry) => {
    const { data, problems } = readEntry(rootDir, entry);
    if (!data) throw new Error(problems.map(formatProblem).join('\n'));
    return { id: entry.id, file: entry.file, data };
  });
}
