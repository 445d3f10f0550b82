import {
  PDFBool,
  PDFCheckBox,
  PDFDict,
  PDFRadioGroup,
  PDFRef,
  PDFHexString,
  PDFName,
  rgb,
  PDFDocument,
  type PDFField,
  type PDFPage,
  type PDFTextField,
} from 'pdf-lib';
import type { DocumentFonts } from './fonts.ts';
import { setMultiFontAppearance } from './appearance.ts';
import { hasMixedDirection } from './scripts.ts';
import { FIELD_BORDER, FIELD_FILL } from './colors.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}


/**
 * Adds AcroForm fields with stable names and an accessible name (/TU) each, and remembers
 * filled values so their appearance can be drawn with the right fonts at the end.
 */
export class FormFields {
  private readonly filled: { field: PDFTextField; value: string; size: number; multiline: boolean; transparent: boolean }[] = [];
  readonly warnings: string[] = [];
  private readonly doc: PDFDocument;
  private readonly fonts: DocumentFonts;

  constructor(doc: PDFDocument, fonts: DocumentFonts) {
    this.doc = doc;
    this.fonts = fonts;
  }

  private describe(field: PDFField, label: string): void {
    field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(label));
  }

  async text(page: PDFPage, name: string, label: string, box: Box, options: { multiline?: boolean; value?: string; size?: number; transparent?: boolean } = {}): Promise<void> {
    const field = this.doc.getForm().createTextField(name);
    this.describe(field, label);
    const size = options.size ?? (options.multiline ? 9 : 10);
    if (options.multiline) field.enableMultiline();
    // A transparent field lets ruled writing lines drawn on the page show through.
    field.addToPage(page, { ...box, font: await this.fonts.font('latin'), borderColor: FIELD_BORDER, borderWidth: 0.75, backgroundColor: options.transparent ? undefined : FIELD_FILL });
    field.setFontSize(size);
    if (options.value) {
      this.filled.push({ field, value: options.value, size, multiline: Boolean(options.multiline), transparent: Boolean(options.transparent) });
      if (hasMixedDirection(options.value)) {
        this.warnings.push(`«${label}» blander skriftretninger (for eksempel arabisk med latinske bokstaver eller tall). PDF-en viser kanskje rekkefølgen feil, men feltet har den riktige teksten.`);
      }
    }
  }

  /** One radio group per task: the mastery levels as options "1" to "4". */
  radios(page: PDFPage, name: string, label: string, options: { value: string; box: Box }[], selected?: string): void {
    const group = this.doc.getForm().createRadioGroup(name);
    this.describe(group, label);
    for (const option of options) {
      group.addOptionToPage(option.value, page, { ...option.box, borderColor: FIELD_BORDER, borderWidth: 0.75, backgroundColor: rgb(1, 1, 1) });
    }
    if (selected) group.select(selected);
  }

  checkbox(page: PDFPage, name: string, label: string, box: Box, checked = false): void {
    const box_ = this.doc.getForm().createCheckBox(name);
    this.describe(box_, label);
    box_.addToPage(page, { ...box, borderColor: FIELD_BORDER, borderWidth: 0.75, backgroundColor: rgb(1, 1, 1) });
    if (checked) box_.check();
  }

  /** Draws every appearance: Noto Sans Latin for empty fields, per-run fonts for filled ones. */
  async finish(): Promise<void> {
    const form = this.doc.getForm();
    form.updateFieldAppearances(await this.fonts.font('latin'));
    // Values go in after pdf-lib's own appearances: its one-font layout is slow on long
    // notes (seconds for a few thousand characters) and would be replaced anyway.
    for (const { field, value, size, multiline, transparent } of this.filled) {
      field.setText(value);
      await setMultiFontAppearance(this.doc, this.fonts, field, value, { size, multiline, transparent });
    }
    shareButtonAppearances(this.doc);
    form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.False);
    if (this.fonts.missing.size) {
      this.warnings.push(`Noen tegn finnes ikke i skriftene og vises som tomme ruter: ${[...this.fonts.missing].join(' ')}. Feltene har likevel den riktige teksten.`);
    }
  }
}

/**
 * pdf-lib gives every radio button and checkbox its own four appearance streams (on/off,
 * normal/pressed): over a thousand identical streams in a plan. Buttons of one kind and
 * size look the same, so they share one set; the copies are deleted. Halves the file.
 */
function shareButtonAppearances(doc: PDFDocument): void {
  const shared = new Map<string, PDFRef>();
  for (const field of doc.getForm().getFields()) {
    const kind = field instanceof PDFRadioGroup ? 'radio' : field instanceof PDFCheckBox ? 'check' : undefined;
    if (!kind) continue;
    for (const widget of field.acroField.getWidgets()) {
      const { width, height } = widget.getRectangle();
      const appearances = widget.dict.lookupMaybe(PDFName.of('AP'), PDFDict);
      for (const mode of ['N', 'D']) {
        const states = appearances?.lookupMaybe(PDFName.of(mode), PDFDict);
        if (!states) continue;
        for (const [state, ref] of states.entries()) {
          if (!(ref instanceof PDFRef)) continue;
          const key = `${kind}:${width}x${height}:${mode}:${state === PDFName.of('Off') ? 'off' : 'on'}`;
          const first = shared.get(key);
          if (!first) shared.set(key, ref);
          else if (first !== ref) {
            states.set(state, first);
            doc.context.delete(ref);
          }
        }
      }
    }
  }
}
