import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Folders a copy of the repository does not need (node_modules is symlinked instead). */
const SKIP = new Set(['node_modules', '.git', 'dist', '.astro', '.bench', '.cache', 'test-results']);

/** Copies the repository to a scratch folder, with node_modules as a symlink (fork test, benchmark). */
export function copyRepo(root: string, to: string): void {
  mkdirSync(to, { recursive: true });
  cpSync(root, to, {
    recursive: true,
    filter: (src) => !(dirname(src) === root && SKIP.has(basename(src))),
  });
  if (!existsSync(join(to, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/** What the project itself puts in lokalt/ (see lokalt/README.md). */
export const PROJECT_LOCAL_FILES = ['README.md', 'kommune.eksempel.yaml', 'logo.svg'];

/**
 * Empties a scratch copy's lokalt/ down to what the project ships. Run in a municipality's copy
 * (its own identity, plans, overrides, hidden pages), a test about the project's starting point
 * starts from the project as a new copy would, not from this copy's own files.
 */
export function asShipped(dir: string): void {
  for (const name of readdirSync(join(dir, 'lokalt'))) {
    if (!PROJECT_LOCAL_FILES.includes(name)) rmSync(join(dir, 'lokalt', name), { recursive: true, force: true });
  }
}
