import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';

/** TypeScript strict over the whole project (.astro, .ts, .tsx), as `npm run typecheck` does. */
test('the project type-checks with astro check', () => {
  let output = '';
  try {
    output = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  const errors = output.split('\n').filter((line) => / - error /.test(line) || /error ts\(\d+\)/.test(line));
  expect(errors, output.slice(-4000)).toEqual([]);
  expect(output).toMatch(/0 errors/);
}, 180_000);
