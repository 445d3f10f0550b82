import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { FONT_FACES, REGULAR_FACES, type FontFaceId, type FontLoader } from './font-files.ts';
import { woffToSfnt } from './woff.ts';

interface Face {
  id: FontFaceId;
  /** Parsed once to answer "does this face have that character?" */
  coverage: { hasGlyphForCodePoint(cp: number): boolean };
  bytes: Uint8Array;
  embedded?: PDFFont;
}

/** A run of text that one font can draw. */
export interface TextRun {
  text: string;
  font: PDFFont;
}

/** Font bytes and coverage, loaded once and shared by every PDF made in this process or page. */
export async function loadFaces(load: FontLoader): Promise<Map<FontFaceId, Omit<Face, 'embedded'>>> {
  const faces = new Map<FontFaceId, Omit<Face, 'embedded'>>();
  await Promise.all(
    FONT_FACES.map(async ({ id }) => {
      const bytes = await woffToSfnt(await load(id));
      faces.set(id, { id, bytes, coverage: fontkit.create(bytes as unknown as Buffer) as unknown as Face['coverage'] });
    }),
  );
  return faces;
}

/**
 * The fonts of one PDF document. Faces are embedded (as subsets) only when first used,
 * and each character is drawn with the first face that has it, so a name like
 * "Máret Čuđet" mixes the Latin and Latin Extended files within one line.
 */
export class DocumentFonts {
  private readonly doc: PDFDocument;
  private readonly faces: Map<FontFaceId, Face>;
  readonly missing = new Set<string>();

  constructor(doc: PDFDocument, faces: Map<FontFaceId, Omit<Face, 'embedded'>>) {
    this.doc = doc;
    this.doc.registerFontkit(fontkit);
    this.faces = new Map([...faces].map(([id, face]) => [id, { ...face }]));
  }

  async font(id: FontFaceId): Promise<PDFFont> {
    const face = this.faces.get(id)!;
    face.embedded ??= await this.doc.embedFont(face.bytes, { subset: true });
    return face.embedded;
  }

  private faceFor(char: string): FontFaceId | undefined {
    const cp = char.codePointAt(0)!;
    if (/\s/u.test(char)) return undefined; // whitespace joins the current run
    return REGULAR_FACES.find((id) => this.faces.get(id)!.coverage.hasGlyphForCodePoint(cp));
  }

  /** Splits text into runs of one font each; characters no font has are noted and drawn with Latin. */
  async runs(text: string, bold = false): Promise<TextRun[]> {
    if (bold && [...text].every((c) => /\s/u.test(c) || this.faces.get('latin-bold')!.coverage.hasGlyphForCodePoint(c.codePointAt(0)!))) {
      return [{ text, font: await this.font('latin-bold') }];
    }
    const runs: { text: string; face: FontFaceId }[] = [];
    for (const char of text) {
      let face = this.faceFor(char);
      if (!face && !/\s/u.test(char)) {
        this.missing.add(char);
        face = 'latin';
      }
      const last = runs[runs.length - 1];
      if (last && (!face || face === last.face)) last.text += char;
      else runs.push({ text: char, face: face ?? 'latin' });
    }
    return Promise.all(runs.map(async (r) => ({ text: r.text, font: await this.font(r.face) })));
  }

  async width(text: string, size: number, bold = false): Promise<number> {
    const runs = await this.runs(text, bold);
    return runs.reduce((sum, r) => sum + r.font.widthOfTextAtSize(r.text, size), 0);
  }
}
