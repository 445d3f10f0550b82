import { describe, expect, test } from 'vitest';
import { pageScript, withSearchPreload } from '../../src/integrations/search-preload.ts';

const entry = { languages: { nb: { hash: 'nb_abc123', wasm: 'nb' }, nn: { hash: 'nn_def456', wasm: null } } };
const page = (lang: string) =>
  `<html lang="${lang}"><head><link rel="stylesheet" href="/p/_astro/a.css"></head><body><form id="search-form" data-pagefind-preload="pending"></form><script type="module" src="/p/_astro/sok.js"></script></body></html>`;

describe('the search page fetches Pagefind together with itself', () => {
  test('preloads pagefind.js, the entry file by the tagged address, the metadata and the WebAssembly of the page language', () => {
    const html = withSearchPreload(page('nb'), '/p/', entry);
    expect(html).toContain('<link rel="modulepreload" href="/p/pagefind/pagefind.js">');
    expect(html).toContain('<link rel="preload" href="/p/pagefind/pagefind-entry.json?ts=nb_abc123" as="fetch" crossorigin>');
    expect(html).toContain('<link rel="preload" href="/p/pagefind/pagefind.nb_abc123.pf_meta" as="fetch" crossorigin>');
    expect(html).toContain('<link rel="preload" href="/p/pagefind/wasm.nb.pagefind" as="fetch" crossorigin>');
    expect(html).toContain('data-pagefind-preload="nb_abc123"');
    // After the page's own script, so they never hold it up.
    expect(html.indexOf('sok.js')).toBeLessThan(html.indexOf('pagefind.js'));
  });

  test('a language without its own stemming gets the shared WebAssembly', () => {
    expect(withSearchPreload(page('nn'), '/p/', entry)).toContain('/p/pagefind/wasm.unknown.pagefind');
  });

  test('a language the index does not have, or a page without the mark, is left as it is', () => {
    expect(withSearchPreload(page('sv'), '/p/', entry)).toBe(page('sv'));
    const other = '<html lang="nb"><head></head><body><p>Ingen søk her</p></body></html>';
    expect(withSearchPreload(other, '/p/', entry)).toBe(other);
  });
});

describe('the search page’s early script', () => {
  const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self';">`;
  const withCsp = page('nb').replace('<head>', `<head>${csp}`);
  const early = (hash: string) => (hash === 'nb_abc123' ? { script: 'preload()', pages: 'pages.nb_abc123.json' } : undefined);

  test('goes into the head under the policy, and the form learns where the page titles are', () => {
    const html = withSearchPreload(withCsp, '/p/', entry, early);
    expect(html).toMatch(/script-src 'sha256-[\w+/]+=*' 'self';/);
    expect(html.indexOf('<script>preload()</script>')).toBeLessThan(html.indexOf('a.css'));
    expect(html).toContain('data-pagefind-preload="nb_abc123" data-pagefind-pages="/p/pagefind/pages.nb_abc123.json"');
  });

  test('an index without early data leaves the page as before', () => {
    expect(withSearchPreload(withCsp, '/p/', entry, () => undefined)).toBe(withSearchPreload(withCsp, '/p/', entry));
  });
});

test('the search page’s own script is the module script in its <main>, not the layout’s offline registration after it', () => {
  const html = '<body><main><form id="search-form"></form><script type="module" src="/p/_astro/sok.js"></script></main><footer></footer>'
    + '<script type="module" src="/p/_astro/OfflineRegister.js"></script></body>';
  expect(pageScript(html)).toBe('/p/_astro/sok.js');
  // Outside <main> it would come after the registration and wait for it (sok.astro): the build stops.
  expect(() => pageScript('<body><main></main><script type="module" src="/p/_astro/OfflineRegister.js"></script><script type="module" src="/p/_astro/sok.js"></script></body>')).toThrow();
  expect(() => pageScript('<body></body>')).toThrow();
});
