import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
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
