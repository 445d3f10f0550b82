import { describe, expect, test } from 'vitest';
import { mergePageLinks, pruneCustomProperties, pruneUnmatchable, siteWords } from '../../src/integrations/page-css.ts';
import { followDeviceColorScheme } from '../../src/integrations/theme.ts';

const prune = (css: string, others: string[] = []) => pruneCustomProperties(new Map([['a.css', css]]), others).css.get('a.css')!;

describe('custom properties nobody reads', () => {
  test('a chain of unread tokens goes, until nothing more goes', () => {
    const out = prune(':root{--scale-1:#fff;--scale-2:#000;--alias:var(--scale-1);--used:var(--scale-2)}body{color:var(--used)}');
    expect(out).toContain('--used:var(--scale-2)');
    expect(out).toContain('--scale-2:#000');
    expect(out).not.toContain('--alias');
    expect(out).not.toContain('--scale-1');
  });

  test('a token read only in a fallback, a page\'s inline style or a script stays', () => {
    const css = ':root{--fallback:1px;--inline:2px;--script:3px;--unread:4px}a{margin:var(--nope,var(--fallback))}';
    const out = prune(css, ['<p style="padding:var(--inline)">', 'getComputedStyle(e).getPropertyValue("--script")']);
    for (const kept of ['--fallback:1px', '--inline:2px', '--script:3px']) expect(out).toContain(kept);
    expect(out).not.toContain('--unread');
  });

  test('a declaration is not mistaken for a read (and a value holding ";" survives)', () => {
    const out = prune('.x{--icon:url("data:image/svg+xml;charset=utf-8,%3Csvg%3E");--gone:1px;mask:var(--icon)}');
    expect(out).toContain('--icon:url(');
    expect(out).not.toContain('--gone');
  });
});

describe('Designsystemet rules no page can match', () => {
  const words = siteWords(['<button class="ds-button" data-variant="secondary">', '{"data-color":x?"danger":void 0}']);
  const out = pruneUnmatchable(
    [
      '.ds-button{color:red}',
      '.ds-button:hover{color:blue}',
      '.ds-spinner{color:green}',
      '.ds-button[data-variant=secondary]{color:gray}',
      '.ds-button[data-variant=tertiary]{color:pink}',
      '[data-color=danger]{--c:red}',
      '[data-color=neutral]{--c:black}',
      '.ds-table[data-zebra]{color:teal}',
      '.ds-button:not(.ds-spinner){color:navy}',
      ':is(.ds-spinner,.ds-button)>span{color:olive}',
      '.site-only{color:maroon}',
      '.ds-button{.ds-spinner{color:lime}}',
    ].join(''),
    words,
    'x.css',
  );

  test.each([
    ['a used component and its states', '.ds-button:hover'],
    ['a used variant', 'data-variant=secondary'],
    ['a colour a script sets', '[data-color=danger]'],
    ['a selector with :not() of an unused class', ':not(.ds-spinner)'],
    ['a list where one alternative can match', 'olive'],
    ['the site\'s own classes', '.site-only'],
  ])('keeps %s', (_, kept) => expect(out).toContain(kept));

  test.each([
    ['an unused component', 'green'],
    ['an unused variant', 'tertiary'],
    ['a colour no page has', 'neutral'],
    ['a data attribute no page has', 'zebra'],
    ['a nested rule for an unused component', 'lime'],
  ])('drops %s', (_, dropped) => expect(out).not.toContain(dropped));
});

describe('one stylesheet file per page part', () => {
  const sheets: Record<string, string> = {
    '_astro/layout.A.css': '@layer ds.theme,ds.base;.layout{color:red}',
    '_astro/forms.B.css': '@charset "UTF-8";.forms{color:blue}',
    '_astro/page.C.css': '.page{color:green}',
  };
  const opts = { base: '/praksis/', assets: '_astro', shared: new Set(['_astro/layout.A.css']), read: (f: string) => sheets[f]! };
  const head = '<head><link rel="icon" href="/praksis/favicon.ico">'
    + '<link rel="stylesheet" href="/praksis/_astro/layout.A.css"><link rel="stylesheet" href="/praksis/_astro/forms.B.css">'
    + '<link rel="stylesheet" href="/praksis/_astro/page.C.css"></head>';

  test('the shared stylesheet keeps its own link; the page\'s others become one file, in order', () => {
    const out = new Map<string, string>();
    const html = mergePageLinks(head, '/praksis/skjema/', opts, out);
    const hrefs = [...html.matchAll(/rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toHaveLength(2);
    expect(hrefs[0]).toMatch(/^\/praksis\/_astro\/layout\.[\w-]{10}\.css$/);
    expect(hrefs[1]).toMatch(/^\/praksis\/_astro\/page\.[\w-]{10}\.css$/);
    expect(html).toContain('<link rel="icon" href="/praksis/favicon.ico">');
    const merged = out.get(hrefs[1]!.slice('/praksis/'.length))!;
    expect(merged).toBe('.forms{color:blue}\n.page{color:green}');
  });

  test('the same set of stylesheets on two pages gives one file', () => {
    const out = new Map<string, string>();
    const a = mergePageLinks(head, '/praksis/a/', opts, out);
    const b = mergePageLinks(head, '/praksis/b/', opts, out);
    expect(a).toBe(b);
    expect(out.size).toBe(2);
  });

  test('a stylesheet from elsewhere leaves the page\'s links alone', () => {
    const other = '<link rel="stylesheet" href="/praksis/_astro/forms.B.css"><link rel="stylesheet" href="/praksis/pagefind/ui.css">';
    expect(mergePageLinks(other, '/praksis/', opts, new Map())).toBe(other);
  });
});

describe('the theme follows the device only', () => {
  const theme = [
    '@layer ds.theme.color-scheme.light{:root,[data-color-scheme="light"]{--bg:#fff}',
    '@media (prefers-color-scheme: light){[data-color-scheme="auto"]{--bg:#fff}}}',
    '@layer ds.theme.color-scheme.dark{[data-color-scheme="dark"]{--bg:#000}',
    '@media (prefers-color-scheme: dark){[data-color-scheme="auto"]{--bg:#000}}}',
  ].join('');
  const out = followDeviceColorScheme(theme);

  test('keeps the light scale on :root and the dark scale for a dark device', () => {
    expect(out).toMatch(/:root,\s*\[data-color-scheme="light"\]\s*\{\s*--bg: #fff/);
    expect(out).toMatch(/@media \(prefers-color-scheme: dark\)\s*\{\s*\[data-color-scheme="auto"\]\s*\{\s*--bg: #000/);
  });

  test('drops the forced dark copy and the repeated light copy', () => {
    expect(out).not.toContain('[data-color-scheme="dark"]');
    expect(out).not.toContain('prefers-color-scheme: light');
  });
});
