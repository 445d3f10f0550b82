import { beginText, endText, popGraphicsState, pushGraphicsState, rgb, setFillingColor, type PDFFont, type PDFName, type PDFOperator, type PDFPage, type RGB } from 'pdf-lib';
import type { DocumentFonts } from './fonts.ts';
import { runOperators, runWidth } from './text-ops.ts';
import { tagsOf } from './tagging/tree.ts';
import { taggedRuns } from './tagging/text.ts';
import { visualRuns } from './bidi.ts';
import type { TextPart } from './languages.ts';

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: RGB;
  /** Page furniture (letterhead, footer, a repeated header): an artifact, not read aloud. */
  artifact?: boolean;
  /**
   * The language of the text when it is not the document's: content in another language than
   * the interface (languages.ts, contentTag), a translation beside Norwegian.
   */
  lang?: string;
}

export const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.35, 0.38, 0.42);

const fontNames = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

/** The page's resource name for a font, added once per page. */
function fontName(page: PDFPage, font: PDFFont): PDFName {
  let names = fontNames.get(page);
  if (!names) fontNames.set(page, (names = new Map()));
  let name = names.get(font);
  if (!name) names.set(font, (name = page.node.newFontDictionary(font.name, font.ref)));
  return name;
}

/**
 * Draws one line, switching fonts where the script changes; each run is measured and shaped
 * once. A right-to-left line is put in visual order (bidi.ts) and, given the `width` it sits
 * in, aligned to its right edge.
 */
export async function drawLine(page: PDFPage, fonts: DocumentFonts, text: string, x: number, y: number, style: TextStyle, width?: number): Promise<void> {
  const { runs, rtl } = await visualRuns(fonts, text, style.bold);
  if (!runs.length) return;
  const drawn: PDFOperator[][] = [];
  let cursor = rtl && width !== undefined ? x + Math.max(0, width - runs.reduce((w, r) => w + runWidth(r, style.size), 0)) : x;
  for (const run of runs) {
    drawn.push(runOperators(run, fontName(page, run.font), cursor, y, style.size));
    cursor += runWidth(run, style.size);
  }
  const tags = tagsOf(page.doc);
  const body = tags ? taggedRuns(tags, page, runs, drawn, style) : drawn.flat();
  page.pushOperators(pushGraphicsState(), beginText(), setFillingColor(style.color ?? INK), ...body, endText(), popGraphicsState());
}

/** Breaks text into lines that fit a width; a word longer than the width is broken by characters. */
export async function wrap(fonts: DocumentFonts, text: string, width: number, style: TextStyle): Promise<string[]> {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    // Latin text in one face: a line's width is the sum of its words' advances, the same
    // number fonts.width() gives for the whole line, without measuring every candidate.
    const face = await fonts.simpleFace(paragraph, style.bold);
    const space = face?.advances(' ') ?? 0;
    let line = '';
    let lineAdvances = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      const advances = face ? (line ? lineAdvances + space : 0) + face.advances(word) : 0;
      const candidateWidth = face ? (((advances * 1000) / face.metrics.unitsPerEm) * style.size) / 1000 : await fonts.width(candidate, style.size, style.bold);
      if (candidateWidth <= width) {
        line = candidate;
        lineAdvances = advances;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let piece = '';
      for (const char of word) {
        if (piece && (await fonts.width(piece + char, style.size, style.bold)) > width) {
          lines.push(piece);
          piece = '';
        }
        piece += char;
      }
      line = piece;
      lineAdvances = face ? face.advances(piece) : 0;
    }
    lines.push(line);
  }
  return lines;
}

export function lineHeight(style: TextStyle): number {
  return style.size * 1.3;
}

/** Draws wrapped text downwards from a top edge; returns the height used. */
export async function drawParagraph(
  page: PDFPage,
  fonts: DocumentFonts,
  text: string,
  x: number,
  top: number,
  width: number,
  style: TextStyle,
): Promise<number> {
  const lines = await wrap(fonts, text, width, style);
  const step = lineHeight(style);
  const draw = async () => {
    for (const [i, line] of lines.entries()) await drawLine(page, fonts, line, x, top - style.size - i * step, style, width);
  };
  // The lines of one paragraph are one P (or the heading or cell the caller opened), in the
  // text's language: its lines need no Span each.
  const tags = tagsOf(page.doc);
  if (tags && !tags.inLeaf && !style.artifact) await tags.within('P', style.lang ? { lang: style.lang } : {}, draw);
  else await draw();
  return lines.length * step;
}

/**
 * Draws one line made of parts in different languages (an interface label with content in
 * it), each part after the one before; a part without a language takes the style's.
 */
export async function drawLineParts(page: PDFPage, fonts: DocumentFonts, parts: readonly TextPart[], x: number, y: number, style: TextStyle): Promise<void> {
  if (parts.length === 1) return drawLine(page, fonts, parts[0]!.text, x, y, { ...style, lang: parts[0]!.lang ?? style.lang });
  let cursor = x;
  for (const part of parts) {
    await drawLine(page, fonts, part.text, cursor, y, { ...style, lang: part.lang ?? style.lang });
    cursor += await fonts.width(part.text, style.size, style.bold);
  }
}

/**
 * Wraps text made of parts as wrap() wraps their joined text, and gives each line back as
 * parts: a line break may fall inside a part, and a line may hold the end of one part and
 * the start of the next.
 */
export async function wrapParts(fonts: DocumentFonts, parts: readonly TextPart[], width: number, style: TextStyle): Promise<TextPart[][]> {
  const whole = parts.map((p) => p.text).join('');
  const lines = await wrap(fonts, whole, width, style);
  if (parts.length === 1) return lines.map((text) => [{ text, lang: parts[0]!.lang }]);
  // The part each character of the joined text comes from.
  const owner: (string | undefined)[] = parts.flatMap((p) => Array.from({ length: p.text.length }, () => p.lang));
  let at = 0;
  return lines.map((line) => {
    const out: TextPart[] = [];
    let lang: string | undefined;
    for (const char of line) {
      // wrap() keeps every character but whitespace, in order: find this one in the joined text.
      if (!/\s/.test(char)) {
        while (at < whole.length && whole[at] !== char[0]) at++;
        lang = owner[at];
        at += char.length;
      }
      const last = out[out.length - 1];
      if (last && (last.lang === lang || /^\s$/.test(char))) last.text += char;
      else out.push({ text: char, lang });
    }
    return out;
  });
}
