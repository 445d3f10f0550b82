import type { AstroConfig, AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transform, type Selector, type SelectorComponent } from 'lightningcss';
import { SW_FILE } from '../lib/offline/names.ts';
import { pageScripts, scriptWordText } from './page-scripts.ts';

/*
 * Lighter CSS for every built page (issue 19: ≤ 10 kB gzipped per page), in steps that cannot
 * change how a page looks:
 *
 * 1. Designsystemet rules for components and variants no page has are dropped: a selector that
 *    needs a `ds-…` class, a `data-…` or `aria-…` attribute, a `data-…` value or a `type`/`role`
 *    value that occurs nowhere in the site's pages, scripts and data (as a word) cannot match
 *    anything. Only these kinds of condition are judged; element names, pseudo-classes (:hover,
 *    :focus-visible, :checked) and `:not(…)` never make a selector go, so every state of a used
 *    component keeps its look.
 * 2. Custom properties nobody reads are dropped. Designsystemet and the generated theme
 *    declare every token (full colour scales for light and dark, every size); a page reads a
 *    fraction. A `--x: …` declaration goes when no `var(--x)` is left in any stylesheet,
 *    script or page of the site; repeated until nothing more goes, since dropping one
 *    declaration can leave the tokens it read unread. Any mention of `--x` in a script or a
 *    page (inline style, getPropertyValue) counts as a read, so nothing an island uses goes.
 * 3. The layout's stylesheets (those most pages link) stay files of their own, cached from
 *    page to page: a reader going through chapters, methods and plans fetches them once. The
 *    page's other stylesheets next to each other are served as one file, in the same order
 *    (the cascade, @layer order included, is that of the separate files), and that file gets
 *    steps 1 and 2 again with the words of the pages that link the same stylesheets only:
 *    their HTML, the scripts they can ever run (page-scripts.ts: every script they name, lazily
 *    imported ones included) and the site's data files. Here the site's own class names are
 *    judged too. Pages with the same stylesheets share the file (all forms), so a browser
 *    caches it once.
 * 4. A page that would still download more than the per-page budget (budgets.json
 *    cssPerPageGzip, 10 kB) joins the layout's stylesheets into its own file as well, judged
 *    the same way: the tools (workspace, forms, logbook, self-assessment, search) carry no
 *    chapter, card or plan CSS then. The price: going from a chapter to a tool fetches the
 *    layout's CSS again, inside the tool's file.
 *
 * Runs after the pages are written and before the offline integration lists the files, and
 * deletes the stylesheets no page links any more.
 */

/** The words of the site's pages, scripts and data: class names, attribute names and values. */
export function siteWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.split(/[^\w-]+/)) if (word) words.add(word);
  return words;
}

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * What the words of a page (or of the whole site) allow a selector to need.
 * `words`: ds- classes, data- and aria- attribute names, data- values and `type`/`role` values
 *   must be among them. For a page these are its own words: a value the page shows must be
 *   written out in the page or a script it runs (`data-color="danger"`), not only come from
 *   what another page stored.
 * `ownClasses`: the site's own class names are judged too, not only ds- ones (see ownClassAbsent).
 */
export interface Words {
  words: Set<string>;
  /** `words` in lower case: `type` and `role` values match regardless of case in HTML. */
  lower: Set<string>;
  ownClasses: boolean;
  /** Words that end or start with "-" or "_": the static parts of a class name put together at run time. */
  parts: string[];
}

export function judgeBy(words: Set<string>, opts: { ownClasses?: boolean } = {}): Words {
  return {
    words,
    lower: new Set([...words].map((w) => w.toLowerCase())),
    ownClasses: opts.ownClasses ?? false,
    parts: opts.ownClasses ? [...words].filter((w) => /^[-_]|[-_]$/.test(w)) : [],
  };
}

/**
 * An own class name can be on an element only if the page or a script writes it out: absent
 * when it is not a word and no word could be a piece of it (`ws-level--` of
 * `` `ws-level--${x}` ``, `-done` of `` `${x}-done` ``). A name our word split cannot hold
 * (`:click-delegate-hover`) is never judged.
 */
function ownClassAbsent(name: string, w: Words): boolean {
  if (!/^[\w-]+$/.test(name) || w.words.has(name)) return false;
  return !w.parts.some((part) => (part.endsWith('-') || part.endsWith('_') ? name.startsWith(part) : name.endsWith(part)));
}

/** Attributes whose value must appear as a word for a `[name=value]` selector to match. */
const WORD_VALUED = new Set(['type', 'role']);

/** True when a selector needs a class, a data or aria attribute (value) or a type/role the words never have. */
function impossible(selector: Selector, words: Words): boolean {
  return selector.some((c) => impossibleComponent(c, words));
}

function impossibleComponent(c: SelectorComponent, w: Words): boolean {
  if (c.type === 'class') return c.name.startsWith('ds-') ? !w.words.has(c.name) : w.ownClasses && ownClassAbsent(c.name, w);
  if (c.type === 'attribute' && c.name.startsWith('data-')) {
    const key = c.name.slice('data-'.length);
    if (!w.words.has(c.name) && !w.words.has(camel(key))) return true;
    return c.operation?.operator === 'equal' && c.operation.value !== '' && !w.words.has(c.operation.value);
  }
  // `[aria-sort]`: the browser never adds an ARIA attribute itself (unlike `open` on <details>),
  // so one only a script could set needs its name (or `ariaSort`) in the page or its scripts.
  if (c.type === 'attribute' && c.name.startsWith('aria-') && c.namespace == null) {
    return !w.lower.has(c.name) && !w.lower.has(camel(c.name).toLowerCase());
  }
  // `[type=checkbox]`, `[role=switch]`: an element only has the value if a page or script writes it.
  if (c.type === 'attribute' && WORD_VALUED.has(c.name.toLowerCase()) && c.namespace == null) {
    return c.operation?.operator === 'equal' && c.operation.value !== '' && !w.lower.has(c.operation.value.toLowerCase());
  }
  if (c.type === 'pseudo-class' && (c.kind === 'is' || c.kind === 'where' || c.kind === 'any' || c.kind === 'has')) {
    return c.selectors.every((s) => impossible(s, w));
  }
  return false;
}

/** Drops the rules none of whose selectors can match anything where the words come from. */
export function pruneUnmatchable(css: string, words: Set<string> | Words, filename: string): string {
  const w = words instanceof Set ? judgeBy(words) : words;
  const { code } = transform({
    filename,
    code: Buffer.from(css),
    minify: true,
    // A rule with some selectors left is kept whole: lightningcss cannot turn every rule it
    // hands a visitor back into CSS, and such rules hardly weigh anything (measured: 1 kB of 824).
    visitor: { Rule: { style: (rule) => (rule.value.selectors.every((s) => impossible(s, w)) ? [] : undefined) } },
  });
  return code.toString();
}

/** Every custom property name mentioned in a text, except where it is declared (`{--x:` or `;--x:`). */
export function customPropertyReads(text: string): Set<string> {
  const reads = new Set<string>();
  for (const m of text.matchAll(/(?<![\w-])--[A-Za-z_][\w-]*/g)) {
    const before = text.slice(0, m.index).trimEnd().at(-1);
    const after = text.slice(m.index + m[0].length).trimStart()[0];
    if ((before === '{' || before === ';') && after === ':') continue;
    reads.add(m[0]);
  }
  return reads;
}

/** Every custom property name declared in a stylesheet. */
function declared(css: string): Set<string> {
  const names = new Set<string>();
  for (const m of css.matchAll(/[{;]\s*(--[A-Za-z_][\w-]*)\s*:/g)) names.add(m[1]!);
  return names;
}

function withoutProperties(css: string, drop: Set<string>, filename: string): string {
  const { code } = transform({
    filename,
    code: Buffer.from(css),
    minify: true,
    visitor: { Declaration: { custom: (property) => (drop.has(property.name) ? [] : undefined) } },
  });
  return code.toString();
}

export interface PruneResult {
  /** The stylesheets without the custom properties nobody reads, by the same keys. */
  css: Map<string, string>;
  /** Names of the custom properties dropped. */
  dropped: Set<string>;
}

/**
 * Drops every custom property declaration no stylesheet, script or page reads, until stable.
 * `others` are the texts of the site's pages and scripts: what they mention is kept.
 */
export function pruneCustomProperties(stylesheets: Map<string, string>, others: Iterable<string>): PruneResult {
  const outside = new Set<string>();
  for (const text of others) for (const name of customPropertyReads(text)) outside.add(name);
  const css = new Map(stylesheets);
  const dropped = new Set<string>();
  for (;;) {
    const reads = new Set(outside);
    for (const text of css.values()) for (const name of customPropertyReads(text)) reads.add(name);
    const drop = new Set<string>();
    for (const text of css.values()) for (const name of declared(text)) if (!reads.has(name)) drop.add(name);
    if (drop.size === 0) return { css, dropped };
    for (const [file, text] of css) css.set(file, withoutProperties(text, drop, file));
    for (const name of drop) dropped.add(name);
  }
}

/** What one page (or a group of pages) and the scripts it can run allow its stylesheet to keep. */
export interface PageContext {
  /** The words of the page, of the scripts it can run and of the site's data files (which scripts fetch). */
  words: Set<string>;
  /** Texts that may read a custom property the sheet declares: the page, its scripts, every stylesheet it links. */
  reads: string[];
}

/**
 * A page's stylesheet without what cannot apply on that page: rules for a class, a data or aria
 * attribute (value) or a type/role value that neither the page nor any script it can run
 * (pageScripts) writes, and then the custom properties nothing on the page reads.
 */
export function prunePageSheet(css: string, page: PageContext, filename: string): string {
  const cut = pruneUnmatchable(css, judgeBy(page.words, { ownClasses: true }), filename);
  return pruneCustomProperties(new Map([[filename, cut]]), page.reads).css.get(filename)!;
}

/** Runs of stylesheet links with nothing but white space between them. */
const LINK_RUN = /(?:<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>\s*)+/gi;
const HREF = /\bhref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

export interface MergeOptions {
  /** The site's base path, with leading and trailing slash ("/" or "/praksis/"). */
  base: string;
  /** The folder of built assets inside the site ("_astro"). */
  assets: string;
  /** The stylesheet's text for a file path relative to the site folder ("_astro/x.css"). */
  read(file: string): string;
  /** Makes the joined stylesheet lighter for the page (prunePageSheet); the name is for messages. */
  prune?(text: string, name: string): string;
  /**
   * Stylesheets that keep a link and a file of their own, untouched (the layout's, linked by
   * most pages); only the others next to each other are joined. So that a reader
   * going from page to page fetches the layout's CSS once.
   */
  keep?: Set<string>;
}

/** The stylesheets (paths relative to the site folder) of each run of links in a page, or undefined for a run left alone. */
export function linkedStylesheets(html: string, urlPath: string, opts: Pick<MergeOptions, 'base' | 'assets'>): (string[] | undefined)[] {
  return [...html.matchAll(LINK_RUN)].map(([run]) => {
    const files: string[] = [];
    for (const link of run.match(/<link\b[^>]*>/gi) ?? []) {
      const href = HREF.exec(link)?.slice(1).find((v) => v !== undefined);
      const path = href && new URL(href, `http://x${urlPath}`).pathname;
      if (!path?.startsWith(opts.base)) return undefined;
      const file = decodeURIComponent(path.slice(opts.base.length));
      if (!file.startsWith(`${opts.assets}/`) || !file.endsWith('.css')) return undefined;
      files.push(file);
    }
    return files;
  });
}

/**
 * Rewrites one page's stylesheet links: each run of them becomes one link to a file with their
 * text in order (so the cascade, @layer order included, is that of the separate files), made
 * lighter for the page by `prune`. Every file is named by its content, so pages that can use
 * the same CSS share one file; the files to write are added to `out`.
 */
export function mergePageLinks(html: string, urlPath: string, opts: MergeOptions, out: Map<string, string>): string {
  const runs = linkedStylesheets(html, urlPath, opts);
  let index = 0;
  return html.replace(LINK_RUN, (run) => {
    const files = runs[index++];
    if (!files) return run;
    // Kept files stand alone; each stretch of other files between them becomes one file.
    const parts: string[][] = [];
    for (const file of files) {
      const last = parts.at(-1);
      if (opts.keep?.has(file) || !last || opts.keep?.has(last[0]!)) parts.push([file]);
      else last.push(file);
    }
    return parts.map((part) => {
      if (opts.keep?.has(part[0]!)) return `<link rel="stylesheet" href="${opts.base}${part[0]}">`;
      const joined = part.map((f) => opts.read(f).replace(/^@charset\s+"[^"]*";\s*/i, '')).join('\n');
      const text = opts.prune ? opts.prune(joined, part.at(-1)!) : joined;
      const stem = basename(part.at(-1)!).split('.')[0];
      const name = posix.join(opts.assets, `${stem}.${createHash('sha256').update(text).digest('base64url').slice(0, 10)}.css`);
      out.set(name, text);
      return `<link rel="stylesheet" href="${opts.base}${name}">`;
    }).join('');
  });
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/**
 * What each page may use: its words are those of its HTML, of the scripts it can run
 * (pageScripts; the service worker of src/lib/offline/names.ts runs without the page) and of
 * the site's data files (scripts fetch them). `scripts` maps site-relative paths to their text;
 * `sheets` are the texts of the stylesheets the page links. Script words are counted once.
 * `loadable` are stylesheets a script may add to the page later (a part's own CSS, linked when
 * the part loads: the workspace's follow-up view); what they read counts as read by a page
 * whose scripts name them, so the page's file keeps the tokens they need.
 */
export function pageContexts(scripts: Map<string, string>, data: Set<string>, loadable: Map<string, string> = new Map()): (html: string, sheets: string[]) => PageContext {
  const wordsOf = new Map<string, Set<string>>();
  const scriptWords = (file: string) => wordsOf.get(file) ?? wordsOf.set(file, siteWords([scriptWordText(scripts.get(file)!)])).get(file)!;
  const everyScript = new Set([...scripts.keys()].filter((f) => posix.basename(f) !== SW_FILE));
  const sheetByName = new Map([...loadable].map(([file, text]) => [posix.basename(file), text]));
  const sheetsOf = new Map<string, string[]>();
  const namedSheets = (file: string) => sheetsOf.get(file)
    ?? sheetsOf.set(file, sheetByName.size ? [...scripts.get(file)!.matchAll(/[\w-][\w.-]*\.css\b/g)].flatMap(([name]) => sheetByName.get(name) ?? []) : []).get(file)!;
  return (html, sheets) => {
    const run = pageScripts(html, scripts, [SW_FILE]) ?? everyScript;
    const words = new Set([...data, ...siteWords([html])]);
    for (const file of run) for (const word of scriptWords(file)) words.add(word);
    const later = [...new Set([...run].flatMap(namedSheets))];
    return { words, reads: [html, ...[...run].map((f) => scripts.get(f)!), ...sheets, ...later] };
  };
}

/**
 * What a group of pages may use: everything any of them may use. Pages that link the same
 * stylesheets get one file judged by this, so a browser fetches it once for all of them (all
 * chapters of the handbook, all forms) instead of a file per page.
 */
export function groupContext(pages: PageContext[]): PageContext {
  const words = new Set<string>();
  for (const page of pages) for (const word of page.words) words.add(word);
  return { words, reads: [...new Set(pages.flatMap((page) => page.reads))] };
}

/** Issue 19's limit, for a copy whose budgets.json lacks the entry. */
const CSS_BUDGET_DEFAULT = 10_240;

/** Gzipped CSS a page may download: budgets.json's cssPerPageGzip, which `npm run bench` checks (issue 19). */
export function cssBudget(root: string): number {
  try {
    return (JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')) as { cssPerPageGzip?: number }).cssPerPageGzip ?? CSS_BUDGET_DEFAULT;
  } catch {
    return CSS_BUDGET_DEFAULT;
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** The site's base path with a trailing slash, as built pages link it ("/" or "/praksis/"). */
export const siteBase = (config: AstroConfig) => (config.base.endsWith('/') ? config.base : `${config.base}/`);

export function pageCss(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'praksis:page-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
        assets = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const budget = cssBudget(process.cwd());
        const all = walk(site).map((f) => f.slice(site.length).replace(/^[\\/]/, '').split('\\').join('/'));
        const pages = all.filter((f) => f.endsWith('.html'));
        // Every built text file is read once (at 1,000 plans the pages alone are 20 MB); a page
        // rewritten below replaces its text here.
        const texts = new Map<string, string>();
        const textOf = (f: string) => texts.get(f) ?? texts.set(f, readFileSync(join(site, f), 'utf8')).get(f)!;
        const textsOf = (re: RegExp) => all.filter((f) => re.test(f)).map(textOf);
        const stylesheets = new Map(all.filter((f) => f.startsWith(`${assets}/`) && f.endsWith('.css')).map((f) => [f, textOf(f)]));
        const scripts = textsOf(/\.(m?js|html)$/);
        const before = [...stylesheets.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);

        const words = siteWords(textsOf(/\.(m?js|html|json)$/));
        for (const [file, text] of stylesheets) stylesheets.set(file, pruneUnmatchable(text, words, file));
        const { css, dropped } = pruneCustomProperties(stylesheets, scripts);
        const merged = new Map<string, string>();
        const pageUrl = (page: string) => base + page.replace(/(^|\/)index\.html$/, '$1');
        const read = (f: string) => css.get(f) ?? textOf(f);
        const opts: MergeOptions = { base, assets, read };
        const context = pageContexts(
          new Map(all.filter((f) => /\.m?js$/.test(f)).map((f) => [f, textOf(f)])),
          siteWords(textsOf(/\.json$/)),
          css,
        );
        // Pages that link the same stylesheets form a group with one context (groupContext).
        const linked = new Map(pages.map((page) => {
          const html = textOf(page);
          const runs = linkedStylesheets(html, pageUrl(page), opts);
          return [page, { html, key: JSON.stringify(runs), files: runs.flatMap((run) => run ?? []) }];
        }));
        const members = new Map<string, PageContext[]>();
        for (const { html, key, files } of linked.values()) members.set(key, [...(members.get(key) ?? []), context(html, files.map(read))]);
        // The layout's stylesheets: those more than half of the pages link. A page keeps them as
        // files of their own, shared and cached from page to page (readers go from chapter to
        // chapter), unless that puts the page over the per-page budget; then the page gets one
        // file with the layout's CSS judged for it too (the tools: workspace, forms, logbook,
        // self-assessment), which is what brings those under it.
        const linkCount = new Map<string, number>();
        for (const { files } of linked.values()) for (const file of new Set(files)) linkCount.set(file, (linkCount.get(file) ?? 0) + 1);
        const shared = new Set([...linkCount].filter(([, n]) => n > pages.length / 2).map(([file]) => file));
        // Each group's joined texts are pruned once (its pages mostly join the same files).
        const prunerFor = (key: string) => {
          const group = groupContext(members.get(key)!);
          const done = new Map<string, string>();
          return (text: string, name: string) => done.get(text) ?? done.set(text, prunePageSheet(text, group, name)).get(text)!;
        };
        const pruners = new Map([...members.keys()].map((key) => [key, prunerFor(key)]));
        const gzipOf = new Map<string, number>();
        let largest = { page: '', gzip: 0 };
        for (const page of pages) {
          const file = join(site, page);
          const { html, key } = linked.get(page)!;
          const urlPath = pageUrl(page);
          const rewrite = (keep?: Set<string>) => {
            const names = new Map<string, string>();
            const out = mergePageLinks(html, urlPath, { ...opts, prune: pruners.get(key), keep }, names);
            // What the page downloads: its joined files, and the layout's own where it keeps them.
            let gzip = 0;
            // Inline <style> counts as the bench counts it (scripts/bench/weights.ts).
            for (const m of out.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) gzip += gzipSync(m[1]!).length;
            for (const name of linkedStylesheets(out, urlPath, opts).flatMap((run) => run ?? [])) {
              if (!gzipOf.has(name)) gzipOf.set(name, gzipSync(names.get(name) ?? read(name)).length);
              gzip += gzipOf.get(name)!;
            }
            return { out, names, gzip };
          };
          let best = rewrite(shared);
          if (best.gzip > budget) best = rewrite();
          const { out, names, gzip } = best;
          for (const [name, text] of names) merged.set(name, text);
          if (gzip > largest.gzip) largest = { page: urlPath, gzip };
          if (out !== html) {
            writeFileSync(file, out);
            texts.set(page, out);
          }
        }
        for (const [name, text] of merged) writeFileSync(join(site, name), text);

        // Stylesheets no page links any more (a script or a manifest naming one keeps it, pruned).
        const naming = textsOf(/\.(m?js|html|json|webmanifest)$/);
        let removed = 0;
        for (const [file, text] of css) {
          if (merged.has(file)) continue;
          const name = basename(file);
          if (naming.some((t) => t.includes(name))) writeFileSync(join(site, file), text);
          else if (existsSync(join(site, file))) {
            rmSync(join(site, file));
            removed++;
          }
        }
        const after = [...merged.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
        logger.info(
          // The total grows on purpose: each page gets one stylesheet with all it needs, so rules
          // shared by several pages are written into several files. What a reader loads is the
          // heaviest page's number.
          `CSS: ${dropped.size} ubrukte variabler fjernet; ${stylesheets.size} stilark (${kb(before)}) er slått sammen til ` +
            `${merged.size} med ett stilark per side (${kb(after)} til sammen, fordi felles regler står i flere filer; ${removed} filer slettet). ` +
            `Mest CSS en side laster: ${largest.page}, ${kb(largest.gzip)} komprimert (gzip)`,
        );
      },
    },
  };
}
