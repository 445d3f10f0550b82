import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../content-check/collections.ts';
import type { ContentProblem } from '../content-check/check.ts';
import { readHidden } from './hidden.ts';

/**
 * The one place where the two layers of content meet.
 *
 * content/ is the shared handbook, owned by the project; a municipality never edits it.
 * lokalt/ is the municipality's own: kommune.yaml, the logo, new pages and plans, a file at
 * the same path as a shared one (an override), lokalt/skjul.yaml (shared pages to hide) and
 * plan extensions (a local plan file with «utvider: <plan>»). Because upstream only ever
 * changes content/ and a copy only ever changes lokalt/, a merge never conflicts.
 *
 * Every reader goes through here: the Astro collections, check-content, the PDF step,
 * the route list and the override report. Any collection listed in COLLECTIONS is layered.
 */
export const SHARED_DIR = 'content';
export const LOCAL_DIR = 'lokalt';

/** The pages under /om/ that a copy fills in from kommune.yaml or replaces with lokalt/om/<page>.mdx (AboutPage.astro). */
export const ABOUT_PAGES = ['personvern', 'tilgjengelighet', 'ta-i-bruk'] as const;

/** Key that turns a local YAML entry into an extension of a shared one instead of a whole copy. */
export const EXTENDS_KEY = 'utvider';

export type Layer = 'felles' | 'lokal';

export interface LayeredEntry {
  collection: CollectionName;
  id: string;
  /** The file that defines the entry, relative to the repository root (where problems point). */
  file: string;
  layer: Layer;
  /** For a local entry that replaces or extends a shared one: the shared file. */
  shared?: string;
  /** The entry is a local extension of the shared entry `shared` (plans). */
  extension?: boolean;
}

export interface LayerView {
  entries: LayeredEntry[];
  /** Ids of shared entries left out because lokalt/skjul.yaml hides them. */
  hidden: string[];
  problems: ContentProblem[];
}

/** The file extension of each collection's entries, from its pattern in COLLECTIONS. */
export const EXTENSIONS = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, c]) => [name, extname(c.pattern)]),
) as Record<CollectionName, string>;

export const isDataCollection = (name: CollectionName) => /^\.ya?ml$/.test(EXTENSIONS[name]);

/** Entry files (relative to the layer's collection folder) sorted; "_" files are notes, not entries. */
function filesIn(rootDir: string, layerDir: string, name: CollectionName): string[] {
  const dir = join(rootDir, layerDir, name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => extname(file) === EXTENSIONS[name] && !basename(file).startsWith('_'))
    .sort();
}

const idOf = (name: CollectionName, file: string) => file.slice(0, -EXTENSIONS[name].length);

/** Which shared entry a local data file extends, if it says so. */
function extendsWhat(rootDir: string, file: string): string | undefined {
  try {
    const data = parse(readFileSync(join(rootDir, file), 'utf8')) as Record<string, unknown> | null;
    const target = data && typeof data === 'object' ? data[EXTENDS_KEY] : undefined;
    return typeof target === 'string' ? target : undefined;
  } catch {
    return undefined; // a YAML error is reported by the check of the file itself
  }
}

/** Merges the two layers of one collection: overrides replace, skjul.yaml hides, extensions extend. */
export function layerView(rootDir: string, name: CollectionName): LayerView {
  const problems: ContentProblem[] = [];
  // Problems in the hide list itself are reported once, by checkAllContent.
  const hiddenIds = readHidden(rootDir, []).filter((h) => h.collection === name);
  const shared = new Map(filesIn(rootDir, SHARED_DIR, name).map((f) => [idOf(name, f), `${SHARED_DIR}/${name}/${f}`]));
  const entries = new Map<string, LayeredEntry>();
  const hidden: string[] = [];

  for (const [id, file] of shared) entries.set(id, { collection: name, id, file, layer: 'felles' });
  for (const h of hiddenIds) {
    if (!shared.has(h.id)) {
      problems.push({ file: h.file, line: h.line, field: `[${h.index}]`, what: `«${name}/${h.id}» finnes ikke i den felles håndboka`, expected: `en side eller plan som finnes i ${SHARED_DIR}/${name}/, for eksempel «${name}/${[...shared.keys()][0] ?? 'navn'}»` });
      continue;
    }
    hidden.push(h.id);
    entries.delete(h.id);
  }

  for (const f of filesIn(rootDir, LOCAL_DIR, name)) {
    const id = idOf(name, f);
    const file = `${LOCAL_DIR}/${name}/${f}`;
    const target = isDataCollection(name) ? extendsWhat(rootDir, file) : undefined;
    if (target !== undefined) {
      const base = shared.get(target);
      if (!base) {
        problems.push({ file, line: 1, field: EXTENDS_KEY, what: `«${target}» finnes ikke i ${SHARED_DIR}/${name}/`, expected: `navnet på en felles fil uten .yaml, for eksempel «${[...shared.keys()][0] ?? 'navn'}»` });
        continue;
      }
      entries.set(id, { collection: name, id, file, layer: 'lokal', shared: base, extension: true });
    } else {
      entries.set(id, { collection: name, id, file, layer: 'lokal', ...(shared.has(id) ? { shared: shared.get(id)! } : {}) });
    }
  }
  return { entries: [...entries.values()].sort((a, b) => a.id.localeCompare(b.id)), hidden, problems };
}

/** Every collection at once, for the override report and the route list. */
export function allLayerViews(rootDir: string): Record<CollectionName, LayerView> {
  return Object.fromEntries((Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, layerView(rootDir, name)])) as Record<CollectionName, LayerView>;
}

/** A file the municipality owns (kommune.yaml, the logo), relative to the repository root. */
export function localFile(rootDir: string, name: string): string {
  return join(rootDir, LOCAL_DIR, name);
}

/**
 * A single shared file outside the collections (the search's word lists): the municipality's
 * file at the same path under lokalt/ replaces the shared one. Returns a root-relative path.
 */
export function layeredFile(rootDir: string, path: string): string {
  const local = `${LOCAL_DIR}/${path}`;
  return existsSync(join(rootDir, local)) ? local : `content/${path}`;
}

/**
 * The municipality's identity: lokalt/kommune.yaml once the copy has made its own, otherwise
 * the project's neutral example. The project only ever changes the example, the copy only its
 * own file, so new versions of the example never conflict with a copy's settings.
 */
export const MUNICIPALITY_FILE = `${LOCAL_DIR}/kommune.yaml`;
export const MUNICIPALITY_EXAMPLE = `${LOCAL_DIR}/kommune.eksempel.yaml`;

export function municipalityFile(rootDir: string): string {
  return existsSync(join(rootDir, MUNICIPALITY_FILE)) ? MUNICIPALITY_FILE : MUNICIPALITY_EXAMPLE;
}
