import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { buildCacheDir, pruneUnused } from '../build-cache.ts';

/**
 * Parsing and validating a content file (YAML + schema) is the slowest part of reading the
 * content: ≈ 5 ms for a plan, and one build used to do it three times per file (the content
 * guard, Astro's content layer, the PDF step). This remembers each file's checked result:
 *
 * - in the process, for every reader at once: the memo lives on globalThis, because Astro
 *   loads the integrations and the content config through separate module graphs;
 * - on disk between builds, once a build turns it on (`useEntryCache`, done by the content
 *   guard): `$PRAKSIS_CACHE_DIR/praksis-content` or `node_modules/.cache/praksis-content`.
 *
 * The key is a hash of the file's text (and, for an extension, its shared original's), its
 * path, and the code that reads it (schemas, content checks, plan model, yaml/zod/astro
 * versions), so any change to one of them reads the file again. Values are stored with
 * v8.serialize, which keeps the Date objects the schemas make.
 */

interface Memo {
  /** One result per file, so an edited file in `astro dev` replaces its old result. */
  byFile: Map<string, { key: string; value: unknown }>;
  /** Per project: the hash of the reading code, and when it was taken. */
  codeVersion: Map<string, { version: string; at: number }>;
  diskDir?: string;
}

const MEMO = Symbol.for('praksis.content.entry-cache');
const memo = (): Memo => ((globalThis as Record<symbol, Memo>)[MEMO] ??= { byFile: new Map(), codeVersion: new Map() });

/** The code a checked entry depends on; a change to any of it invalidates every entry. */
const CODE_DIRS = ['src/lib/content', 'src/lib/content-check', 'src/lib/schemas', 'src/lib/plan'];
const PACKAGES = ['yaml', 'zod', 'astro'];

/**
 * Hashed again at most once a second: a build reads every file within that time, and a
 * schema edited while `astro dev` runs is picked up on the next read.
 */
function codeVersion(rootDir: string): string {
  const known = memo().codeVersion.get(rootDir);
  if (known && Date.now() - known.at < 1000) return known.version;
  const hash = createHash('sha256').update('praksis-content-v1');
  for (const dir of CODE_DIRS) {
    const full = join(rootDir, dir);
    if (!existsSync(full)) continue;
    for (const file of readdirSync(full, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort()) {
      hash.update(`${dir}/${file}`).update(readFileSync(join(full, file)));
    }
  }
  for (const name of PACKAGES) {
    const pkg = join(rootDir, 'node_modules', name, 'package.json');
    hash.update(name).update(existsSync(pkg) ? readFileSync(pkg) : 'missing');
  }
  const version = hash.digest('hex');
  memo().codeVersion.set(rootDir, { version, at: Date.now() });
  return version;
}

/** The cache key of one entry: its path, its text(s) and the reading code. */
export function entryKey(rootDir: string, file: string, texts: string[]): string {
  const hash = createHash('sha256').update(codeVersion(rootDir)).update(file);
  for (const text of texts) hash.update('\0').update(text);
  return hash.digest('hex').slice(0, 40);
}

/** The default folder of the on-disk cache for a project. */
export function entryCacheDir(rootDir: string): string {
  return buildCacheDir(rootDir, 'praksis-content');
}

/** Turns on the on-disk cache for this process (the build); prunes entries unused for two weeks. */
export function useEntryCache(dir: string): void {
  mkdirSync(dir, { recursive: true });
  memo().diskDir = dir;
  pruneUnused(dir);
}

function readDisk(dir: string, key: string): unknown {
  const file = join(dir, `${key}.v8`);
  try {
    const value = deserialize(readFileSync(file));
    const now = new Date();
    utimesSync(file, now, now);
    return value;
  } catch {
    return undefined; // missing or unreadable: read the content file again
  }
}

function writeDisk(dir: string, key: string, value: unknown): void {
  const file = join(dir, `${key}.v8`);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, serialize(value));
  renameSync(temp, file);
}

/** Forgets what this process remembers (the disk cache stays): the next read is like a new build's. */
export function forgetEntryMemo(): void {
  memo().byFile.clear();
  memo().codeVersion.clear();
}

/**
 * The checked result of `file` for `key`: from memory, from disk, or computed (and kept).
 * Callers must treat the result as read-only: every reader in the build shares it.
 */
export function cachedEntry<T>(file: string, key: string, compute: () => T): T {
  const { byFile, diskDir } = memo();
  const known = byFile.get(file);
  if (known?.key === key) return known.value as T;
  let value = diskDir ? (readDisk(diskDir, key) as T | undefined) : undefined;
  if (value === undefined) {
    value = compute();
    if (diskDir) writeDisk(diskDir, key, value);
  }
  byFile.set(file, { key, value });
  return value;
}
