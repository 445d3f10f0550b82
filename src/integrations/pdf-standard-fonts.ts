import type { Plugin } from 'vite';

const ID = '\0praksis:pdf-standard-fonts';

/**
 * pdf-lib always bundles the metrics of the 14 standard PDF fonts (≈ 130 kB before gzip)
 * for its Helvetica default. Our PDFs embed every face they use, so in the browser bundle
 * the package is replaced by its names and a loader that fails loudly should code ever
 * ask for a standard font. Node (the build step, tests) keeps the real package.
 */
const STUB = `
export var FontNames = {
  Courier: 'Courier', CourierBold: 'Courier-Bold', CourierOblique: 'Courier-Oblique', CourierBoldOblique: 'Courier-BoldOblique',
  Helvetica: 'Helvetica', HelveticaBold: 'Helvetica-Bold', HelveticaOblique: 'Helvetica-Oblique', HelveticaBoldOblique: 'Helvetica-BoldOblique',
  TimesRoman: 'Times-Roman', TimesRomanBold: 'Times-Bold', TimesRomanItalic: 'Times-Italic', TimesRomanBoldItalic: 'Times-BoldItalic',
  Symbol: 'Symbol', ZapfDingbats: 'ZapfDingbats',
};
export var Encodings = {};
export var Font = {
  load: function (name) {
    throw new Error('Standardskrifta ' + name + ' er ikke med i nettleserkoden: bruk en innebygd skrift (src/lib/pdf/fonts.ts).');
  },
};
`;

export function standardFontsStub(): Plugin {
  return {
    name: 'praksis:pdf-standard-fonts',
    enforce: 'pre',
    resolveId(id) {
      return id === '@pdf-lib/standard-fonts' ? ID : undefined;
    },
    load(id) {
      return id === ID ? STUB : undefined;
    },
  };
}
