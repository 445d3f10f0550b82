import { EXTRA_WEIGHTS, type PageText, type Region } from './index-text.ts';
import { EXTRA_WORDS_META } from './excerpt.ts';

/**
 * Reads a built page's searchable text and adds the extra index text to it, before Pagefind
 * sees it. Built Astro pages are regular HTML, so a few patterns do; no parser dependency.
 */

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m)));
}

/**
 * Where Pagefind's indexed part of the page starts and ends (the element marked data-pagefind-body):
 * up to the close tag that matches it, counting nested elements of the same name. The last close
 * tag of that name on the page would be wrong for a <div>: it may sit inside a later part the
 * page keeps out of the index (data-pagefind-ignore), and the extra words with it.
 */
function bodyRange(html: string): { start: number; end: number } | undefined {
  const open = /<(\w+)\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const tags = new RegExp(`<(/?)${open[1]}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    if (tag[0].endsWith('/>')) continue;
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return { start, end: tag.index };
  }
  return undefined;
}

/** Title (the h1), lead and body text of a page that Pagefind indexes; undefined for a page it skips. */
export function pageText(html: string, path: string): PageText | undefined {
  const range = bodyRange(html);
  if (!range) return undefined;
  const body = html.slice(range.start, range.end);
  return {
    path,
    title: textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1] ?? ''),
    lead: textOf(/<p\b[^>]*class="[^"]*\blead\b[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(body)?.[1] ?? ''),
    body: textOf(body),
  };
}

/**
 * Pagefind joins the text of neighbouring elements with no space between, so "<dt>Hvem
 * deltar</dt><dd>Deltakerne" became "deltarDeltakerne" in excerpts and in the index.
 * A space after each closing block tag keeps the words apart.
 */
const BLOCK_END = /(<\/(?:p|li|dt|dd|th|td|tr|h[1-6]|div|section|caption|figcaption|blockquote|summary)>)(?=<)/g;

/** The page as Pagefind should read it: words apart, and one weighted block per region at the end of its indexed part. */
export function withIndexText(html: string, extra: Record<Region, string[]>): string {
  const range = bodyRange(html);
  if (!range) return html;
  const blocks = (Object.keys(EXTRA_WEIGHTS) as Region[])
    .filter((region) => extra[region].length > 0)
    .map((region) => `<div data-pagefind-weight="${EXTRA_WEIGHTS[region]}">${extra[region].join(' ')}</div>`)
    .join('');
  // How many words the blocks add, so the search page can keep excerpts to the page's own text.
  const count = (Object.keys(EXTRA_WEIGHTS) as Region[]).flatMap((region) => extra[region].join(' ').split(/\s+/).filter(Boolean)).length;
  const meta = count ? `<span data-pagefind-meta="${EXTRA_WORDS_META}:${count}"></span>` : '';
  const body = html.slice(range.start, range.end).replace(BLOCK_END, '$1 ');
  return html.slice(0, range.start) + body + meta + blocks + html.slice(range.end);
}
