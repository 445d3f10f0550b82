import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSaved, languageOf, listSite } from '../../src/lib/offline/listing.ts';
import { languagesToSave, savedLanguages } from '../../src/lib/offline/names.ts';

describe('what "Lagre håndboka for bruk uten nett" stores', () => {
  const all = new Set([
    'index.html', 'sw.js', 'offline-files.json', '404.html',
    '_astro/inter-latin-400-normal.Ab12Cd34.woff', '_astro/inter-latin-400-normal.Xy98Zw76.woff2',
    '_astro/noto-sans-arabic-arabic-400-normal.Qr56St78.woff',
    'pagefind/pagefind.js', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-component-ui.css', 'pagefind/fragment/nb_1.pf_fragment',
    '_astro/browser.CK09vp1s.js', '_astro/browser.CK09vp1s.js.map',
  ]);
  test.each([
    ['index.html', true],
    ['_astro/inter-latin-400-normal.Xy98Zw76.woff2', true],
    // The PDF fonts are WOFF only: kept. A WOFF with a WOFF2 twin: left out.
    ['_astro/noto-sans-arabic-arabic-400-normal.Qr56St78.woff', true],
    ['_astro/inter-latin-400-normal.Ab12Cd34.woff', false],
    ['pagefind/pagefind.js', true],
    ['pagefind/fragment/nb_1.pf_fragment', true],
    ['pagefind/pagefind-ui.js', false],
    ['pagefind/pagefind-component-ui.css', false],
    ['sw.js', false],
    ['offline-files.json', false],
    ['404.html', false],
    ['_astro/browser.CK09vp1s.js', true],
    ['_astro/browser.CK09vp1s.js.map', false],
  ])('%s → %s', (path, saved) => {
    expect(isSaved(path, all)).toBe(saved);
  });

  test('pages are listed by address with their title, and a changed file changes the version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'praksis-listing-'));
    try {
      mkdirSync(join(dir, 'handbok'));
      writeFileSync(join(dir, 'index.html'), '<title>Praksishåndboka – Eksempel kommune</title>');
      writeFileSync(join(dir, 'handbok', 'index.html'), '<title>Håndbok &amp; metoder – Praksishåndboka</title>');
      const first = listSite(dir);
      expect(first.files.map((f) => [f.path, f.title])).toEqual([['handbok/', 'Håndbok & metoder – Praksishåndboka'], ['', 'Praksishåndboka – Eksempel kommune']]);
      expect(first.totalBytes).toBe(first.files.reduce((s, f) => s + f.bytes, 0));
      writeFileSync(join(dir, 'handbok', 'index.html'), '<title>Håndbok – Praksishåndboka</title>');
      const second = listSite(dir);
      expect(second.version).not.toBe(first.version);
      expect(second.files.find((f) => f.path === '')!.rev).toBe(first.files.find((f) => f.path === '')!.rev);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the participant languages in the save', () => {
  const languages = new Set(['ar', 'uk']);
  test('a language\'s pages, logbook text and search index belong to it; the rest is shared', () => {
    expect(languageOf('sprak/ar/planer/butikk/index.html', languages)).toBe('ar');
    expect(languageOf('loggbok/sprak/uk.json', languages)).toBe('uk');
    expect(languageOf('pagefind/fragment/ar_14d474c.pf_fragment', languages)).toBe('ar');
    expect(languageOf('pagefind/index/uk_90b735b.pf_index', languages)).toBe('uk');
    expect(languageOf('pagefind/pagefind.ar_d1384756f0.pf_meta', languages)).toBe('ar');
    expect(languageOf('pagefind/wasm.ar.pagefind', languages)).toBe('ar');
    for (const shared of ['sprak/index.html', 'pagefind/fragment/nb_1e53c8b.pf_fragment', 'pagefind/wasm.unknown.pagefind', 'loggbok/index.html', 'planer/butikk/index.html']) {
      expect(languageOf(shared, languages), shared).toBeUndefined();
    }
  });

  test('a save keeps the chosen language only, and a refresh keeps the languages saved before', () => {
    const files = [{ path: 'a/', rev: '1', bytes: 1 }, { path: 'sprak/ar/', rev: '1', bytes: 1, lang: 'ar' }, { path: 'sprak/uk/', rev: '1', bytes: 1, lang: 'uk' }];
    expect(languagesToSave(files, ['ar']).map((f) => f.path)).toEqual(['a/', 'sprak/ar/']);
    expect(languagesToSave(files, []).map((f) => f.path)).toEqual(['a/']);
    const state = { version: 'x', savedAt: '', files: { 'a/': '1', 'sprak/uk/': '1' } };
    expect(savedLanguages({ version: 'y', totalBytes: 3, files }, state)).toEqual(['uk']);
  });
});
