import { describe, expect, test } from 'vitest';
import { preact } from '@preact/preset-vite';
import { transformWithOxc } from 'vite';
import { PRESET_JSX_PLUGIN, preactJsxWithoutBabel } from '../../src/integrations/preact-oxc.ts';

describe('Preact JSX is compiled by Oxc in the build, not Babel (issue 19: rebuild time)', () => {
  test('the installed preset still has the JSX plugin this switches off, with a Babel transform as @astrojs/preact sets it up', () => {
    // @astrojs/preact 6 always passes a Babel config; that is what turns Babel on.
    const plugins = preact({ babel: { cwd: process.cwd() } }).flat() as { name: string; transform?: unknown }[];
    const jsx = plugins.find((p) => p.name === PRESET_JSX_PLUGIN);
    expect(jsx?.transform).toBeTypeOf('function');
    expect(preactJsxWithoutBabel(jsx!)).toBe(true);
    expect(jsx!.transform).toBeUndefined();
  });

  test('other plugins are left alone', () => {
    const other = { name: 'vite:something-else', transform: () => null };
    expect(preactJsxWithoutBabel(other)).toBe(false);
    expect(other.transform).toBeTypeOf('function');
  });

  test('the Oxc settings give the same automatic runtime from preact as Babel did', async () => {
    const out = await transformWithOxc('export const A = () => <p class="x">{1}</p>;', 'A.tsx', {
      jsx: { runtime: 'automatic', importSource: 'preact', development: false },
    });
    expect(out.code).toMatch(/from "preact\/jsx-runtime"/);
    expect(out.code).not.toMatch(/jsxDEV|React/);
  });
});
