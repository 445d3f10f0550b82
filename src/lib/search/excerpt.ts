/**
 * Pagefind's excerpt is escaped text with the hits wrapped in <mark>. It is split into
 * plain pieces here, keeping every space (an HTML parser would drop the space that starts
 * a piece: "fadder<mark>en</mark> er" must not become "fadderener").
 */
export interface ExcerptPiece {
  text: string;
  hit: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

export function excerptPieces(html: string): ExcerptPiece[] {
  return html
    .split(/(<mark>[\s\S]*?<\/mark>)/g)
    .filter((part) => part !== '')
    .map((part) => {
      const hit = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      // Anything else tag-like is not Pagefind's and is dropped rather than shown as code.
      return { text: decodeEntities((hit ? hit[1]! : part).replace(/<[^>]*>/g, '')), hit: Boolean(hit) };
    });
}

/** The meta field that tells the search page how many words of extra index text end a page's content. */
export const EXTRA_WORDS_META = 'ekstraord';

export interface ExcerptSource {
  /** Pagefind's own excerpt (escaped text, hits in <mark>). */
  excerpt: string;
  /** The page's indexed text, escaped, and the word positions of the hits in it (split on white space, as Pagefind does). */
  content?: string;
  locations?: number[];
  meta?: Record<string, string | undefined>;
}

/**
 * An excerpt of the page's own text. The build adds weighted words no reader sees at the end
 * of each page's indexed text (index-text.ts), and Pagefind's excerpt would often show those
 * («instruktør kollega kontaktperson …»), since that is where the query words are. Here hits
 * in those last words are left out and the densest run of `length` words among the rest is
 * shown; with no hit in the page's own text, its first words. Same format as Pagefind's.
 */
export function pageExcerpt(source: ExcerptSource, length = 24): string {
  const extra = Number(source.meta?.[EXTRA_WORDS_META] ?? 0);
  if (!extra || source.content === undefined || !source.locations) return source.excerpt;
  const words = source.content.split(/[\r\n\s]+/g);
  const own = Math.max(0, words.length - extra);
  const hits = [...new Set(source.locations.filter((at) => at < own))].sort((a, b) => a - b);
  let start = 0;
  let best = -1;
  for (const first of hits) {
    const inWindow = hits.filter((at) => at >= first && at < first + length).length;
    if (inWindow > best) {
      best = inWindow;
      start = first;
    }
  }
  // A few words before the first hit, so the excerpt does not start on it.
  start = Math.max(0, Math.min(start - Math.floor(length / 4), own - length));
  const marked = new Set(hits);
  const shown = words.slice(start, Math.min(own, start + length)).map((word, i) => (marked.has(start + i) ? `<mark>${word}</mark>` : word));
  return `${start > 0 ? '… ' : ''}${shown.join(' ').trim()}${start + length < own ? ' …' : ''}`;
}
