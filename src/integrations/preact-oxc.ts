import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The name of @preact/preset-vite's JSX plugin, whose Babel transform this replaces. */
export const PRESET_JSX_PLUGIN = 'vite:preact-jsx';

/**
 * JSX for Preact compiled by Vite's own Oxc transform instead of Babel.
 *
 * Why: @astrojs/preact 6 always hands @preact/preset-vite a Babel config (only to set Babel's
 * working folder), and the preset then runs Babel over every .ts and .tsx file outside
 * node_modules, in every Vite build of `astro build` (content sync, server and client). In a
 * profile of a build with 1,000 plans Babel's parse, traverse and generate were the largest
 * single cost of the Vite steps (issue 19: a rebuild with nothing changed ≤ 20 s). The preset
 * uses Oxc itself when it is given no Babel config; this does the same: Babel would only
 * have turned JSX into `jsx()` calls from preact/jsx-runtime (the hook-name and devtools
 * plugins run only in `astro dev`), which is what Oxc's automatic runtime emits.
 *
 * In `astro dev` nothing changes, so Preact's devtools keep Babel's hook names.
 */
export function preactJsxWithoutBabel(plugin: { name: string; transform?: unknown }): boolean {
  if (plugin.name !== PRESET_JSX_PLUGIN || !plugin.transform) return false;
  delete plugin.transform;
  return true;
}

function vitePlugin(): Plugin {
  return {
    name: 'praksis:preact-oxc',
    config: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } }),
    configResolved(config) {
      const jsx = config.plugins.find((p) => p.name === PRESET_JSX_PLUGIN);
      if (!jsx) throw new Error(`praksis:preact-oxc: fant ikke ${PRESET_JSX_PLUGIN}; sjekk @preact/preset-vite`);
      preactJsxWithoutBabel(jsx as { name: string; transform?: unknown });
    },
  };
}

export function preactOxc(): AstroIntegration {
  return {
    name: 'praksis:preact-oxc',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [vitePlugin()] } });
      },
    },
  };
}
