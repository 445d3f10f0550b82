import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moveAsideAndDelete } from '../../src/integrations/clear-output.ts';

function siteWithFiles(parent: string, name = 'dist', count = 50): string {
  const out = join(parent, name);
  for (let i = 0; i < count; i++) {
    mkdirSync(join(out, 'planer', `plan-${i}`), { recursive: true });
    writeFileSync(join(out, 'planer', `plan-${i}`, 'index.html'), '<p>x</p>');
  }
  return out;
}

describe('the old output folder is emptied in the background (issue 19: rebuild time)', () => {
  test('the folder is gone at once for the build, and its files are deleted by the time the promise resolves', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'clear-output-'));
    const out = siteWithFiles(parent);
    const deletion = moveAsideAndDelete(out);
    expect(deletion).toBeInstanceOf(Promise);
    expect(existsSync(out)).toBe(false);
    await deletion;
    expect(readdirSync(parent)).toEqual([]);
  });

  test('a folder left aside by a build that crashed is deleted too; other folders next to it are not', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'clear-output-'));
    siteWithFiles(parent, '.dist-forrige-1-1', 3);
    siteWithFiles(parent, 'dist-other', 3);
    const out = siteWithFiles(parent);
    await moveAsideAndDelete(out);
    expect(readdirSync(parent)).toEqual(['dist-other']);
  });

  test('a folder with .git in it (deployed from a worktree) and a missing folder are left to Astro', () => {
    const parent = mkdtempSync(join(tmpdir(), 'clear-output-'));
    const out = siteWithFiles(parent, 'dist', 2);
    mkdirSync(join(out, '.git'));
    expect(moveAsideAndDelete(out)).toBeUndefined();
    expect(existsSync(join(out, '.git'))).toBe(true);
    expect(moveAsideAndDelete(join(parent, 'finnes-ikke'))).toBeUndefined();
  });
});
