import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

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
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed in ${projectDir}:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}
