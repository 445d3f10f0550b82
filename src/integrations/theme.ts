import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform, type SelectorList } from 'lightningcss';
import { loadMunicipality } from '../lib/municipality.ts';

const GENERATED = join(process.cwd(), 'src', 'generated');

/**
 * Builds the Designsystemet theme from the municipality's brand colour with Digdir's own CLI,
 * so a fork changes one line in kommune.yaml and gets a full, tested colour scale.
 */
export function buildTheme(brandColor: string): string {
  const out = join(GENERATED, 'theme.css');
  const stamp = join(GENERATED, 'theme.stamp');
  const key = createHash('sha256').update(brandColor).update('v2').digest('hex');
  if (existsSync(out) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return out;

  const cli = join(process.cwd(), 'node_modules', '@digdir', 'designsystemet', 'dist', 'bin', 'designsystemet.js');
  const work = join(process.cwd(), '.cache', 'theme');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const run = (args: string[]) => execFileSync(process.execPath, [cli, ...args], { cwd: work, stdio: 'pipe' });
  run(['tokens', 'create', '-m', `accent:${brandColor}`, '-n', '#1E2B3C', '-o', 'tokens', '--theme', 'praksis']);
  run(['tokens', 'build', '-t', 'tokens', '-o', 'css']);
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(out, followDeviceColorScheme(readFileSync(join(work, 'css', 'praksis.css'), 'utf8')));
  writeFileSync(stamp, key);
  return out;
}

/**
 * The site always follows the device's light or dark setting (BaseLayout sets
 * data-color-scheme="auto" on <html>), so the theme's second copy of each scale goes:
 * the dark scale for a forced `data-color-scheme="dark"`, and the light scale repeated for
 * "auto" on a light device (`:root` already carries it, in the same layer). What a page looks
 * like is unchanged; each page's CSS is about 0.6 kB (gzip) lighter.
 */
export function followDeviceColorScheme(css: string): string {
  const forcedDark = (selectors: SelectorList) => {
    const only = selectors.length === 1 && selectors[0]!.length === 1 ? selectors[0]![0] : undefined;
    return only?.type === 'attribute' && only.name === 'data-color-scheme' && only.operation?.value === 'dark';
  };
  const { code } = transform({
    filename: 'theme.css',
    code: Buffer.from(css),
    visitor: {
      Rule: {
        style: (rule) => (forcedDark(rule.value.selectors) ? [] : undefined),
        media: (rule) => (/"prefers-color-scheme".*"light"/.test(JSON.stringify(rule.value.query)) ? [] : undefined),
      },
    },
  });
  return code.toString();
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
