import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMunicipality } from '../lib/municipality.ts';

const GENERATED = join(process.cwd(), 'src', 'generated');

/**
 * Builds the Designsystemet theme from the municipality's brand colour with Digdir's own CLI,
 * so a fork changes one line in kommune.yaml and gets a full, tested colour scale.
 */
export function buildTheme(brandColor: string): string {
  const out = join(GENERATED, 'theme.css');
  const stamp = join(GENERATED, 'theme.stamp');
  const key = createHash('sha256').update(brandColor).update('v1').digest('hex');
  if (existsSync(out) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return out;

  const cli = join(process.cwd(), 'node_modules', '@digdir', 'designsystemet', 'dist', 'bin', 'designsystemet.js');
  const work = join(process.cwd(), '.cache', 'theme');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const run = (args: string[]) => execFileSync(process.execPath, [cli, ...args], { cwd: work, stdio: 'pipe' });
  run(['tokens', 'create', '-m', `accent:${brandColor}`, '-n', '#1E2B3C', '-o', 'tokens', '--theme', 'praksis']);
  run(['tokens', 'build', '-t', 'tokens', '-o', 'css']);
  mkdirSync(GENERATED, { recursive: true });
  copyFileSync(join(work, 'css', 'praksis.css'), out);
  writeFileSync(stamp, key);
  return out;
}

export function theme(): AstroIntegration {
  return {
    name: 'praksis:theme',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { brandColor } = loadMunicipality();
        buildTheme(brandColor);
        logger.info(`Fargetema laget fra ${brandColor}`);
      },
    },
  };
}
