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

/** Where Pagefind's indexed part of the page starts and ends (the element marked data-pagefind-body). */
function bodyRange(html: string): { start: number; end: number } | undefined {
  const open = /<(\w+)\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html);
  if (!open) return undefined;
  const mainEnd = html.indexOf('</main>');
  const end = html.lastIndexOf(`</${open[1]}>`, mainEnd < 0 ? html.length : mainEnd);
  return end > open.index ? { start: open.index + open[0].length, end } : undefined;
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
