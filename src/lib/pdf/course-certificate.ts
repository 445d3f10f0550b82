import { rgb } from 'pdf-lib';
import { finishDocument, startDocument, type Issuer, type LoadedFaces, type PdfResult } from './document.ts';
import { A4, CONTENT_WIDTH, MARGIN } from './layout.ts';
import type { StructType } from './tagging/tree.ts';
import { drawLine, drawParagraph, lineHeight, MUTED, wrap, type TextStyle } from './text.ts';
import { hasMixedDirection } from './scripts.ts';
import { hexToRgb } from './colors.ts';
import { formatDate, todayIso } from '../dates.ts';
import { fill } from '../i18n/fill.ts';
import { coursePdfText } from './course-pdf-text.ts';
import { contentTag, type ContentLanguage } from './languages.ts';

/** The certificate's own words in the copy's language. */
const TEXT = coursePdfText().certificate;

/** What the mentor's course certificate (kursbevis) says. */
export interface CertificateInput {
  /** The mentor's name as she typed it, in any script the plan PDFs support. */
  name: string;
  workplace: string;
  municipality: string;
  /** The day the certificate is for; printed like «2. desember 2026». */
  date: Date;
  /**
   * The course's modules in order, with what each covered and how many situations it has;
   * `language`: the module's text's (bokmål when not given: shared content).
   */
  modules: { title: string; covers: readonly string[]; situations: number; language?: ContentLanguage }[];
  /**
   * What the certificate can truthfully say (lib/fadderkurs/progress.ts, certificateBasis):
   * every situation answered in this browser, or the modules only ticked as done.
   */
  basis: 'practised' | 'self-reported';
}

/** The sentence under the name: says only what the browser saw (issue 27). */
export function certificateStatement(input: Pick<CertificateInput, 'modules' | 'basis'>): string {
  const modules = input.modules.length;
  const situations = input.modules.reduce((sum, m) => sum + m.situations, 0);
  return fill(input.basis === 'practised' ? TEXT.practised : TEXT.selfReported, { modules, situations });
}

/** A file name with no personal data in it: download folders are often shared or synced. */
export function certificateFileName(date: Date): string {
  return `kursbevis-fadderkurs-${todayIso(date)}.pdf`;
}

type Parts = Awaited<ReturnType<typeof startDocument>>;

/** Draws text centred on the page, wrapped when it is wider than the content; returns the height used. */
async function centred(parts: Parts, text: string, top: number, style: TextStyle, type: StructType = 'P'): Promise<number> {
  const { flow, fonts } = parts;
  const lines = await wrap(fonts, text, CONTENT_WIDTH, style);
  await parts.tags.within(type, {}, async () => {
    for (const [i, line] of lines.entries()) {
      const width = await fonts.width(line, style.size, style.bold);
      await drawLine(flow.page, fonts, line, (A4.width - width) / 2, top - style.size - i * lineHeight(style), style);
    }
  });
  return lines.length * lineHeight(style);
}

/** The one-page A4 course certificate a mentor downloads after the last module. */
export async function buildCourseCertificate(input: CertificateInput, faces: LoadedFaces, issuer: Issuer): Promise<PdfResult> {
  const parts = await startDocument(faces, issuer, TEXT.title, TEXT.subject, input.date);
  const { flow, fonts, tags } = parts;
  const brand = hexToRgb(issuer.brandColor);
  await flow.newPage();

  let y = flow.y - 40;
  y -= await centred(parts, TEXT.title, y, { size: 30, bold: true, color: brand }, 'H1');
  y -= 6;
  y -= await centred(parts, TEXT.course, y, { size: 13, color: MUTED });
  y -= 34;
  y -= await centred(parts, TEXT.confirms, y, { size: 11, color: MUTED });
  y -= 8;
  y -= await centred(parts, input.name, y, { size: 24, bold: true });
  y -= 8;
  y -= await centred(parts, certificateStatement(input), y, { size: 11, color: MUTED });
  y -= 28;

  const rows: [string, string][] = [
    [TEXT.workplace, input.workplace],
    [TEXT.municipality, input.municipality],
    [TEXT.date, formatDate(input.date)],
  ];
  const labelWidth = 110;
  // Label and value side by side: a table with the label as each row's header.
  const table = tags.open('Table');
  for (const [label, value] of rows) {
    const row = tags.open('TR');
    await tags.within('TH', { scope: 'Row' }, () => drawLine(flow.page, fonts, label, MARGIN + 40, y - 11, { size: 11, color: MUTED }));
    y -= Math.max(18, await tags.within('TD', {}, () => drawParagraph(flow.page, fonts, value, MARGIN + 40 + labelWidth, y, CONTENT_WIDTH - 80 - labelWidth, { size: 11 }))) + 4;
    tags.close(row);
  }
  tags.close(table);
  y -= 16;
  flow.rule({ start: { x: MARGIN + 40, y }, end: { x: A4.width - MARGIN - 40, y }, thickness: 0.75, color: rgb(0.8, 0.82, 0.85) });
  y -= 16;

  await tags.within('H2', {}, () => drawLine(flow.page, fonts, TEXT.covered, MARGIN + 40, y - 13, { size: 13, bold: true }));
  y -= 24;
  const width = CONTENT_WIDTH - 80;
  for (const module of input.modules) {
    const lang = contentTag(module.language);
    y -= await tags.within('H3', { lang }, () => drawParagraph(flow.page, fonts, module.title, MARGIN + 40, y, width, { size: 10.5, bold: true }));
    const list = tags.open('L', { lang });
    for (const line of module.covers) {
      const item = tags.open('LI');
      await tags.within('Lbl', {}, () => drawLine(flow.page, fonts, '–', MARGIN + 48, y - 10, { size: 10 }));
      y -= await tags.within('LBody', {}, () => drawParagraph(flow.page, fonts, line, MARGIN + 60, y, width - 20, { size: 10 }));
      tags.close(item);
    }
    tags.close(list);
    y -= 8;
  }

  // Signature line for a facilitator who ran the course in a room; a mentor alone leaves it empty.
  const signatureY = flow.bottom + 70;
  flow.rule({ start: { x: MARGIN + 40, y: signatureY }, end: { x: MARGIN + 280, y: signatureY }, thickness: 0.75, color: MUTED });
  await drawLine(flow.page, fonts, TEXT.signature, MARGIN + 40, signatureY - 12, { size: 8.5, color: MUTED });

  if (hasMixedDirection(input.name)) {
    parts.fields.warnings.push(TEXT.mixedDirection);
  }
  return finishDocument(parts, `${TEXT.title} · ${issuer.name}`);
}
