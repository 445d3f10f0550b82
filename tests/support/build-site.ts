import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a child build
 * would take BASE_URL=/ from there and ignore the base path in kommune.yaml. It also sets
 * NODE_ENV=test, and a build with that is not the production build a visitor gets: Vite keeps
 * the JSX development runtime (every element with its source file, line and column), so the
 * byte budgets measured something heavier than what ships. The build sets NODE_ENV itself.
 */
export function cleanEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'SITE', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  return env;
}

/**
 * Runs `astro build` in a project folder with the Node that runs the tests (>= 22.12).
 * Output goes to the given folder so parallel builds never share one dist/.
 */
export function buildSite(projectDir: string, outDir: string): string {
  const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  try {
    return execFileSync(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: projectDir,
      encoding: 'utf8',
      env: { ...cleanEnv(), PRAKSIS_CACHE_DIR: join(projectDir, '.astro', 'cache') },
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed in ${projectDir}:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/** The same build, returning everything it printed (stdout and stderr), for tests of the build's own messages. */
export function buildSiteLog(projectDir: string, outDir: string): string {
  const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const r = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: projectDir,
    encoding: 'utf8',
    env: { ...cleanEnv(), PRAKSIS_CACHE_DIR: join(projectDir, '.astro', 'cache') },
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`astro build failed in ${projectDir}:\n${out}`);
  return out;
}
