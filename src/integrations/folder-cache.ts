import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { linkOrCopy } from '../lib/build-cache.ts';

/**
 * A build output folder kept between builds under a key (a hash of everything that goes into
 * it), e.g. the Pagefind index: when the key is unchanged, the folder is linked into the site
 * instead of made again. Files are hard links where the disk allows (linkOrCopy). Only the
 * newest few keys are kept.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}

export class FolderCache {
  constructor(
    readonly dir: string,
    private readonly keep = 2,
  ) {}

  /** Puts the folder cached under `key` at `to`; false if there is none (or another build just removed it). */
  restore(key: string, to: string): boolean {
    const cached = join(this.dir, key);
    if (!existsSync(join(cached, '.complete'))) return false;
    try {
      const now = new Date();
      utimesSync(cached, now, now);
      rmSync(to, { recursive: true, force: true });
      linkTree(join(cached, 'files'), to);
      return true;
    } catch {
      rmSync(to, { recursive: true, force: true });
      return false;
    }
  }

  /**
   * Keeps the folder `from` under `key` (complete or not at all), and drops the oldest keys.
   * Best effort: builds sharing the cache may race, and a lost race only costs the next build time.
   */
  store(key: string, from: string): void {
    const temp = join(this.dir, `${key}.${process.pid}.tmp`);
    try {
      mkdirSync(this.dir, { recursive: true });
      rmSync(temp, { recursive: true, force: true });
      linkTree(from, join(temp, 'files'));
      mkdirSync(join(temp, '.complete'));
      rmSync(join(this.dir, key), { recursive: true, force: true });
      renameSync(temp, join(this.dir, key));
      const entries = readdirSync(this.dir)
        .filter((name) => !name.endsWith('.tmp'))
        .map((name) => ({ name, at: statSync(join(this.dir, name)).mtimeMs }))
        .sort((a, b) => b.at - a.at);
      for (const old of entries.slice(this.keep)) rmSync(join(this.dir, old.name), { recursive: true, force: true });
    } catch {
      rmSync(temp, { recursive: true, force: true });
    }
  }
}
