import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSaved, listSite } from '../../src/lib/offline/listing.ts';

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
