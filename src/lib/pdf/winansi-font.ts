import { CustomFontEmbedder, PDFFont, PDFHexString, PDFName, type PDFContext, type PDFDocument, type PDFRef } from 'pdf-lib';
import { keepGlyphs, type FontMetrics, type Sfnt } from './sfnt.ts';

/** WinAnsiEncoding's bytes 0x80–0x9F; every other byte from 0x20 to 0xFF is its Latin-1 code point. */
const WIN_ANSI_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** The WinAnsi byte for a code point, or undefined (all of bokmål and nynorsk fit). */
export function winAnsiCode(codePoint: number): number | undefined {
  if ((codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
  return WIN_ANSI_HIGH[codePoint];
}

const FIRST = 32;
const LAST = 255;

/**
 * The compressed font file per face and glyph set, made once per process or worker: the
 * regular face keeps every WinAnsi glyph, so every document embeds the same file, and
 * cutting and compressing it again was a tenth of a plan's drawing time.
 */
const fontFiles = new WeakMap<Sfnt, Map<string, Uint8Array>>();
function compressedFontFile(context: PDFContext, sfnt: Sfnt, glyphs: number[]): Uint8Array {
  let files = fontFiles.get(sfnt);
  if (!files) fontFiles.set(sfnt, (files = new Map()));
  const key = glyphs.join(',');
  let file = files.get(key);
  if (!file) {
    if (files.size >= 64) files.clear(); // bold subsets vary with the text; keep the cache small
    file = context.flateStream(keepGlyphs(sfnt, glyphs)).contents;
    files.set(key, file);
  }
  return file;
}

/**
 * A simple TrueType font with WinAnsiEncoding: one byte per letter, widths from hmtx, the
 * font file cut down to the glyphs used. No shaping and no kerning, which Latin text in a
 * form does not need, and no fontkit. It extends pdf-lib's CustomFontEmbedder only so that
 * PDFFont (and with it form fields' default appearances) accepts it.
 */
export class WinAnsiFontEmbedder extends CustomFontEmbedder {
  private readonly metrics: FontMetrics;
  private readonly sfnt: Sfnt;
  private readonly used = new Set<number>();
  private readonly subsetTag: string;
  private readonly allWinAnsi: boolean;

  /**
   * `allWinAnsi` keeps every WinAnsi letter in the file: the regular face is the form's
   * default font, so a viewer can draw whatever someone types into an empty field.
   */
  constructor(sfnt: Sfnt, metrics: FontMetrics, subsetTag: string, allWinAnsi = false) {
    // CustomFontEmbedder's constructor reads only these two fields of a fontkit font.
    super({ unitsPerEm: metrics.unitsPerEm, postscriptName: metrics.postscriptName, characterSet: [...metrics.cmap.keys()] } as never, new Uint8Array(), undefined, undefined);
    this.sfnt = sfnt;
    this.metrics = metrics;
    this.subsetTag = subsetTag;
    this.allWinAnsi = allWinAnsi;
  }

  override encodeText(text: string): PDFHexString {
    let hex = '';
    for (const char of text) {
      const code = winAnsiCode(char.codePointAt(0)!) ?? 0x3f;
      this.used.add(code);
      hex += code.toString(16).padStart(2, '0');
    }
    return PDFHexString.of(hex);
  }

  /** Width in thousandths of the font size, the unit PDF widths use. */
  unitsOf(text: string): number {
    let width = 0;
    for (const char of text) width += this.advance(char.codePointAt(0)!);
    return (width * 1000) / this.metrics.unitsPerEm;
  }

  private advance(codePoint: number): number {
    const glyph = this.metrics.cmap.get(codePoint);
    return glyph === undefined ? 0 : this.metrics.advances[glyph]!;
  }

  override widthOfTextAtSize(text: string, size: number): number {
    return (this.unitsOf(text) * size) / 1000;
  }

  override heightOfFontAtSize(size: number, options: { descender?: boolean } = {}): number {
    const { ascent, descent, unitsPerEm } = this.metrics;
    const height = options.descender === false ? ascent : ascent - descent;
    return (height / unitsPerEm) * size;
  }

  override sizeOfFontAtHeight(height: number): number {
    const { ascent, descent, unitsPerEm } = this.metrics;
    return (height * unitsPerEm) / (ascent - descent);
  }

  override async embedIntoContext(context: PDFContext, ref?: PDFRef): Promise<PDFRef> {
    const m = this.metrics;
    const scale = 1000 / m.unitsPerEm;
    const byCode = new Map<number, number>();
    for (let code = FIRST; code <= LAST; code++) {
      const cp = code >= 0x80 && code <= 0x9f ? Number(Object.entries(WIN_ANSI_HIGH).find(([, c]) => c === code)?.[0] ?? 0) : code;
      const glyph = m.cmap.get(cp);
      if (glyph !== undefined) byCode.set(code, glyph);
    }
    const glyphs = [...(this.allWinAnsi ? byCode.keys() : this.used)].map((c) => byCode.get(c)).filter((g): g is number => g !== undefined);
    const fontFile = context.stream(compressedFontFile(context, this.sfnt, glyphs), { Filter: 'FlateDecode' });
    const name = `${this.subsetTag}+${m.postscriptName}`;
    const descriptor = context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: 32, // non-symbolic: the viewer maps WinAnsi codes through the font's Unicode cmap
      FontBBox: m.bbox.map((n) => Math.round(n * scale)),
      ItalicAngle: m.italicAngle,
      Ascent: Math.round(m.ascent * scale),
      Descent: Math.round(m.descent * scale),
      CapHeight: Math.round(m.capHeight * scale),
      XHeight: Math.round(m.xHeight * scale),
      StemV: 80,
      FontFile2: context.register(fontFile),
    });
    const widths = Array.from({ length: LAST - FIRST + 1 }, (_, i) => {
      const glyph = byCode.get(FIRST + i);
      return glyph === undefined ? 0 : Math.round(m.advances[glyph]! * scale);
    });
    const dict = context.obj({
      Type: 'Font',
      Subtype: 'TrueType',
      BaseFont: name,
      FirstChar: FIRST,
      LastChar: LAST,
      Widths: widths,
      Encoding: PDFName.of('WinAnsiEncoding'),
      FontDescriptor: context.register(descriptor),
    });
    if (ref) {
      context.assign(ref, dict);
      return ref;
    }
    return context.register(dict);
  }
}

/** A PDFFont for the document, so pdf-lib's own field appearances can use the face too. */
export function winAnsiFont(doc: PDFDocument, sfnt: Sfnt, metrics: FontMetrics, subsetTag: string, allWinAnsi = false): PDFFont {
  return PDFFont.of(doc.context.nextRef(), doc, new WinAnsiFontEmbedder(sfnt, metrics, subsetTag, allWinAnsi));
}
