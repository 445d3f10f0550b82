import { describe, expect, test } from 'vitest';
import { earlyFiles, type EarlyPreload } from '../../src/lib/search/early-preload.ts';

const data: EarlyPreload = {
  dir: '/p/pagefind/',
  chunks: [['0', 'jo', 'nb_a'], ['job', 'øy', 'nb_b']],
  stop: ['hva', 'er'],
  hints: [],
  pages: '/p/pagefind/pages.nb_x.json',
};

describe('what the search page asks for before Pagefind has loaded', () => {
  test('a question in the address: the chunks its words need, then the page titles', () => {
    expect(earlyFiles(data, '?q=Hva+er+trekantsamtale')).toEqual(['/p/pagefind/index/nb_b.pf_index', '/p/pagefind/pages.nb_x.json']);
    expect(earlyFiles(data, '?q=fadder%20trekant&type=Metode')).toEqual(['/p/pagefind/index/nb_a.pf_index', '/p/pagefind/index/nb_b.pf_index', '/p/pagefind/pages.nb_x.json']);
  });

  test('no question, or only spaces: nothing', () => {
    expect(earlyFiles(data, '')).toEqual([]);
    expect(earlyFiles(data, '?q=+++')).toEqual([]);
  });
});
