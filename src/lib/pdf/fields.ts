import {
  AnnotationFlags,
  FieldAlreadyExistsError,
  PDFAcroRadioButton,
  PDFAcroText,
  PDFAcroCheckBox,
  PDFBool,
  PDFCheckBox,
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFNumber,
  PDFWidgetAnnotation,
  PDFName,
  PDFRadioGroup,
  PDFRef,
  PDFTextField,
  rgb,
  setFillingColor,
  setFontAndSize,
  type PDFDocument,
  type PDFField,
  type PDFForm,
  type PDFPage,
  type PDFContext,
  type RGB,
} from 'pdf-lib';
import type { DocumentFonts } from './fonts.ts';
import { setMultiFontAppearance } from './appearance.ts';
import { hasMixedDirection } from './scripts.ts';
import { FIELD_BORDER, FIELD_FILL } from './colors.ts';
import { tagsOf } from './tagging/tree.ts';
import { fill } from '../i18n/fill.ts';
import { pdfLabels } from '../i18n/pdf-labels.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Hex digits of every byte, for textString(). */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).toUpperCase().padStart(2, '0'));

/**
 * A PDF text string, as PDFHexString.fromText writes it (UTF-16BE with a byte order mark,
 * upper-case hex), made without its per-character helpers: a plan has some 500 of these.
 */
function textString(text: string): PDFHexString {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    hex += HEX[unit >> 8]! + HEX[unit & 0xff]!;
  }
  return PDFHexString.of(hex);
}

/** Dictionary keys, looked up once (PDFName.of decodes its argument on every call). */
const KEY = Object.fromEntries(['T', 'TU', 'Type', 'Subtype', 'Rect', 'Parent', 'P', 'MK', 'BS', 'F', 'BG', 'R', 'BC', 'W', 'AP', 'N', 'D', 'Off'].map((k) => [k, PDFName.of(k)])) as Record<
  'T' | 'TU' | 'Type' | 'Subtype' | 'Rect' | 'Parent' | 'P' | 'MK' | 'BS' | 'F' | 'BG' | 'R' | 'BC' | 'W' | 'AP' | 'N' | 'D' | 'Off',
  PDFName
>;

/** The border every field has. */
const BORDER_WIDTH = 0.75;
const BLACK = rgb(0, 0, 0);
const WHITE = rgb(1, 1, 1);
/** What pdf-lib's createWidget writes first into a button's /DA: black text. */
const BUTTON_DA = `\n${setFillingColor(BLACK)}`;

/**
 * The parts every widget repeats, made once per document: pdf-lib's createWidget makes a
 * dozen number objects per widget, and a plan has some 800 widgets. Never changed after.
 */
function widgetParts(context: PDFContext) {
  const color = (c: RGB) => context.obj([c.red, c.green, c.blue]);
  return {
    annot: PDFName.of('Annot'),
    widget: PDFName.of('Widget'),
    border: color(FIELD_BORDER),
    backgrounds: new Map<RGB, PDFArray>([FIELD_FILL, WHITE].map((c) => [c, color(c)])),
    rotation: PDFNumber.of(0),
    width: PDFNumber.of(BORDER_WIDTH),
    printable: PDFNumber.of(AnnotationFlags.Print),
  };
}

/** The appearance streams and default appearance (/DA) of every button of one look. */
interface ButtonLook {
  normal: { on: PDFRef; off: PDFRef };
  down?: { on: PDFRef; off: PDFRef };
  da?: string;
}

interface TextEntry {
  field: PDFTextField;
  widget: PDFWidgetAnnotation;
  value?: string;
  size: number;
  multiline: boolean;
  transparent: boolean;
}

/**
 * Adds AcroForm fields with stable names and an accessible name (/TU) each, and remembers
 * filled values so their appearance can be drawn with the right fonts at the end.
 *
 * A plan has about 200 fields and 600 radio buttons, so this builds them the way pdf-lib's
 * createTextField/addToPage/addOptionToPage do, with two differences that keep the document
 * the same but make it several times faster to draw: field names are checked against a set
 * (pdf-lib compares each new name with every field so far, decoding each one), and widgets
 * of one look share one set of appearance streams, drawn once per document (pdf-lib draws
 * four streams per radio button, and every text field's twice).
 */
export class FormFields {
  private readonly texts: TextEntry[] = [];
  private readonly names = new Set<string>();
  private readonly looks = new Map<string, ButtonLook>();
  readonly warnings: string[] = [];
  private readonly doc: PDFDocument;
  private readonly fonts: DocumentFonts;
  private formCache: PDFForm | undefined;
  private parts: ReturnType<typeof widgetParts> | undefined;

  constructor(doc: PDFDocument, fonts: DocumentFonts) {
    this.doc = doc;
    this.fonts = fonts;
  }

  private get form(): PDFForm {
    return (this.formCache ??= this.doc.getForm());
  }

  /** Registers a new top-level field under its name, as PDFForm.create… would. */
  private add<T extends PDFAcroText | PDFAcroRadioButton | PDFAcroCheckBox>(acro: T, name: string, label: string): T {
    if (!name || name.includes('.')) throw new Error(`Ugyldig feltnavn i PDF-en: «${name}»`);
    if (this.names.has(name)) throw new FieldAlreadyExistsError(name);
    this.names.add(name);
    acro.dict.set(KEY.T, textString(name));
    acro.dict.set(KEY.TU, textString(label));
    this.form.acroForm.addField(acro.ref);
    return acro;
  }

  /**
   * A widget dictionary exactly as pdf-lib's createWidget makes it (same keys in the same
   * order, same rectangle arithmetic), from shared parts.
   */
  private widget(field: PDFField, page: PDFPage, box: Box, backgroundColor?: RGB): { widget: PDFWidgetAnnotation; ref: PDFRef } {
    const context = this.doc.context;
    const parts = (this.parts ??= widgetParts(context));
    const half = BORDER_WIDTH / 2;
    const x = box.x - half;
    const y = box.y - half;
    const mk = context.obj({});
    if (backgroundColor) mk.set(KEY.BG, parts.backgrounds.get(backgroundColor) ?? context.obj([backgroundColor.red, backgroundColor.green, backgroundColor.blue]));
    mk.set(KEY.R, parts.rotation);
    mk.set(KEY.BC, parts.border);
    const bs = context.obj({});
    bs.set(KEY.W, parts.width);
    const dict = context.obj({});
    dict.set(KEY.Type, parts.annot);
    dict.set(KEY.Subtype, parts.widget);
    dict.set(KEY.Rect, context.obj([x, y, x + box.width + BORDER_WIDTH, y + box.height + BORDER_WIDTH]));
    dict.set(KEY.Parent, field.ref);
    dict.set(KEY.P, page.ref);
    dict.set(KEY.MK, mk);
    dict.set(KEY.BS, bs);
    dict.set(KEY.F, parts.printable);
    const ref = context.register(dict);
    // Each widget sits in a Form element where it is drawn; its name for a screen reader is the field's /TU.
    tagsOf(this.doc)?.widget(page, field.ref, ref, dict);
    return { widget: PDFWidgetAnnotation.fromDict(dict), ref };
  }

  async text(page: PDFPage, name: string, label: string, box: Box, options: { multiline?: boolean; value?: string; size?: number; transparent?: boolean } = {}): Promise<void> {
    const acro = this.add(PDFAcroText.create(this.doc.context), name, label);
    const field = PDFTextField.of(acro, acro.ref, this.doc);
    const size = options.size ?? (options.multiline ? 9 : 10);
    if (options.multiline) field.enableMultiline();
    // A transparent field lets ruled writing lines drawn on the page show through.
    const { widget, ref } = this.widget(field, page, box, options.transparent ? undefined : FIELD_FILL);
    field.acroField.addWidget(ref);
    // The default appearance pdf-lib's text appearance would leave: black, the form's font, this size.
    field.acroField.setDefaultAppearance(`${setFillingColor(BLACK)}\n${setFontAndSize((await this.fonts.font('latin')).name, size)}`);
    page.node.addAnnot(ref);
    this.texts.push({ field, widget, value: options.value || undefined, size, multiline: Boolean(options.multiline), transparent: Boolean(options.transparent) });
    if (options.value && hasMixedDirection(options.value)) {
      this.warnings.push(fill(pdfLabels().mixedDirection, { label }));
    }
  }

  /** One radio group per task: the mastery levels as options "1" to "4". */
  radios(page: PDFPage, name: string, label: string, options: { value: string; box: Box }[], selected?: string): void {
    const acro = this.add(PDFAcroRadioButton.create(this.doc.context), name, label);
    acro.setDefaultAppearance(BUTTON_DA); // its place in the dictionary; shareLook sets the value
    const group = PDFRadioGroup.of(acro, acro.ref, this.doc);
    for (const option of options) {
      const { widget, ref } = this.widget(group, page, option.box, WHITE);
      const onValue = acro.addWidgetWithOpt(ref, textString(option.value), !group.isMutuallyExclusive());
      widget.setAppearanceState(KEY.Off);
      this.shareLook(`radio:${widget.getRectangle().width}x${widget.getRectangle().height}`, widget, onValue, acro, () => {
        (group as unknown as { updateWidgetAppearance(w: PDFWidgetAnnotation, on: PDFName): void }).updateWidgetAppearance(widget, onValue);
      });
      page.node.addAnnot(ref);
    }
    if (selected) group.select(selected);
  }

  checkbox(page: PDFPage, name: string, label: string, box: Box, checked = false): void {
    const acro = this.add(PDFAcroCheckBox.create(this.doc.context), name, label);
    acro.setDefaultAppearance(BUTTON_DA);
    const checkBox = PDFCheckBox.of(acro, acro.ref, this.doc);
    const { widget, ref } = this.widget(checkBox, page, box, WHITE);
    acro.addWidget(ref);
    const onValue = PDFName.of('Yes');
    widget.setAppearanceState(KEY.Off);
    this.shareLook(`check:${widget.getRectangle().width}x${widget.getRectangle().height}`, widget, onValue, acro, () => {
      (checkBox as unknown as { updateWidgetAppearance(w: PDFWidgetAnnotation, on: PDFName): void }).updateWidgetAppearance(widget, onValue);
    });
    page.node.addAnnot(ref);
    if (checked) checkBox.check();
  }

  /**
   * The first button of a look gets pdf-lib's own appearance streams; every later one gets
   * references to the same streams (and the same /DA), never copies.
   */
  private shareLook(key: string, widget: PDFWidgetAnnotation, onValue: PDFName, acro: PDFAcroRadioButton | PDFAcroCheckBox, draw: () => void): void {
    const look = this.looks.get(key);
    if (!look) {
      draw();
      const ap = (mode: 'N' | 'D') => {
        const states = widget.dict.lookupMaybe(KEY.AP, PDFDict)?.lookupMaybe(KEY[mode], PDFDict);
        const on = states?.get(onValue);
        const off = states?.get(KEY.Off);
        return on instanceof PDFRef && off instanceof PDFRef ? { on, off } : undefined;
      };
      const normal = ap('N');
      if (normal) this.looks.set(key, { normal, down: ap('D'), da: acro.getDefaultAppearance() });
      return;
    }
    const states = (pair: { on: PDFRef; off: PDFRef }) => {
      const dict = this.doc.context.obj({});
      dict.set(onValue, pair.on);
      dict.set(KEY.Off, pair.off);
      return dict;
    };
    widget.setNormalAppearance(states(look.normal));
    if (look.down) widget.setDownAppearance(states(look.down));
    if (look.da !== undefined) acro.setDefaultAppearance(look.da);
  }

  /** Draws every appearance: Noto Sans Latin for empty fields, per-run fonts for filled ones. */
  async finish(): Promise<void> {
    const font = await this.fonts.font('latin');
    const empty = new Map<string, PDFRef>();
    for (const { field, widget, value, size, multiline, transparent } of this.texts) {
      if (value) {
        // Our own appearance: pdf-lib's one-font layout is slow on long notes (seconds for a
        // few thousand characters) and cannot mix scripts.
        field.setText(value);
        await setMultiFontAppearance(this.doc, this.fonts, field, value, { size, multiline, transparent });
        continue;
      }
      // Empty fields of one size and kind look alike: pdf-lib draws the first, the rest share it.
      const { width, height } = widget.getRectangle();
      const key = `${width}x${height}:${size}:${multiline}:${transparent}`;
      const shared = empty.get(key);
      if (shared) {
        widget.setNormalAppearance(shared);
        continue;
      }
      field.defaultUpdateAppearances(font);
      const normal = widget.dict.lookupMaybe(KEY.AP, PDFDict)?.get(KEY.N);
      if (normal instanceof PDFRef) empty.set(key, normal);
    }
    this.form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.False);
    if (this.fonts.missing.size) {
      this.warnings.push(fill(pdfLabels().missingGlyphs, { chars: [...this.fonts.missing].join(' ') }));
    }
  }
}
