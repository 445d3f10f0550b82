import { copyFileSync, linkSync, readdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the build keeps what it may reuse next time (checked content, PDFs, the search
 * index): `$PRAKSIS_CACHE_DIR/<name>` when set (each benchmark or test build its own), else
 * `node_modules/.cache/<name>`. Deleting the folder gives a cold build.
 */
export function buildCacheDir(root: string, name: string): string {
  return process.env.PRAKSIS_CACHE_DIR ? join(process.env.PRAKSIS_CACHE_DIR, name) : join(root, 'node_modules', '.cache', name);
}

/** Deletes the files in `dir` that no build has used (touched) for `days` days; returns how many. */
export function pruneUnused(dir: string, days = 14): number {
  const limit = Date.now() - days * 86_400_000;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    try {
      if (statSync(file).mtimeMs < limit) {
        unlinkSync(file);
        removed++;
      }
    } catch {
      // another build sharing the cache removed it first
    }
  }
  return removed;
}

/**
 * Puts a cached file at `to` as a hard link to it: no bytes are read or written, and
 * deleting the old output before the next build frees nothing. Falls back to a copy where
 * a link cannot be made (the cache on another disk). The cache's file and the output's are
 * then one file: a tool that edits built files must write new files, not change them in place.
 */
export function linkOrCopy(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
