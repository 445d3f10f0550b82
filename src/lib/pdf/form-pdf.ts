import { rgb } from 'pdf-lib';
import type { FormData, FormField, FormSection } from '../schemas/form.ts';
import { finishDocument, startDocument, type Issuer, type LoadedFaces, type PdfResult } from './document.ts';
import { CONTENT_WIDTH, decorate, MARGIN } from './layout.ts';
import { drawLine, drawLineParts, drawParagraph, lineHeight, MUTED, wrap } from './text.ts';
import { formFieldName } from './field-names.ts';
import { contentTag, TRANSLATION_AFTER, type TextPart } from './languages.ts';

/** Values to pre-fill, keyed by PDF field name; the blank form passes nothing. */
export type FormFill = Record<string, string | boolean | undefined>;

const LABEL = { size: 9, bold: true } as const;
const HELP = { size: 8.5, color: MUTED } as const;
/** Height of one handwriting line: roomy enough for a pen. */
const WRITING_LINE = 18;
const RULE = rgb(0.78, 0.8, 0.84);
const GAP = 12;

/** The document being drawn, and the /Lang of the form's text and of its hints when not the document's. */
type Parts = Awaited<ReturnType<typeof startDocument>> & { lang?: string; helpLang?: string };

/**
 * A form as the PDF draws it: its text is in `language` (bokmål when not given: shared
 * content). The logbook's hints are the participant's language (`helpLanguage`, a BCP 47 code).
 */
export type PdfForm = FormData & { helpLanguage?: string };

/** A title in the form's language, with the part after TRANSLATION_AFTER.title in the hints' language when they have their own. */
function titleParts(parts: Parts, title: string): TextPart[] {
  const at = parts.helpLang !== parts.lang ? title.indexOf(TRANSLATION_AFTER.title) : -1;
  if (at < 0) return [{ text: title, lang: parts.lang }];
  const rest = at + TRANSLATION_AFTER.title.length;
  return [{ text: title.slice(0, at), lang: parts.lang }, { text: TRANSLATION_AFTER.title }, { text: title.slice(rest), lang: parts.helpLang }];
}

/** nb.forms.signatureDate: the words the HTML form puts before a signature's label (tested to match). */
export const SIGNATURE_DATE = 'Dato for underskrift';

/**
 * A field's accessible name (/TU) in the HTML form's words (FieldControl): the label, after
 * «Dato for underskrift:» for a signature, with its section in brackets. The HTML form adds
 * the section only where a label repeats; the PDF always does, as a PDF reader lists fields
 * out of context.
 */
export function accessibleFieldName(field: FormField, section: string): string {
  const label = field.type === 'signature' ? `${SIGNATURE_DATE}: ${field.label}` : field.label;
  return section ? `${label} (${section})` : label;
}

const isShort = (f: FormField) => (f.type === 'text' || f.type === 'date') && !f.help;
const isShortCheckbox = (f: FormField) => f.type === 'checkbox' && f.label.length <= 32;

/** Short fields sit two to a row and short checkboxes three; everything else takes the full width. */
function rows(fields: FormField[]): FormField[][] {
  const out: FormField[][] = [];
  for (const field of fields) {
    const last = out[out.length - 1];
    if (last && isShort(field) && last.length < 2 && last.every(isShort)) last.push(field);
    else if (last && isShortCheckbox(field) && last.length < 3 && last.every(isShortCheckbox)) last.push(field);
    else out.push([field]);
  }
  return out;
}

/** Width of each column when a row holds n fields. */
function columnWidth(n: number): number {
  return (CONTENT_WIDTH - (n - 1) * GAP) / n;
}

async function labelHeight(parts: Parts, field: FormField, width: number): Promise<number> {
  const labelLines = await wrap(parts.fonts, field.label, width, LABEL);
  const helpLines = field.help ? await wrap(parts.fonts, field.help, width, HELP) : [];
  return labelLines.length * lineHeight(LABEL) + helpLines.length * lineHeight(HELP) + 3;
}

async function fieldHeight(parts: Parts, field: FormField, width: number): Promise<number> {
  if (field.type === 'checkbox') return Math.max(16, (await wrap(parts.fonts, field.label, width - 20, { size: 9.5 })).length * lineHeight({ size: 9.5 }) + 6);
  const label = await labelHeight(parts, field, width);
  if (field.type === 'textarea') return label + (field.lines ?? 4) * WRITING_LINE + 4;
  if (field.type === 'signature') return label + 44;
  return label + 28;
}

async function drawLabel(parts: Parts, field: FormField, x: number, top: number, width: number): Promise<number> {
  const { flow, fonts } = parts;
  let used = await drawParagraph(flow.page, fonts, field.label, x, top, width, { ...LABEL, lang: parts.lang });
  if (field.help) used += await drawParagraph(flow.page, fonts, field.help, x, top - used, width, { ...HELP, lang: parts.helpLang });
  return used + 3;
}

async function drawField(parts: Parts, field: FormField, name: string, context: string, x: number, top: number, width: number, fill: FormFill): Promise<void> {
  const { flow, fields, fonts } = parts;
  const page = flow.page;
  const accessible = accessibleFieldName(field, context);
  const value = fill[name];
  if (field.type === 'checkbox') {
    fields.checkbox(page, name, accessible, { x, y: top - 14, width: 12, height: 12 }, value === true);
    await drawParagraph(page, fonts, field.label, x + 20, top - 1, width - 20, { size: 9.5, lang: parts.lang });
    return;
  }
  const y = top - (await drawLabel(parts, field, x, top, width));
  const text = typeof value === 'string' ? value : undefined;
  if (field.type === 'textarea') {
    const height = (field.lines ?? 4) * WRITING_LINE;
    for (let i = 1; i < (field.lines ?? 4); i++) {
      decorate(page, () => page.drawLine({ start: { x: x + 4, y: y - i * WRITING_LINE }, end: { x: x + width - 4, y: y - i * WRITING_LINE }, thickness: 0.5, color: RULE }));
    }
    await fields.text(page, name, accessible, { x, y: y - height, width, height }, { multiline: true, value: text, size: 10, transparent: true });
    return;
  }
  if (field.type === 'signature') {
    // A hand signature goes on the line; the date next to it is a field.
    const lineWidth = width - 150;
    decorate(page, () => page.drawLine({ start: { x, y: y - 30 }, end: { x: x + lineWidth, y: y - 30 }, thickness: 0.75, color: MUTED }));
    await drawLine(page, fonts, 'Underskrift', x, y - 40, { size: 8, color: MUTED });
    await drawLine(page, fonts, 'Dato', x + lineWidth + 14, y - 40, { size: 8, color: MUTED });
    await fields.text(page, name, accessible, { x: x + lineWidth + 14, y: y - 32, width: 136, height: 20 }, { value: text });
    return;
  }
  const boxWidth = field.type === 'date' ? Math.min(width, 140) : width;
  await fields.text(page, name, accessible, { x, y: y - 22, width: boxWidth, height: 20 }, { value: text });
}

async function drawSection(parts: Parts, section: FormSection, fill: FormFill): Promise<void> {
  const { flow, fonts } = parts;
  // The rows and their heights are the same for every copy of a repeated section.
  const layout = await Promise.all(
    rows(section.fields).map(async (row) => {
      const width = columnWidth(row.length);
      return { row, width, height: Math.max(...(await Promise.all(row.map((f) => fieldHeight(parts, f, width))))) };
    }),
  );
  const rowsHeight = layout.reduce((sum, r) => sum + r.height + 6, 0);
  for (let copy = 1; copy <= section.repeat; copy++) {
    const copyTitle = section.repeat > 1 ? `${section.title} – ${section.repeatLabel ?? 'del'} ${copy}` : section.title;
    const help = copy === 1 && section.help ? await wrap(fonts, section.help, CONTENT_WIDTH, { size: 9.5 }) : [];
    const head = 26 + help.length * lineHeight({ size: 9.5 });
    const whole = head + rowsHeight;
    // A section that fits on one page is kept whole (signatures stay together, each logbook
    // week starts on its own page); a longer one at least keeps its heading with its first row.
    await flow.ensure(whole <= flow.pageSpace ? whole : head + layout[0]!.height);
    const split = titleParts(parts, section.title);
    const heading = split.length === 1 ? [{ text: copyTitle, lang: parts.lang }] : [...split, { text: copyTitle.slice(section.title.length), lang: parts.lang }].filter((p) => p.text);
    await parts.tags.within('H2', heading.length === 1 ? { lang: parts.lang } : {}, () => drawLineParts(flow.page, fonts, heading, MARGIN, flow.y - 14, { size: 12.5, bold: true }));
    flow.y -= 22;
    if (help.length) flow.y -= (await drawParagraph(flow.page, fonts, section.help!, MARGIN, flow.y, CONTENT_WIDTH, { size: 9.5, color: MUTED, lang: parts.lang })) + 4;
    for (const { row, width, height } of layout) {
      await flow.ensure(height);
      for (const [i, field] of row.entries()) {
        const name = formFieldName(section.id, field.id, copy, section.repeat);
        await drawField(parts, field, name, copyTitle, MARGIN + i * (width + GAP), flow.y, width, fill);
      }
      flow.y -= height + 6;
    }
    flow.y -= 8;
  }
}

/** Every field name the form PDF will have, in page order. */
export function formFieldNames(form: Pick<FormData, 'sections'>): string[] {
  return form.sections.flatMap((s) =>
    Array.from({ length: s.repeat }, (_, i) => s.fields.map((f) => formFieldName(s.id, f.id, i + 1, s.repeat))).flat(),
  );
}

const withoutHints = (sections: FormSection[]): FormSection[] =>
  sections.map(({ help: _s, ...section }) => ({ ...section, fields: section.fields.map(({ help: _f, ...field }) => field) }));

/** Builds the A4 fillable PDF of a form or tool from its sections in content/skjema/. */
export async function buildFormPdf(form: PdfForm, faces: LoadedFaces, issuer: Issuer, fill: FormFill = {}, date = form.reviewed): Promise<PdfResult> {
  const lang = contentTag(form.language);
  const parts: Parts = { ...(await startDocument(faces, issuer, form.title, form.summary, date)), lang, helpLang: form.helpLanguage ?? lang };
  const { flow, fonts } = parts;
  // A filled form is handed over (a certificate to an employer): the form only, without the
  // summary and hints that help whoever fills it in (issue 29). The blank form keeps them, and
  // so does the logbook: the participant keeps it, and its «hints» are the questions in the
  // participant's own language (issue 25).
  const handedOver = form.kind !== 'loggbok' && Object.values(fill).some((v) => v !== undefined && v !== '' && v !== false);
  await flow.newPage();
  const title = titleParts(parts, form.title);
  await parts.tags.within('H1', title.length === 1 ? { lang } : {}, () => drawLineParts(flow.page, fonts, title, MARGIN, flow.y - 20, { size: 18, bold: true }));
  flow.y -= 30;
  if (!handedOver) {
    // The logbook's introduction: the Norwegian, then the participant's language, each a paragraph in its language.
    const [norwegian, translated] = parts.helpLang !== lang ? form.summary.split(TRANSLATION_AFTER.text, 2) : [form.summary];
    const style = { size: 10, color: MUTED };
    let used = await drawParagraph(flow.page, fonts, norwegian!, MARGIN, flow.y, CONTENT_WIDTH, { ...style, lang });
    if (translated) used += await drawParagraph(flow.page, fonts, translated, MARGIN, flow.y - used, CONTENT_WIDTH, { ...style, lang: parts.helpLang });
    flow.y -= used + 10;
  }
  for (const section of handedOver ? withoutHints(form.sections) : form.sections) await drawSection(parts, section, fill);
  return finishDocument(parts, `${form.title} · ${issuer.name}`);
}
