import { describe, expect, test } from 'vitest';
import { earlyFiles, type EarlyPreload } from '../../src/lib/search/early-preload.ts';

const data: EarlyPreload = {
  dir: '/p/pagefind/',
  chunks: [['0', 'jo', 'nb_a'], ['job', 'øy', 'nb_b']],
  stop: ['hva', 'er'],
  hints: [],
  pages: '/p/pagefind/pages.nb_x.json',
  wasm: '/p/pagefind/wasm.nb.pagefind',
  module: '/p/pagefind/pagefind.js',
  page: '/p/_astro/sok.js',
};
const hrefs = (search: string) => earlyFiles(data, search).map((f) => `${f.module ? 'module ' : ''}${f.href}`);

describe('what the search page asks for before Pagefind has loaded', () => {
  test('a question in the address: the page script, then the WebAssembly, the chunks its words need and pagefind.js (the largest), then the page titles', () => {
    expect(hrefs('?q=Hva+er+trekantsamtale')).toEqual([
      'module /p/_astro/sok.js',
      '/p/pagefind/wasm.nb.pagefind',
      '/p/pagefind/index/nb_b.pf_index',
      'module /p/pagefind/pagefind.js',
      '/p/pagefind/pages.nb_x.json',
    ]);
    expect(hrefs('?q=fadder%20trekant&type=Metode')).toEqual([
      'module /p/_astro/sok.js',
      '/p/pagefind/wasm.nb.pagefind',
      '/p/pagefind/index/nb_a.pf_index',
      '/p/pagefind/index/nb_b.pf_index',
      'module /p/pagefind/pagefind.js',
      '/p/pagefind/pages.nb_x.json',
    ]);
  });

  test('no question, or only spaces: nothing', () => {
    expect(hrefs('')).toEqual([]);
    expect(hrefs('?q=+++')).toEqual([]);
  });
});
