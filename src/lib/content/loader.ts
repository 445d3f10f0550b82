import { glob, type Loader } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from '../content-check/collections.ts';
import { formatProblem } from '../content-check/check.ts';
import { isDataCollection, layerView, LOCAL_DIR, SHARED_DIR } from './layers.ts';
import { readEntry } from './read-entry.ts';

/**
 * The Astro side of the layers: each collection loads the merged view from layers.ts, so the
 * site shows exactly what check-content checked and the PDF step prints.
 *
 * MDX collections keep Astro's glob loader (it renders MDX) over both folders, minus the
 * shared files that lokalt/ overrides or hides. Data collections (YAML) load the merged
 * entries directly, because an extension has to be applied to its shared plan first.
 */
export function layeredLoader(name: CollectionName): Loader {
  return isDataCollection(name) ? dataLoader(name) : markdownLoader(name);
}

function markdownLoader(name: CollectionName): Loader {
  const root = process.cwd();
  const view = layerView(root, name);
  const shown = new Set(view.entries.map((e) => e.file));
  const pattern = COLLECTIONS[name].pattern;
  const layerPrefix = new RegExp(`^(${SHARED_DIR}|${LOCAL_DIR})/${name}/`);
  // Shared files replaced by a local one or hidden are excluded by name.
  const excluded = view.entries
    .filter((e) => e.shared && !shown.has(e.shared))
    .map((e) => e.shared!)
    .concat(view.hidden.map((id) => `${SHARED_DIR}/${name}/${id}${pattern.slice(pattern.lastIndexOf('.'))}`));
  return glob({
    pattern: [`${SHARED_DIR}/${name}/${pattern}`, `${LOCAL_DIR}/${name}/${pattern}`, '!**/_*', ...excluded.map((f) => `!${f}`)],
    base: '.',
    generateId: ({ entry }) => entry.replace(layerPrefix, '').replace(/\.[^./]+$/, ''),
  });
}

/** Exported for its test; `root` is the project (the build's working folder). */
export function dataLoader(name: CollectionName, root = process.cwd()): Loader {
  return {
    name: 'praksis-layered-data',
    load: async ({ store, parseData, watcher, logger }) => {
      const sync = async () => {
        const view = layerView(root, name);
        const entries = [];
        const problems = [...view.problems];
        for (const entry of view.entries) {
          const checked = readEntry(root, entry);
          problems.push(...checked.problems);
          if (checked.data) entries.push({ entry, data: checked.data as Record<string, unknown>, key: checked.key });
        }
        // The content guard stops the build before this; in dev the last good entries stay.
        if (problems.length) return logger.error(problems.map(formatProblem).join('\n'));
        // The store is kept between builds (Astro's data store in cacheDir): an entry whose
        // files and reading code are unchanged (same key) is neither parsed nor validated again.
        const ids = new Set(entries.map((e) => e.entry.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const { entry, data, key } of entries) {
          const stored = store.get(entry.id);
          if (stored?.digest === key && stored.filePath === entry.file) continue;
          const parsed = await parseData({ id: entry.id, data, filePath: entry.file });
          store.set({ id: entry.id, data: parsed, filePath: entry.file, digest: key });
        }
      };
      await sync();
      watcher?.on('all', (_event, path) => {
        const rel = path.replaceAll('\\', '/').slice(root.replaceAll('\\', '/').length + 1);
        if (rel.startsWith(`${SHARED_DIR}/${name}/`) || rel.startsWith(`${LOCAL_DIR}/`)) void sync();
      });
    },
  };
}
