import { describe, expect, test } from 'vitest';
import { islandStyleToHead } from '../../src/integrations/valid-html.ts';

describe('valid HTML after the build', () => {
  const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
  test('Astro\'s island style moves from the body to the end of the head', () => {
    const html = `<html><head><title>x</title></head><body><p>a</p>${style}<astro-island></astro-island></body></html>`;
    expect(islandStyleToHead(html)).toBe(`<html><head><title>x</title>${style}</head><body><p>a</p><astro-island></astro-island></body></html>`);
  });
  test('a page without it, or with it in the head already, is left as it is', () => {
    const inHead = `<html><head>${style}</head><body></body></html>`;
    expect(islandStyleToHead(inHead)).toBe(inHead);
    expect(islandStyleToHead('<html><head></head><body><style>p{}</style></body></html>')).toBe('<html><head></head><body><style>p{}</style></body></html>');
  });
});
