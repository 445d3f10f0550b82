import { describe, expect, test } from 'vitest';
import { pageScripts, scriptWordText } from '../../src/integrations/page-scripts.ts';

const site = (files: Record<string, string>) => new Map(Object.entries(files));

describe('the scripts a page can run', () => {
  test('an island, its static imports, its lazy imports and Vite\'s preload list', () => {
    const scripts = site({
      '_astro/Island.A.js': 'import{h}from"./preact.B.js";const m=()=>import("./Lazy.C.js");',
      '_astro/preact.B.js': 'export const h=1',
      '_astro/Lazy.C.js': 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/Dep.D.js"])))=>i.map(i=>d[i]);',
      '_astro/Dep.D.js': 'x',
      '_astro/Other.E.js': 'never named',
    });
    const html = '<astro-island component-url="/_astro/Island.A.js"></astro-island>';
    expect([...pageScripts(html, scripts)!].sort()).toEqual(['_astro/Dep.D.js', '_astro/Island.A.js', '_astro/Lazy.C.js', '_astro/preact.B.js']);
  });

  test('a dynamic import whose template ends in a script name finds that script', () => {
    const scripts = site({ '_astro/sok.A.js': 'await import(`${e.replace(/\\/?$/,`/`)}pagefind/pagefind.js`)', 'pagefind/pagefind.js': 'pf' });
    expect(pageScripts('<script type="module" src="/_astro/sok.A.js"></script>', scripts)).toEqual(new Set(['_astro/sok.A.js', 'pagefind/pagefind.js']));
  });

  test.each([
    ['a template import with an assembled name', 'import(`./${name}.js`)'],
    ['a string that is only the end of a name', 'import("./"+name+".js")'],
  ])('%s: every script may run', (_, code) => {
    const scripts = site({ '_astro/a.js': code, '_astro/b.js': '' });
    expect(pageScripts('<script src="/_astro/a.js"></script>', scripts)).toBeUndefined();
  });

  test('a Worker started from a named script, and what only it imports, runs without the page', () => {
    const scripts = site({
      '_astro/browser.A.js': 'new Worker(new URL(`/_astro/pdf-worker-B.js`,``+import.meta.url),{type:`module`})',
      '_astro/pdf-worker-B.js': 'import("./fontkit-C.js")',
      '_astro/fontkit-C.js': 'checkbox',
    });
    expect(pageScripts('<script src="/_astro/browser.A.js"></script>', scripts)).toEqual(new Set(['_astro/browser.A.js']));
  });

  test('the service worker is left out when named as such', () => {
    const scripts = site({ '_astro/register.A.js': 'const SW_FILE="sw.js"', 'sw.js': 'switch' });
    expect(pageScripts('<script src="/_astro/register.A.js"></script>', scripts, ['sw.js'])).toEqual(new Set(['_astro/register.A.js']));
    expect(pageScripts('<script src="/_astro/register.A.js"></script>', scripts)).toEqual(new Set(['_astro/register.A.js', 'sw.js']));
  });

  test('the switch statement is not the role "switch"; a string or property "switch" is', () => {
    expect(scriptWordText('switch(a){case 1:}')).not.toContain('switch');
    for (const code of ['{role:"switch"}', 'e.setAttribute("role",`switch`)', 'a.switch(1)']) expect(scriptWordText(code)).toContain('switch');
  });
});
