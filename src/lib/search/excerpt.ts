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
