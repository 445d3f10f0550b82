import { describe, expect, test } from 'vitest';
import { groupContext, judgeBy, mergePageLinks, pageContexts, prunePageSheet, pruneCustomProperties, pruneUnmatchable, siteWords } from '../../src/integrations/page-css.ts';
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

describe('one stylesheet file per run of links', () => {
  const sheets: Record<string, string> = {
    '_astro/layout.A.css': '@layer ds.theme,ds.base;.layout{color:red}',
    '_astro/forms.B.css': '@charset "UTF-8";.forms{color:blue}',
    '_astro/page.C.css': '.page{color:green}',
  };
  const opts = { base: '/praksis/', assets: '_astro', read: (f: string) => sheets[f]! };
  const head = '<head><link rel="icon" href="/praksis/favicon.ico">'
    + '<link rel="stylesheet" href="/praksis/_astro/layout.A.css"><link rel="stylesheet" href="/praksis/_astro/forms.B.css">'
    + '<link rel="stylesheet" href="/praksis/_astro/page.C.css"></head>';

  test('the stylesheets a page links one after the other become one file, in order', () => {
    const out = new Map<string, string>();
    const html = mergePageLinks(head, '/praksis/skjema/', opts, out);
    const hrefs = [...html.matchAll(/rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toHaveLength(1);
    expect(hrefs[0]).toMatch(/^\/praksis\/_astro\/page\.[\w-]{10}\.css$/);
    expect(html).toContain('<link rel="icon" href="/praksis/favicon.ico">');
    expect(out.get(hrefs[0]!.slice('/praksis/'.length))).toBe('@layer ds.theme,ds.base;.layout{color:red}\n.forms{color:blue}\n.page{color:green}');
  });

  test('a reading page keeps the layout\'s stylesheet as its own file (cached across pages); the rest becomes one file', () => {
    const out = new Map<string, string>();
    const html = mergePageLinks(head, '/praksis/handbok/', { ...opts, keep: new Set(['_astro/layout.A.css']) }, out);
    const hrefs = [...html.matchAll(/rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toHaveLength(2);
    expect(hrefs[0]).toBe('/praksis/_astro/layout.A.css');
    expect(out.get(hrefs[1]!.slice('/praksis/'.length))).toBe('.forms{color:blue}\n.page{color:green}');
    expect(out.has('_astro/layout.A.css')).toBe(false);
    // Only the layout's sheet: nothing to join.
    const alone = '<head><link rel="stylesheet" href="/praksis/_astro/layout.A.css"></head>';
    expect(mergePageLinks(alone, '/praksis/', { ...opts, keep: new Set(['_astro/layout.A.css']) }, new Map())).toBe(alone);
    // A page stylesheet before the layout's keeps its place: the cascade order does not change.
    const before = '<head><link rel="stylesheet" href="/praksis/_astro/page.C.css"><link rel="stylesheet" href="/praksis/_astro/layout.A.css"></head>';
    const order = [...mergePageLinks(before, '/praksis/', { ...opts, keep: new Set(['_astro/layout.A.css']) }, new Map()).matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([expect.stringMatching(/_astro\/page\.[\w-]{10}\.css$/), '/praksis/_astro/layout.A.css']);
  });

  test('the file is made lighter for the page, and named by what is left', () => {
    const out = new Map<string, string>();
    const html = mergePageLinks(head, '/praksis/skjema/', { ...opts, prune: (text) => text.replace(/\.forms\{[^}]*\}\n/, '') }, out);
    const [name, text] = [...out][0]!;
    expect(text).toBe('@layer ds.theme,ds.base;.layout{color:red}\n.page{color:green}');
    expect(html).toContain(`href="/praksis/${name}"`);
    const whole = new Map<string, string>();
    mergePageLinks(head, '/praksis/skjema/', opts, whole);
    expect([...whole.keys()]).not.toContain(name);
  });

  test('the same CSS on two pages gives one file', () => {
    const out = new Map<string, string>();
    const a = mergePageLinks(head, '/praksis/a/', opts, out);
    const b = mergePageLinks(head, '/praksis/b/', opts, out);
    expect(a).toBe(b);
    expect(out.size).toBe(1);
  });

  test('a stylesheet from elsewhere leaves the page\'s links alone', () => {
    const other = '<link rel="stylesheet" href="/praksis/_astro/forms.B.css"><link rel="stylesheet" href="/praksis/pagefind/ui.css">';
    expect(mergePageLinks(other, '/praksis/', opts, new Map())).toBe(other);
  });
});

describe('type and role values, aria attributes', () => {
  const words = siteWords(['<input type="Radio" class="ds-input" aria-invalid="true">', 'e.ariaSort="none"']);
  const out = pruneUnmatchable(
    [
      '.ds-input[type=checkbox]{grid-area:red}',
      '.ds-input[type=radio]{grid-area:blue}',
      '.ds-input[role=switch]{grid-area:green}',
      '.ds-input:is([type=radio],[type=checkbox]){grid-area:olive}',
      '.ds-input:where([type=checkbox],[role=switch]){grid-area:lime}',
      '.ds-input:not([type=checkbox]){grid-area:navy}',
      '.ds-input:checked{grid-area:teal}',
      '.ds-input[aria-invalid=true]{grid-area:purple}',
      '.ds-input[aria-readonly=true]{grid-area:maroon}',
      '.ds-input:not([aria-readonly=true]){grid-area:silver}',
      'th[aria-sort]{grid-area:aqua}',
      'input[type=text i]{grid-area:fuchsia}',
    ].join(''),
    words,
    'x.css',
  );

  test.each([
    ['a type the site writes, in another case', 'blue'],
    ['a list where one type can match', 'olive'],
    ['a :not() of a type no page has', 'navy'],
    ['a state (:checked)', 'teal'],
    ['an aria attribute the site writes', 'purple'],
    ['a :not() of an aria attribute no page has', 'silver'],
    ['an aria attribute a script sets as a property (ariaSort)', 'aqua'],
  ])('keeps %s', (_, kept) => expect(out).toContain(kept));

  test.each([
    ['a type no page or script writes', 'grid-area:red'],
    ['a role no page or script writes', 'green'],
    ['a list where no alternative can match', 'lime'],
    ['an aria attribute no page or script writes', 'maroon'],
    ['a type no page writes, case-insensitive selector', 'fuchsia'],
  ])('drops %s', (_, dropped) => expect(out).not.toContain(dropped));
});

describe('the site\'s own classes, judged for one page', () => {
  const words = judgeBy(siteWords(['<p class="ws-hint">', 'class:`ws-level--${n}`', 'class:`${x}-done`']), { ownClasses: true });
  const out = pruneUnmatchable(
    [
      '.ws-hint{grid-area:red}',
      '.ws-hint:hover{grid-area:blue}',
      '.plan-table{grid-area:green}',
      '.ws-level--high{grid-area:olive}',
      '.task-done{grid-area:navy}',
      '.\\:click-delegate-hover{grid-area:teal}',
      '.plan-table,.ws-hint b{grid-area:purple}',
    ].join(''),
    words,
    'x.css',
  );

  test.each([
    ['a class the page writes, and its states', 'blue'],
    ['a class a script puts together from a written-out start', 'olive'],
    ['a class a script puts together from a written-out end', 'navy'],
    ['a class name the word split cannot hold', 'teal'],
    ['a rule where one selector can match', 'purple'],
  ])('keeps %s', (_, kept) => expect(out).toContain(kept));

  test('drops a class neither the page nor its scripts write', () => expect(out).not.toContain('green'));

  test('the whole site\'s judgement leaves own classes alone', () => {
    expect(pruneUnmatchable('.plan-table{grid-area:green}', siteWords(['<p>']), 'x.css')).toContain('green');
  });
});

describe('one page\'s stylesheet', () => {
  const scripts = new Map(Object.entries({
    '_astro/Island.A.js': 'const m=()=>import("./Lazy.B.js");h("input",{class:"ds-input",type:"checkbox"})',
    '_astro/Lazy.B.js': 'h("div",{class:"ds-alert","data-color":"warning"})',
    '_astro/Other.C.js': 'h("table",{class:"ds-table","data-color":"danger"})',
    '_astro/worker.D.js': 'class:"ds-card"',
    '_astro/Uses.E.js': 'new Worker(new URL("/_astro/worker.D.js",import.meta.url))',
    'sw.js': '"ds-tag"',
  }));
  const context = pageContexts(scripts, siteWords(['{"level":"ds-badge"}']));
  const html = '<astro-island component-url="/_astro/Island.A.js"></astro-island><script src="/_astro/Uses.E.js"></script>'
    + '<script src="/_astro/register.js">navigator.serviceWorker.register("sw.js")</script>'
    + '<button class="ds-button" style="--inline:1px">';
  const css = [
    '.ds-button{grid-area:red}', '.ds-button:hover{grid-area:blue}', '.ds-button:focus-visible{grid-area:green}',
    '.ds-alert{grid-area:olive}', '.ds-alert[data-color=warning]{grid-area:lime}', '.ds-alert[data-color=danger]{grid-area:navy}',
    '.ds-input[type=checkbox]{grid-area:teal}', '.ds-table{grid-area:purple}', '.ds-card{grid-area:maroon}', '.ds-tag{grid-area:silver}',
    '.ds-badge{grid-area:aqua}', ':root{--inline:0;--linked:0;--unread:0}',
  ].join('');
  const out = prunePageSheet(css, context(html, ['.x{margin:var(--linked)}']), 'page.css');

  test.each([
    ['a class the page has, with :hover and :focus-visible', ['red', 'blue', 'green']],
    ['a class and a value only a lazily imported chunk of its island writes', ['olive', 'lime']],
    ['a type its island writes', ['teal']],
    ['a class from the site\'s data files', ['aqua']],
    ['a token read by an inline style or another linked sheet', ['--inline:0', '--linked:0']],
  ])('keeps %s', (_, kept) => { for (const k of kept) expect(out).toContain(k); });

  test.each([
    ['a class only another page\'s script writes', 'purple'],
    ['a value only another page\'s script writes', 'navy'],
    ['a class only a Worker writes', 'maroon'],
    ['a class only the service worker mentions', 'silver'],
    ['a token nothing on the page reads', '--unread'],
  ])('drops %s', (_, dropped) => expect(out).not.toContain(dropped));
});

describe('a stylesheet a script links later (a part\'s own CSS, loaded with its code)', () => {
  const scripts = new Map(Object.entries({
    '_astro/Island.A.js': 'const href="/_astro/view.X1.css";h("div",{class:"ws"})',
    '_astro/Other.B.js': 'h("p",{})',
  }));
  const context = pageContexts(scripts, new Set(), new Map([['_astro/view.X1.css', '.ws-task{border-color:var(--lazy-read)}']]));
  const css = ':root{--lazy-read:0;--unread:0}';

  test('keeps the tokens it reads in the stylesheet of a page whose scripts name it', () => {
    const out = prunePageSheet(css, context('<astro-island component-url="/_astro/Island.A.js"></astro-island>', []), 'page.css');
    expect(out).toContain('--lazy-read:0');
    expect(out).not.toContain('--unread');
  });

  test('not for a page whose scripts do not name it', () => {
    expect(prunePageSheet(css, context('<script src="/_astro/Other.B.js"></script>', []), 'page.css')).not.toContain('--lazy-read');
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

describe('pages that link the same stylesheets', () => {
  const context = pageContexts(new Map([['_astro/table.A.js', 'h("table",{class:"ds-table"})']]), new Set());
  const chapter = context('<p class="ds-paragraph">', []);
  const withTable = context('<script src="/_astro/table.A.js"></script>', ['.x{margin:var(--linked)}']);
  const css = '.ds-paragraph{grid-area:red}.ds-table{grid-area:blue}.ds-card{grid-area:green}:root{--linked:0}';
  const out = prunePageSheet(css, groupContext([chapter, withTable]), 'group.css');

  test('share one file with what any of them can use', () => {
    for (const kept of ['red', 'blue', '--linked:0']) expect(out).toContain(kept);
    expect(prunePageSheet(css, chapter, 'chapter.css')).not.toContain('blue');
  });

  test('drop what none of them can use', () => expect(out).not.toContain('green'));
});

describe('the per-page CSS budget the build works to', () => {
  test('is budgets.json cssPerPageGzip, the number `npm run bench` checks', async () => {
    const { cssBudget } = await import('../../src/integrations/page-css.ts');
    const { readFileSync } = await import('node:fs');
    expect(cssBudget(process.cwd())).toBe(JSON.parse(readFileSync('budgets.json', 'utf8')).cssPerPageGzip);
    expect(cssBudget('/finnes-ikke')).toBe(10_240);
  });
});
