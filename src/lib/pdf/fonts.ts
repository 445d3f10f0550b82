import { CustomFontSubsetEmbedder, PDFFont, type PDFDocument } from 'pdf-lib';
import { RANGE_TESTS, REGULAR_FACES, type FontFaceId, type FontLoader } from './font-files.ts';
import { woffToSfnt } from './woff.ts';
import { readMetrics, readSfnt, type FontMetrics, type Sfnt } from './sfnt.ts';
import { winAnsiCode, winAnsiFont } from './winansi-font.ts';

/** fontkit is 2/3 of the PDF code; it loads only when a text needs shaping. */
type Fontkit = { create(bytes: Uint8Array): FontkitFont };
interface FontkitGlyph { id: number; codePoints: number[] }
interface FontkitFont {
  unitsPerEm: number;
  /** fontkit caches glyph objects by id with the letters of their first use; see shape(). */
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph;
  layout(text: string): { glyphs: FontkitGlyph[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[] };
}
let fontkitModule: Promise<Fontkit> | undefined;
const loadFontkit = () => (fontkitModule ??= import('@pdf-lib/fontkit').then((m) => m.default as unknown as Fontkit));

/** A string laid out once by fontkit: glyphs and where each goes, in font units. */
export interface Shaped {
  glyphs: FontkitGlyph[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  /** Total advance in thousandths of the font size. */
  units: number;
  unitsPerEm: number;
}

/** Caches grow with distinct strings; a build of a thousand plans repeats most of them. */
const CACHE_LIMIT = 20_000;
function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** One font file, parsed once per process or page and shared by every PDF made there. */
export class LoadedFace {
  readonly id: FontFaceId;
  readonly sfnt: Sfnt;
  readonly bytes: Uint8Array;
  readonly metrics: FontMetrics;
  private fontkitFont: Promise<FontkitFont> | undefined;
  private readonly shapes = new Map<string, Shaped>();
  private readonly widths = new Map<string, number>();

  constructor(id: FontFaceId, bytes: Uint8Array) {
    this.id = id;
    this.bytes = bytes;
    this.sfnt = readSfnt(bytes);
    this.metrics = readMetrics(this.sfnt);
  }

  has(codePoint: number): boolean {
    return this.metrics.cmap.has(codePoint);
  }

  /** Can this face draw the character as a simple WinAnsi font, without fontkit? */
  hasWinAnsi(codePoint: number): boolean {
    return winAnsiCode(codePoint) !== undefined && this.has(codePoint);
  }

  fontkit(): Promise<FontkitFont> {
    this.fontkitFont ??= loadFontkit().then((fk) => fk.create(this.bytes));
    return this.fontkitFont;
  }

  /** Shapes a string once (to measure and to draw), with ligatures, marks and right-to-left order. */
  async shape(text: string): Promise<Shaped> {
    const known = this.shapes.get(text);
    if (known) return known;
    const font = await this.fontkit();
    // fontkit hands out one cached object per glyph id, carrying the letters of its first
    // use: in «ژیلا پژواک» one glyph draws both ی and the body of پ. A thin copy per use
    // keeps the letters of this text with each glyph.
    const shared = font.getGlyph;
    font.getGlyph = (id, codePoints) => {
      const glyph = shared.call(font, id, codePoints);
      return codePoints ? (Object.create(glyph, { codePoints: { value: codePoints } }) as FontkitGlyph) : glyph;
    };
    let run: ReturnType<FontkitFont['layout']>;
    try {
      run = font.layout(text);
    } finally {
      delete (font as Partial<FontkitFont>).getGlyph;
    }
    const { glyphs, positions } = run;
    const units = (positions.reduce((sum, p) => sum + p.xAdvance, 0) * 1000) / font.unitsPerEm;
    return remember(this.shapes, text, {
      glyphs,
      positions: positions.map(({ xAdvance, xOffset, yOffset }) => ({ xAdvance, xOffset, yOffset })),
      units,
      unitsPerEm: font.unitsPerEm,
    });
  }

  /** Width of WinAnsi text in thousandths of the font size (no kerning, as it is drawn). */
  simpleUnits(text: string): number {
    const known = this.widths.get(text);
    if (known !== undefined) return known;
    return remember(this.widths, text, (this.advances(text) * 1000) / this.metrics.unitsPerEm);
  }

  /** The sum of the characters' advances in font units: whole numbers, so sums of parts are exact. */
  advances(text: string): number {
    let width = 0;
    for (const char of text) {
      const glyph = this.metrics.cmap.get(char.codePointAt(0)!);
      if (glyph !== undefined) width += this.metrics.advances[glyph]!;
    }
    return width;
  }
}

/** Which face draws a run, and how: as a simple WinAnsi font or shaped by fontkit. */
type FaceKey = `${FontFaceId}:${'simple' | 'shaped'}`;
interface Segment {
  text: string;
  key: FaceKey;
}

/**
 * The PDF fonts of a page or process. A face is fetched and parsed only when a text first
 * needs a character in its Unicode range, so a plan in Norwegian loads the two Latin files
 * and never fontkit; an Arabic name adds the Arabic file and fontkit.
 */
export class FaceLibrary {
  private readonly load: FontLoader;
  private readonly faces = new Map<FontFaceId, Promise<LoadedFace>>();
  private readonly ready = new Map<FontFaceId, LoadedFace>();
  private readonly segments = new Map<string, { segments: Segment[]; missing: string[] }>();

  constructor(load: FontLoader) {
    this.load = load;
  }

  face(id: FontFaceId): Promise<LoadedFace> {
    let face = this.faces.get(id);
    if (!face) {
      face = this.load(id).then(woffToSfnt).then((bytes) => {
        const loaded = new LoadedFace(id, bytes);
        this.ready.set(id, loaded);
        return loaded;
      });
      face.catch(() => this.faces.delete(id)); // a failed fetch may be retried on the next click
      this.faces.set(id, face);
    }
    return face;
  }

  /** Warm-up: fetch and parse the faces; those that need shaping also load fontkit. */
  async prepare(ids: FontFaceId[] = ['latin', 'latin-bold']): Promise<void> {
    const faces = await Promise.all(ids.map((id) => this.face(id)));
    await Promise.all(faces.filter((f) => f.id !== 'latin' && f.id !== 'latin-bold').map((f) => f.fontkit()));
  }

  /** The face for a character from the faces loaded so far, or which face must load first to tell. */
  private pick(codePoint: number, bold: boolean): { key?: FaceKey; load?: FontFaceId } {
    if (bold) {
      const face = this.ready.get('latin-bold');
      if (!face) return { load: 'latin-bold' };
      if (face.hasWinAnsi(codePoint)) return { key: 'latin-bold:simple' };
    }
    if (RANGE_TESTS.latin(codePoint)) {
      const face = this.ready.get('latin');
      if (!face) return { load: 'latin' };
      if (face.hasWinAnsi(codePoint)) return { key: 'latin:simple' };
    }
    for (const id of REGULAR_FACES) {
      if (!RANGE_TESTS[id](codePoint)) continue;
      const face = this.ready.get(id);
      if (!face) return { load: id };
      if (face.has(codePoint)) return { key: `${id}:shaped` };
    }
    return {};
  }

  /** Splits text into runs of one face each; whitespace joins the run it is in. Cached per string. */
  async segment(text: string, bold = false): Promise<{ segments: Segment[]; missing: string[] }> {
    const cacheKey = `${bold ? 'b' : 'r'}${text}`;
    const known = this.segments.get(cacheKey);
    if (known) return known;
    const segments: Segment[] = [];
    const missing: string[] = [];
    for (const char of text.normalize('NFC')) {
      const last = segments[segments.length - 1];
      if (/\s/u.test(char)) {
        if (last) last.text += char;
        else segments.push({ text: char, key: bold ? 'latin-bold:simple' : 'latin:simple' });
        continue;
      }
      const codePoint = char.codePointAt(0)!;
      // Faces load only when a character needs them, so a Latin text never waits here.
      let picked = this.pick(codePoint, bold);
      while (picked.load) {
        await this.face(picked.load);
        picked = this.pick(codePoint, bold);
      }
      let key = picked.key;
      if (!key) {
        missing.push(char);
        key = 'latin:shaped'; // drawn as the font's empty box; the field keeps the character
      }
      if (last && last.key === key) last.text += char;
      else segments.push({ text: char, key });
    }
    return remember(this.segments, cacheKey, { segments, missing });
  }

  loaded(id: FontFaceId): LoadedFace {
    const face = this.ready.get(id);
    if (!face) throw new Error(`Skrifta ${id} er ikke lastet`);
    return face;
  }
}

/** A run of text that one font can draw. */
export interface TextRun {
  text: string;
  font: PDFFont;
  /** Width in thousandths of the font size. */
  units: number;
  /** Set when fontkit shaped the run: it is drawn glyph by glyph with these subset ids. */
  shaped?: Shaped & { subsetIds: number[] };
  /**
   * On a right-to-left line, whose runs are drawn in visual order (bidi.ts): where the run
   * starts in the line as read, and its text as read (a reversed neutral run's `text` is drawn
   * backwards).
   */
  logical?: { start: number; text: string };
}

/**
 * pdf-lib keeps these private. We add the glyphs fontkit already laid out instead of laying
 * out again, and give a glyph one subset id per letter it draws: Noto Sans Arabic draws ژ
 * as ر plus three dots and ت as a dotless body plus two dots, so one glyph id stands for
 * several letters, and the text layer (ToUnicode) can only map a subset id to one text.
 * The copies cost a few bytes; the dots carry no text of their own.
 */
interface SubsetInternals {
  subset: { includeGlyph(glyph: number): number; glyphs: number[] };
  glyphs: (FontkitGlyph & { subsetId?: number })[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
  glyphId(glyph?: FontkitGlyph & { subsetId?: number }): number;
}

function subsetIds(font: PDFFont, glyphs: FontkitGlyph[], assigned: Map<string, number>): number[] {
  const embedder = (font as unknown as { embedder: SubsetInternals }).embedder;
  if (!assigned.size) embedder.glyphId = (glyph) => (glyph ? (glyph.subsetId ?? embedder.glyphIdMap.get(glyph.id) ?? -1) : -1);
  const ids = glyphs.map((glyph) => {
    const key = `${glyph.id}:${glyph.codePoints.join(',')}`;
    let id = assigned.get(key);
    if (id !== undefined) return id;
    const subset = embedder.subset;
    if (subset.glyphs.includes(glyph.id)) {
      subset.glyphs.push(glyph.id);
      id = subset.glyphs.length - 1;
    } else id = subset.includeGlyph(glyph.id);
    embedder.glyphs[id - 1] = Object.create(glyph, { subsetId: { value: id } }) as FontkitGlyph & { subsetId: number };
    assigned.set(key, id);
    return id;
  });
  embedder.glyphCache.invalidate();
  return ids;
}

/** Subset font names must start with six capital letters; fixed ones keep rebuilt files alike. */
const SUBSET_TAGS: Record<FontFaceId, string> = {
  latin: 'PRKLAT', 'latin-bold': 'PRKLBD', 'latin-ext': 'PRKLEX', vietnamese: 'PRKVIE', cyrillic: 'PRKCYR', 'cyrillic-ext': 'PRKCYX', greek: 'PRKGRK', arabic: 'PRKARA', ethiopic: 'PRKETH',
};

/**
 * The fonts of one PDF document. Faces are embedded (as subsets) only when first used,
 * and each character is drawn with the first face that has it, so a name like
 * "Máret Čuđet" mixes the Latin and Latin Extended files within one line.
 */
export class DocumentFonts {
  private readonly doc: PDFDocument;
  private readonly library: FaceLibrary;
  private readonly fonts = new Map<FaceKey, PDFFont>();
  private readonly assigned = new Map<PDFFont, Map<string, number>>();
  readonly missing = new Set<string>();

  constructor(doc: PDFDocument, library: FaceLibrary) {
    this.doc = doc;
    this.library = library;
  }

  /** The PDF font of a face: the WinAnsi font for the Latin faces, a fontkit subset otherwise. */
  async font(id: FontFaceId): Promise<PDFFont> {
    return this.pdfFont(id === 'latin' || id === 'latin-bold' ? `${id}:simple` : `${id}:shaped`);
  }

  private async pdfFont(key: FaceKey): Promise<PDFFont> {
    const known = this.fonts.get(key);
    if (known) return known;
    const [id, mode] = key.split(':') as [FontFaceId, 'simple' | 'shaped'];
    const face = await this.library.face(id);
    let font: PDFFont;
    if (mode === 'simple') font = winAnsiFont(this.doc, face.sfnt, face.metrics, SUBSET_TAGS[id], id === 'latin');
    else {
      const Embedder = CustomFontSubsetEmbedder as unknown as new (font: FontkitFont, data: Uint8Array) => CustomFontSubsetEmbedder;
      font = PDFFont.of(this.doc.context.nextRef(), this.doc, new Embedder(await face.fontkit(), face.bytes));
    }
    // Another await above may have made it already.
    const again = this.fonts.get(key);
    if (again) return again;
    this.fonts.set(key, font);
    return font;
  }

  /** Splits text into runs of one font each; characters no font has are noted and drawn as empty boxes. */
  async runs(text: string, bold = false): Promise<TextRun[]> {
    const { segments, missing } = await this.library.segment(text, bold);
    for (const char of missing) this.missing.add(char);
    const runs: TextRun[] = [];
    for (const { text: part, key } of segments) {
      const font = await this.pdfFont(key);
      const face = this.library.loaded(key.split(':')[0] as FontFaceId);
      if (key.endsWith(':simple')) {
        runs.push({ text: part, font, units: face.simpleUnits(part) });
        continue;
      }
      const shaped = await face.shape(part);
      let assigned = this.assigned.get(font);
      if (!assigned) this.assigned.set(font, (assigned = new Map()));
      runs.push({ text: part, font, units: shaped.units, shaped: { ...shaped, subsetIds: subsetIds(font, shaped.glyphs, assigned) } });
    }
    return runs;
  }

  /**
   * The face that draws the whole text as one simple (WinAnsi) run, if one does: then the
   * width of any part of it joined by spaces is its advances summed (see wrap()).
   */
  async simpleFace(text: string, bold = false): Promise<LoadedFace | undefined> {
    if (text !== text.normalize('NFC')) return undefined;
    const { segments } = await this.library.segment(text, bold);
    const only = segments.length === 1 ? segments[0]! : undefined;
    if (!only?.key.endsWith(':simple')) return undefined;
    return this.library.loaded(only.key.split(':')[0] as FontFaceId);
  }

  /** Width at a size, from the same measurements the drawing uses. */
  async width(text: string, size: number, bold = false): Promise<number> {
    const { segments } = await this.library.segment(text, bold);
    let units = 0;
    for (const { text: part, key } of segments) {
      const face = await this.library.face(key.split(':')[0] as FontFaceId);
      units += key.endsWith(':simple') ? face.simpleUnits(part) : (await face.shape(part)).units;
    }
    return (units * size) / 1000;
  }

  /** Writes every font used into the file; call once, before saving. */
  async finish(): Promise<void> {
    for (const font of this.fonts.values()) await font.embed();
  }
}
