import { PDFHexString, setFontAndSize, setTextMatrix, showText, type PDFName, type PDFOperator } from 'pdf-lib';
import type { TextRun } from './fonts.ts';

/**
 * The content-stream operators that draw one run at (x, y), inside BT … ET. A WinAnsi run
 * is one string. A shaped run is drawn glyph by glyph where fontkit put each one, so marks
 * (the dots of Pashto ښ, Vietnamese tone marks) sit on their letter; pdf-lib's own drawText
 * would put every glyph at its plain advance.
 */
export function runOperators(run: TextRun, fontName: string | PDFName, x: number, y: number, size: number): PDFOperator[] {
  if (!run.shaped) return [setFontAndSize(fontName, size), setTextMatrix(1, 0, 0, 1, x, y), showText(run.font.encodeText(run.text))];
  const { positions, subsetIds, unitsPerEm } = run.shaped;
  const scale = size / unitsPerEm;
  const ops: PDFOperator[] = [setFontAndSize(fontName, size)];
  let pen = 0;
  for (const [i, id] of subsetIds.entries()) {
    const p = positions[i]!;
    ops.push(setTextMatrix(1, 0, 0, 1, x + (pen + p.xOffset) * scale, y + p.yOffset * scale), showText(PDFHexString.of(id.toString(16).padStart(4, '0'))));
    pen += p.xAdvance;
  }
  return ops;
}

export const runWidth = (run: TextRun, size: number) => (run.units * size) / 1000;
