import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitCompound } from '../../src/lib/search/compounds.ts';
import { foldedForms } from '../../src/lib/search/words.ts';
import { extraIndexText, vocabulary } from '../../src/lib/search/index-text.ts';
import { loadSearchWords, searchWordProblems } from '../../src/lib/search/search-words.ts';
import { compoundSearches, queryVariants, searchTerms, searchesFor, suggestedWords } from '../../src/lib/search/query.ts';
import { RANKING, rankResults } from '../../src/lib/search/rank.ts';
import { EXTRA_WORDS_META, excerptPieces, pageExcerpt } from '../../src/lib/search/excerpt.ts';
import { pageText, withIndexText } from '../../src/lib/search/page-html.ts';

const words = loadSearchWords(process.cwd());
const parts = new Set(words.parts);
const vocab = vocabulary(words);
const hints = words.synonyms.grupper.map((g) => ({ everyday: g.søkeord, site: g.ord }));

describe('compound words from content/sok/ordledd.yaml', () => {
  test.each([
    ['praksisplass', ['praksis', 'plass']],
    ['praksisplassen', ['praksis', 'plass']],
    ['hygienekurs', ['hygiene', 'kurs']],
    ['yrkesskade', ['yrke', 'skade']],
    ['arbeidsplassene', ['arbeid', 'plass']],
    ['praksisattesten', ['praksis', 'attest']],
    ['fadderopplæring', ['fadder', 'opplæring']],
    ['trekantsamtale', ['trekant', 'samtale']],
  ])('%s is split into its parts', (word, expected) => {
    expect(splitCompound(word, parts)).toEqual(expected);
  });

  test.each(['plass', 'praksis', 'sykehjemmet', 'kommunikasjon', 'rammeverket'])('%s is not split (one part, or not all parts known)', (word) => {
    expect(splitCompound(word, parts)).toBeUndefined();
  });

  test('a new part added by a municipality splits words at once', () => {
    expect(splitCompound('renholdsvogn', parts)).toBeUndefined();
    expect(splitCompound('renholdsvogn', new Set([...parts, 'vogn']))).toEqual(['renhold', 'vogn']);
  });
});

describe('extra index text per page', () => {
  const page = { path: '/skjema/praksisattest/', title: 'Praksisattest', lead: 'En attest fra praksisplassen.', body: 'Praksisattest. Deltakeren har fravær.' };
  const extra = extraIndexText(page, vocab);

  test('the title’s compound parts and its everyday words count as strongly as the title', () => {
    expect(extra.title).toEqual(expect.arrayContaining(['praksis', 'attest', 'bekreftelse']));
  });
  test('the lead’s compound parts are added, minus words the page already has', () => {
    expect(extra.lead).toContain('plass');
    expect(extra.lead).not.toContain('attest');
  });
  test('everyday words are not added for the body (the search page asks for the site’s word instead)', () => {
    expect(extra.body).not.toContain('syk');
  });
  test('the title\'s words are also indexed as typed without æøå (lære → lare, laere)', () => {
    const extra = extraIndexText({ path: '/x/', title: 'Lære bort en oppgave', lead: '', body: '' }, vocab);
    expect(extra.title).toEqual(expect.arrayContaining(['lare', 'laere']));
    expect(foldedForms('første')).toEqual(['forste', 'foerste']);
    expect(foldedForms('praksis')).toEqual([]);
  });

  test('a page listed under «forst» gets its words in the title block', () => {
    const fadder = extraIndexText({ path: '/roller/fadder/', title: 'For fadderen', lead: '', body: '' }, vocab);
    expect(fadder.title).toEqual(expect.arrayContaining(['mentor', 'kontaktperson']));
  });

  test('the blocks go inside the indexed part of the page, which is otherwise unchanged', () => {
    const html = '<html><body><header>Meny</header><main><article data-pagefind-body><h1>Praksisattest</h1><p class="lead">En attest fra praksisplassen.</p></article></main></body></html>';
    const text = pageText(html, '/skjema/praksisattest/')!;
    expect(text.title).toBe('Praksisattest');
    expect(text.lead).toContain('praksisplassen');
    const out = withIndexText(html, extraIndexText(text, vocab));
    expect(out).toMatch(/<div data-pagefind-weight="10">[^<]*\battest\b[^<]*<\/div>(<div[^>]*>[^<]*<\/div>)*<\/article>/);
    // The count of extra words goes with them, for the search page's excerpts.
    const extraWords = Object.values(extraIndexText(text, vocab)).flat().join(' ').split(' ').length;
    expect(out).toContain(`<span data-pagefind-meta="${EXTRA_WORDS_META}:${extraWords}"></span>`);
    expect(out.replace(/<div data-pagefind-weight[^>]*>[^<]*<\/div>|<span data-pagefind-meta[^>]*><\/span>/g, '').replaceAll('> <', '><')).toBe(html);
    expect(pageText('<html><body>ingen</body></html>', '/x/')).toBeUndefined();
  });

  test('a <div> body ends at its own close tag, not inside a later part kept out of the index', () => {
    const html = '<main><div data-pagefind-body><h1>Fyll ut: Praksisavtale</h1><div><p class="lead">Her</p></div></div><div data-pagefind-ignore="all"><div>Skjemaet</div></div></main>';
    const text = pageText(html, '/skjema/praksisavtale/fyll-ut/')!;
    expect(text.body).not.toContain('Skjemaet');
    const out = withIndexText(html, { title: ['mobil'], lead: [], body: [] });
    expect(out).toContain('<div data-pagefind-weight="10">mobil</div></div><div data-pagefind-ignore="all">');
  });

  test('words in neighbouring elements stay apart for Pagefind («deltar» and «Deltakerne», not «deltarDeltakerne»)', () => {
    const html = '<main><article data-pagefind-body><dl><dt>Hvem deltar</dt><dd>Deltakerne</dd></dl><h2>Hva</h2><p>En kafé</p></article></main>';
    const out = withIndexText(html, { title: [], lead: [], body: [] });
    expect(out).toContain('<dt>Hvem deltar</dt> <dd>Deltakerne</dd> </dl>');
    expect(out).toContain('<h2>Hva</h2> <p>');
  });
});

describe('the question before Pagefind sees it', () => {
  const stop = new Set(words.stopWords);
  test('small words are left out', () => {
    expect(searchTerms('Hva får deltakeren betalt?', stop)).toEqual(['deltakeren', 'betalt']);
  });
  test('a small word typed without æøå is still a small word, but a real word is kept', () => {
    expect(searchTerms('loggbok pa mobil', stop)).toEqual(['loggbok', 'mobil']);
    expect(searchTerms('før praksis', new Set(['for']))).toEqual(['før', 'praksis']);
  });
  test('a number in the question is kept: «modul 2» is the course’s second module', () => {
    expect(searchTerms('modul 2', stop)).toEqual(['modul', '2']);
  });
  test('a question of only small words is kept as it is', () => {
    expect(searchTerms('hva er det', stop)).toEqual(['hva', 'er', 'det']);
  });
  test('an everyday word is also asked as the site’s own word', () => {
    const variants = queryVariants(['deltakeren', 'betalt'], hints);
    expect(variants[0]).toEqual(['deltakeren', 'betalt']);
    expect(variants).toContainEqual(['deltakeren', 'stønad']);
  });
  test('syk is asked as fravær and egenmelding', () => {
    expect(queryVariants(['syk'], hints).flat()).toEqual(expect.arrayContaining(['syk', 'fravær', 'egenmelding']));
  });
  test('the site’s words are suggested when nothing is found', () => {
    expect(suggestedWords(['lønn'], hints)).toEqual(expect.arrayContaining(['stønad', 'introduksjonsstønad']));
    expect(suggestedWords(['xyz'], hints)).toEqual([]);
  });
  test('each word is also searched alone, and as the site’s word for it', () => {
    const searches = searchesFor(['praksisordningen', 'betalt'], hints);
    // Every word together first (with the site's words in turn), then each word on its own.
    expect(searches[0]).toEqual({ words: ['praksisordningen', 'betalt'], weight: 1 });
    expect(searches).toContainEqual({ words: ['praksisordningen'], term: 0, weight: 1 });
    expect(searches).toContainEqual(expect.objectContaining({ words: ['stønad'], term: 1 }));
    // A question of one word has no search for all words.
    expect(searchesFor(['loggbok'], hints).every((s) => s.term === 0)).toBe(true);
  });
  test('the site’s word is found for an inflected everyday word', () => {
    expect(searchesFor(['bedriftene'], hints)).toContainEqual(expect.objectContaining({ words: ['arbeidsplass'] }));
  });
  test('a rare compound is searched again as its parts; a common one is not', () => {
    const searches = searchesFor(['praksisordningen', 'trekantsamtalen'], hints);
    // «trekantsamtalen» is in a page's title; «praksisordningen» is only in passing.
    const results = searches.map((s) => (s.term === 1 ? [{ id: 'title', score: RANKING.weakScore + 5 }] : [{ id: 'text', score: RANKING.weakScore / 2 }]));
    expect(compoundSearches(['praksisordningen', 'trekantsamtalen'], searches, results, parts)).toEqual([
      { words: ['praksis', 'ordning'], term: 0, weight: RANKING.compoundParts },
    ]);
  });
  test('a page that lacks one word of the question still ranks by the words it has', () => {
    const searches = [
      { words: ['lagre', 'telefonen'], weight: 1 },
      { words: ['lagre'], term: 0, weight: 1 },
      { words: ['telefonen'], term: 1, weight: 1 },
    ];
    // "body" has both words once in its text; "tool" has "lagre" in its title and no "telefonen".
    const ranked = rankResults(searches, [[{ id: 'body', score: 2 }], [{ id: 'body', score: 1 }, { id: 'tool', score: 9 }], [{ id: 'body', score: 1 }]], 2);
    expect(ranked.map((r) => r.id)).toEqual(['tool', 'body']);
  });
  test('with equal words, a page with every word comes before one with some, and each page appears once', () => {
    const searches = [
      { words: ['a', 'b'], weight: 1 },
      { words: ['a'], term: 0, weight: 1 },
      { words: ['b'], term: 1, weight: 1 },
    ];
    const all = { id: 'all', score: 2 };
    const ranked = rankResults(searches, [[all], [{ id: 'all', score: 1 }, { id: 'one', score: 1.5 }], [{ id: 'all', score: 1 }]], 2);
    expect(ranked.map((r) => r.id)).toEqual(['all', 'one']);
    // The result shown for a page with every word is the one from the search with every word (its excerpt marks them all).
    expect(ranked[0]).toBe(all);
  });
  test('a page with only some of the words is left out when it scores far below the best; one with every word never is', () => {
    const searches = [
      { words: ['a'], term: 0, weight: 1 },
      { words: ['b'], term: 1, weight: 1 },
    ];
    const strong = { id: 'strong', score: 10 };
    const weakAll = { id: 'weak-all', score: RANKING.partialShare };
    const weakSome = { id: 'weak-some', score: RANKING.partialShare };
    const ranked = rankResults(searches, [[strong, weakAll, weakSome], [strong, weakAll]], 2);
    expect(ranked.map((r) => r.id)).toEqual(['strong', 'weak-all']);
  });
  test('a page found only by the site’s word for an everyday word counts less than one with the word itself', () => {
    const searches = [
      { words: ['syk'], term: 0, weight: 1 },
      { words: ['fravær'], term: 0, weight: 0.5 },
    ];
    expect(rankResults(searches, [[{ id: 'syk', score: 3 }], [{ id: 'fravær', score: 4 }]], 1).map((r) => r.id)).toEqual(['syk', 'fravær']);
  });
});

describe('excerpts', () => {
  test('spaces around a highlighted word are kept', () => {
    const pieces = excerptPieces('Fadder<mark>en</mark> er en vanlig <mark>fadder</mark> opplæring');
    expect(pieces.map((p) => p.text).join('')).toBe('Fadderen er en vanlig fadder opplæring');
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['en', 'fadder']);
  });
  test('hits in the extra index words are never shown: the excerpt is the page’s own text', () => {
    // «… lære bort oppgaver. mentor kontaktperson instruktør»: the last three words are the build's.
    const content = 'For fadderen. Fadderen viser hvordan du gjør oppgavene og følger opp hver dag på arbeidsplassen. mentor kontaktperson instruktør';
    const words = content.split(' ');
    const source = { excerpt: '<mark>instruktør</mark>', content, locations: [words.indexOf('instruktør')], meta: { [EXTRA_WORDS_META]: '3' } };
    const shown = pageExcerpt(source, 8);
    expect(shown).toBe('For fadderen. Fadderen viser hvordan du gjør oppgavene …');
    expect(shown).not.toMatch(/instruktør|<mark>/);
  });
  test('a hit in the page’s own text is marked, with a few words before it', () => {
    const content = 'en to tre fire fem seks sju åtte ni ti elleve tolv fadder tretten fjorten femten seksten mentor';
    const at = content.split(' ').indexOf('fadder');
    const shown = pageExcerpt({ excerpt: '', content, locations: [at, 17], meta: { [EXTRA_WORDS_META]: '1' } }, 8);
    expect(shown).toBe('… ti elleve tolv <mark>fadder</mark> tretten fjorten femten seksten');
    expect(excerptPieces(shown).filter((p) => p.hit).map((p) => p.text)).toEqual(['fadder']);
  });
  test('a page with no extra words keeps Pagefind’s own excerpt', () => {
    expect(pageExcerpt({ excerpt: 'Pagefinds <mark>utdrag</mark>', content: 'x', locations: [0], meta: {} })).toBe('Pagefinds <mark>utdrag</mark>');
  });
  test('escaped characters come back as text, never as markup', () => {
    expect(excerptPieces('a &lt;b&gt; &amp; &quot;c&quot; <img src=x>d').map((p) => p.text).join('')).toBe('a <b> & "c" d');
  });
});

describe('the word lists are validated like the rest of the content', () => {
  test('the lists in the repository are valid', () => {
    expect(searchWordProblems(process.cwd())).toEqual([]);
  });
  test('a word with a capital letter or a space is named with file, line and field', () => {
    const root = mkdtempSync(join(tmpdir(), 'sok-'));
    try {
      cpSync(join(process.cwd(), 'content', 'sok'), join(root, 'content', 'sok'), { recursive: true });
      const file = join(root, 'content', 'sok', 'synonymer.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('søkeord: [lønn,', 'søkeord: [Lønn og slikt,'));
      const problems = searchWordProblems(root);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: 'content/sok/synonymer.yaml', field: expect.stringContaining('søkeord') });
      expect(problems[0]!.line).toBeGreaterThan(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
