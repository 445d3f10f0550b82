/**
 * The libre fonts the PDFs embed, as @fontsource ships them: one Unicode range per file
 * (the ranges are copied from @fontsource's CSS, so a face is fetched only when a text
 * has a character in its range). The .woff files, not .woff2: fontkit's subsetter crashes
 * on WOFF2 (see stack notes). Order matters: a character is drawn with the first face
 * that has a glyph for it.
 */
export const FONT_FACES = [
  { id: 'latin', file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff', ranges: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
  { id: 'latin-ext', file: '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff', ranges: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' },
  { id: 'vietnamese', file: '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff', ranges: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB' },
  { id: 'cyrillic', file: '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff', ranges: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
  { id: 'cyrillic-ext', file: '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff', ranges: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F' },
  { id: 'greek', file: '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff', ranges: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF' },
  { id: 'arabic', file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff', ranges: 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC' },
  { id: 'ethiopic', file: '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff', ranges: 'U+030E,U+1200-1399,U+2D80-2DDE,U+AB01-AB2E,U+1E7E0-1E7E6,U+1E7E8-1E7EB,U+1E7ED-1E7EE,U+1E7F0-1E7FE' },
  { id: 'latin-bold', file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff', ranges: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
] as const;

export type FontFaceId = (typeof FONT_FACES)[number]['id'];

/** Regular faces in fallback order; bold is only used for our own Latin headings. */
export const REGULAR_FACES: FontFaceId[] = ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek', 'arabic', 'ethiopic'];

/** Gives the bytes of a font file; Node reads node_modules, the browser fetches the built asset. */
export type FontLoader = (face: FontFaceId) => Promise<Uint8Array>;

/** "U+0000-00FF,U+0131" as a test for one code point. */
export function inRanges(ranges: string): (codePoint: number) => boolean {
  const spans = ranges.split(',').map((r) => {
    const [from, to = from] = r.replace('U+', '').split('-');
    return [Number.parseInt(from!, 16), Number.parseInt(to!, 16)] as const;
  });
  return (cp) => spans.some(([from, to]) => cp >= from && cp <= to);
}

/** The faces a text needs, judged from the ranges alone (nothing is fetched to decide). */
export function facesForText(text: string, bold = false): Set<FontFaceId> {
  const out = new Set<FontFaceId>(bold ? ['latin-bold'] : []);
  for (const char of text.normalize('NFC')) {
    const cp = char.codePointAt(0)!;
    if (/\s/u.test(char)) continue;
    const face = REGULAR_FACES.find((id) => RANGE_TESTS[id](cp));
    if (face) out.add(face);
  }
  return out;
}

export const RANGE_TESTS = Object.fromEntries(FONT_FACES.map((f) => [f.id, inRanges(f.ranges)])) as Record<FontFaceId, (cp: number) => boolean>;
