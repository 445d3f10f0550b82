import { PDFName, PDFOperator, PDFOperatorNames as Ops } from 'pdf-lib';

/**
 * The content-stream side of tagging: marked-content operators. A tagged run sits in
 * `/Tag <</MCID n>> BDC … EMC`; page furniture in `/Artifact BMC … EMC`.
 */

const NAMES = new Map<string, PDFName>();
export const pdfName = (name: string) => {
  let n = NAMES.get(name);
  if (!n) NAMES.set(name, (n = PDFName.of(name)));
  return n;
};

const EMC = PDFOperator.of(Ops.EndMarkedContent);
const ARTIFACT = PDFOperator.of(Ops.BeginMarkedContent, [pdfName('Artifact')]);

export const endMarked = () => EMC;
export const beginArtifact = () => ARTIFACT;

// Operands as plain strings: pdf-lib writes them as they are, and a plan has hundreds of
// these, so no dictionary objects are made for them.
export function beginTagged(tag: string, mcid: number): PDFOperator {
  return PDFOperator.of(Ops.BeginMarkedContentSequence, [`/${tag}`, `<</MCID ${mcid}>>`]);
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).toUpperCase().padStart(2, '0'));

/** UTF-16BE hex with a byte-order mark, as PDF text strings are written. */
export function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    hex += HEX[unit >> 8]! + HEX[unit & 0xff]!;
  }
  return hex;
}



const ARABIC = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/u;

/**
 * The language of a run when the caller gave none: text in Arabic script is tagged `ar`
 * (Dari, Pashto and Urdu names share the script; a screen reader's Arabic voice reads them
 * far better than a Norwegian one). Runs without letters (spaces, digits) return `null`:
 * they belong to whatever run they sit in.
 */
export function guessLanguage(text: string): string | undefined | null {
  if (ARABIC.test(text)) return 'ar';
  return LETTER.test(text) ? undefined : null;
}
