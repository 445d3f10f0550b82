import { describe, expect, test } from 'vitest';
import { chunksFor, pagefindQueries } from '../../src/lib/search/chunks.ts';

// Ranges as Pagefind 1.6 writes them in its metadata: [from word, to word, chunk], in order.
const chunks: [string, string, string][] = [
  ['0', 'ene', 'nb_a'],
  ['enes', 'jo', 'nb_b'],
  ['job', 'over', 'nb_c'],
  ['overf', 'ut', 'nb_d'],
  ['utd', 'øyekontakt', 'nb_e'],
];
const hints = [{ everyday: ['lønn'], site: ['stønad', 'introduksjonsstønad'] }];

describe('which index chunks a question in the address needs (as Pagefind will ask for them)', () => {
  test('the words the search page gives Pagefind: lower case, no stop words, the site’s word for an everyday word, marks removed as Pagefind does', () => {
    expect(pagefindQueries('Hva er TREKANTSAMTALE?', new Set(['hva', 'er']), hints)).toEqual([['trekantsamtale']]);
    expect(pagefindQueries('lønn håndbok', new Set(), hints)).toEqual([
      ['lønn', 'handbok'],
      ['stønad', 'handbok'],
      ['introduksjonsstønad', 'handbok'],
      // Each word alone, and the site's words for it (query.ts searchesFor).
      ['lønn'],
      ['stønad'],
      ['introduksjonsstønad'],
      ['handbok'],
    ]);

  });

  test('a word is looked up in the chunk whose range holds it, boundaries included', () => {
    expect(chunksFor([['trekantsamtale']], chunks)).toEqual(['nb_d']);
    expect(chunksFor([['ene']], chunks)).toEqual(['nb_a']);
    expect(chunksFor([['enes']], chunks)).toEqual(['nb_b']);
    expect(chunksFor([['øvelse']], chunks)).toEqual(['nb_e']);
  });

  test('each chunk once, for every word of every variant', () => {
    expect(chunksFor([['fadder', 'trekant'], ['fadder', 'veileder']], chunks)).toEqual(['nb_b', 'nb_d', 'nb_e']);
  });

  test('a question none of whose words falls in a range gets the chunks that may hold a longer or shorter form, as Pagefind does', () => {
    // "joa" lies after "jo" and before "job", in no range; the chunk ending in "jo" may hold "jo…" words.
    expect(chunksFor([['joa']], chunks)).toEqual(['nb_b']);
    // One word inside a range is enough: the others are not looked for more loosely.
    expect(chunksFor([['joa', 'trekant']], chunks)).toEqual(['nb_d']);
  });
});
