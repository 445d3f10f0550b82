/**
 * Where the browser finds the PDF fonts: built assets of this site, never another server.
 * Each face is fetched only when a text needs it (see FaceLibrary).
 */
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import vietnamese from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url';
import greek from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url';
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff?url';
import ethiopic from '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import type { FontFaceId, FontLoader } from './font-files.ts';

const FONT_URLS: Record<FontFaceId, string> = {
  latin,
  'latin-ext': latinExt,
  vietnamese,
  cyrillic,
  'cyrillic-ext': cyrillicExt,
  greek,
  arabic,
  ethiopic,
  'latin-bold': latinBold,
};

export const browserFontLoader: FontLoader = async (face) => {
  const response = await fetch(FONT_URLS[face]);
  if (!response.ok) throw new Error(`Fant ikke skriftfila for ${face}`);
  return new Uint8Array(await response.arrayBuffer());
};
