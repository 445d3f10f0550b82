import { expect, inject, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Every built page is valid HTML by the Nu Html Checker (the W3C validator; npm package
 * vnu-jar, run on the Java runtime that scripts/system-deps.sh installs). One Java run
 * checks all pages: starting Java once per page would cost seconds each.
 */
const siteDir = inject('siteDir');
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test('the Nu Html Checker finds no error on any built page', { timeout: 180_000 }, () => {
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(siteDir, f));
  expect(pages.length).toBeGreaterThan(50);
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.error, 'java must be installed (scripts/system-deps.sh)').toBeUndefined();
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${m.url.slice(m.url.indexOf(siteDir) + siteDir.length)}:${m.lastLine ?? '?'} ${m.message} ${JSON.stringify(m.extract ?? '')}`);
  expect(errors).toEqual([]);
});
