import {
  beginMarkedContent,
  beginText,
  clip,
  endMarkedContent,
  endPath,
  endText,
  fill,
  setLineWidth,
  setStrokingColor,
  stroke,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingColor,
  rgb,
  type PDFDocument,
  type PDFFont,
  type PDFOperator,
  type PDFTextField,
} from 'pdf-lib';
import type { DocumentFonts } from './fonts.ts';
import { visualRuns } from './bidi.ts';
import { wrap } from './text.ts';
import { runOperators, runWidth } from './text-ops.ts';
import { FIELD_BORDER, FIELD_FILL } from './colors.ts';

/** Line height of multi-line field text, as a multiple of the font size. */
export const FIELD_LINE_HEIGHT = 1.2;

/**
 * pdf-lib draws a field's value in one font. A value may need several (a Sámi name needs
 * Latin and Latin Extended), so we write the appearance stream ourselves, one font per run,
 * clipped to the box so text never runs outside it. The field keeps the exact text.
 */
export async function setMultiFontAppearance(
  doc: PDFDocument,
  fonts: DocumentFonts,
  field: PDFTextField,
  value: string,
  { size, multiline, transparent }: { size: number; multiline: boolean; transparent: boolean },
): Promise<void> {
  for (const widget of field.acroField.getWidgets()) {
    const { width, height } = widget.getRectangle();
    const padding = 2;
    const lines = multiline ? await wrap(fonts, value, width - 2 * padding, { size }) : [value.replace(/\s+/g, ' ')];
    const names = new Map<PDFFont, string>();
    const ops: PDFOperator[] = [
      // The same frame pdf-lib draws for empty fields, so filled and empty fields look alike.
      ...(transparent ? [] : [setFillingColor(FIELD_FILL), rectangle(0, 0, width, height), fill()]),
      setStrokingColor(FIELD_BORDER),
      setLineWidth(0.75),
      rectangle(0.375, 0.375, width - 0.75, height - 0.75),
      stroke(),
      beginMarkedContent('Tx'),
      pushGraphicsState(),
      rectangle(1, 1, width - 2, height - 2),
      clip(),
      endPath(),
      beginText(),
      setFillingColor(rgb(0, 0, 0)),
    ];
    for (const [i, line] of lines.entries()) {
      // Right to left in visual order (bidi.ts), against the right edge, on one line or many.
      const { runs, rtl } = await visualRuns(fonts, line);
      const lineWidth = runs.reduce((w, r) => w + runWidth(r, size), 0);
      const x = rtl ? Math.max(padding, width - padding - lineWidth) : padding;
      const y = multiline ? height - padding - size * (i + 1) * FIELD_LINE_HEIGHT + size * 0.2 : (height - size) / 2 + size * 0.22;
      let cursor = x;
      for (const run of runs) {
        if (!names.has(run.font)) names.set(run.font, `F${names.size}`);
        ops.push(...runOperators(run, names.get(run.font)!, cursor, y, size));
        cursor += runWidth(run, size);
      }
    }
    ops.push(endText(), popGraphicsState(), endMarkedContent());
    const Font = Object.fromEntries([...names].map(([font, name]) => [name, font.ref]));
    const stream = doc.context.formXObject(ops, { BBox: [0, 0, width, height], Resources: { Font } });
    widget.setNormalAppearance(doc.context.register(stream));
  }
}
