import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asShipped, copyRepo } from './copy-repo.ts';

/** A fixed, made-up identity, so commits work on a machine without git settings. */
export const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Testkommune',
  GIT_AUTHOR_EMAIL: 'test@eksempel.invalid',
  GIT_COMMITTER_NAME: 'Testkommune',
  GIT_COMMITTER_EMAIL: 'test@eksempel.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** node_modules is a symlink into the real checkout; git must not see it (a symlink is not a folder to .gitignore). */
function linkModules(root: string, dir: string): void {
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, '.git', 'info'), { recursive: true });
  appendFileSync(join(dir, '.git', 'info', 'exclude'), '/node_modules\n');
}

/** The project as a fresh git repository with one commit on main, in a scratch folder ("upstream"). */
export function upstreamRepo(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'praksis-upstream-'));
  copyRepo(root, dir);
  // Run in a municipality's copy, the project is the copy minus its own files: lokalt/ keeps
  // only what the project ships, so the fork test starts from the project as a copy would.
  asShipped(dir);
  git(dir, 'init', '-q', '-b', 'main');
  linkModules(root, dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Praksishåndboka, versjon 1');
  return dir;
}

/** A clone of upstream in a scratch folder, with upstream as the remote «upstream» (as a copy sets it up). */
export function cloneWithUpstream(upstream: string, prefix = 'praksis-fork-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  git(dir, 'clone', '-q', upstream, '.');
  git(dir, 'remote', 'add', 'upstream', upstream);
  return dir;
}

/** A municipality's copy of the whole project, ready to build (node_modules linked). */
export function forkOf(root: string, upstream: string): string {
  const dir = cloneWithUpstream(upstream);
  linkModules(root, dir);
  return dir;
}
