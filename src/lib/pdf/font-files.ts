/**
 * The libre fonts the PDFs embed, as @fontsource ships them: one Unicode range per file.
 * The .woff files, not .woff2: fontkit's subsetter crashes on WOFF2 (see stack notes).
 * Order matters: a character is drawn with the first face that has a glyph for it.
 */
export const FONT_FACES = [
  { id: 'latin', file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff' },
  { id: 'latin-ext', file: '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff' },
  { id: 'cyrillic', file: '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff' },
  { id: 'cyrillic-ext', file: '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff' },
  { id: 'greek', file: '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff' },
  { id: 'arabic', file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff' },
  { id: 'ethiopic', file: '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff' },
  { id: 'latin-bold', file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff' },
] as const;

export type FontFaceId = (typeof FONT_FACES)[number]['id'];

/** Regular faces in fallback order; bold is only used for our own Latin headings. */
export const REGULAR_FACES: FontFaceId[] = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'arabic', 'ethiopic'];

/** Gives the bytes of a font file; Node reads node_modules, the browser fetches the built asset. */
export type FontLoader = (face: FontFaceId) => Promise<Uint8Array>;
