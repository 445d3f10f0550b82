/**
 * LIX readability: words per sentence + percentage of long words (over 6 letters).
 * Under 35 is easy, 35–45 middle, over 45 hard for most readers.
 */
export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Sentence ends: . ! ? : and line breaks between list items or headings. */
const SENTENCE_END = /[.!?:]+(?=\s|$)|\n\s*\n|\n(?=\s*[-*\d])/g;

export function lix(text: string): LixResult {
  const words = text.match(WORD) ?? [];
  const sentences = Math.max(1, text.split(SENTENCE_END).filter((s) => HAS_WORD.test(s)).length);
  const longWords = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
  const count = Math.max(1, words.length);
  return {
    lix: Math.round((count / sentences + (100 * longWords) / count) * 10) / 10,
    words: words.length,
    sentences,
    longWords,
  };
}

/** Pages whose first audience is a mentor or a participant must be easier to read. */
export const LIX_LIMITS = { easy: 35, default: 45 } as const;

export function lixLimitFor(roles: readonly string[]): number {
  return roles[0] === 'fadder' || roles[0] === 'deltaker' ? LIX_LIMITS.easy : LIX_LIMITS.default;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/**
 * The reader's text of a built page: the part Pagefind indexes (or, on a page kept out of
 * search such as a print handout, the part marked data-readable), with block elements as
 * sentence breaks.
 */
export function readableText(html: string): string | undefined {
  const start = html.search(/<[a-z]+[^>]*data-(pagefind-body|readable)/);
  if (start < 0) return undefined;
  return html
    .slice(start)
    .replace(/<(script|style|svg|nav)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/(nav|aside|div|section)>/g, ' ')
    .replace(/<\/?(p|li|h[1-6]|dt|dd|tr|td|th|br|div|section|caption|figcaption|summary)\b[^>]*>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (_, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(Number.parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10)) : (ENTITIES[e] ?? ''),
    );
}
