import { rgb } from 'pdf-lib';
import { finishDocument, startDocument, type Issuer, type LoadedFaces, type PdfResult } from './document.ts';
import { A4, CONTENT_WIDTH, MARGIN } from './layout.ts';
import { drawLine, drawParagraph, lineHeight, MUTED, wrap, type TextStyle } from './text.ts';
import { hasMixedDirection } from './scripts.ts';
import { hexToRgb } from './colors.ts';
import { formatDate, todayIso } from '../dates.ts';

/** What the mentor's course certificate (kursbevis) says. */
export interface CertificateInput {
  /** The mentor's name as she typed it, in any script the plan PDFs support. */
  name: string;
  workplace: string;
  municipality: string;
  /** The day the certificate is for; printed like «2. desember 2026». */
  date: Date;
  /** The course's modules in order, with what each covered and how many situations it has. */
  modules: { title: string; covers: readonly string[]; situations: number }[];
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
  return input.basis === 'practised'
    ? `har fullført alle ${modules} modulene i fadderkurset og svart på alle ${situations} situasjonene.`
    : `har selv markert alle ${modules} modulene i fadderkurset som fullført.`;
}

export const CERTIFICATE_TITLE = 'Kursbevis';

/** A file name with no personal data in it: download folders are often shared or synced. */
export function certificateFileName(date: Date): string {
  return `kursbevis-fadderkurs-${todayIso(date)}.pdf`;
}

type Parts = Awaited<ReturnType<typeof startDocument>>;

/** Draws text centred on the page, wrapped when it is wider than the content; returns the height used. */
async function centred(parts: Parts, text: string, top: number, style: TextStyle): Promise<number> {
  const { flow, fonts } = parts;
  const lines = await wrap(fonts, text, CONTENT_WIDTH, style);
  for (const [i, line] of lines.entries()) {
    const width = await fonts.width(line, style.size, style.bold);
    await drawLine(flow.page, fonts, line, (A4.width - width) / 2, top - style.size - i * lineHeight(style), style);
  }
  return lines.length * lineHeight(style);
}

/** The one-page A4 course certificate a mentor downloads after the last module. */
export async function buildCourseCertificate(input: CertificateInput, faces: LoadedFaces, issuer: Issuer): Promise<PdfResult> {
  const parts = await startDocument(faces, issuer, CERTIFICATE_TITLE, 'Kursbevis for fadderkurset i Praksishåndboka', input.date);
  const { flow, fonts } = parts;
  const brand = hexToRgb(issuer.brandColor);
  await flow.newPage();

  let y = flow.y - 40;
  y -= await centred(parts, CERTIFICATE_TITLE, y, { size: 30, bold: true, color: brand });
  y -= 6;
  y -= await centred(parts, 'Fadderkurset: kurs for faddere på arbeidsplassen', y, { size: 13, color: MUTED });
  y -= 34;
  y -= await centred(parts, 'Dette bekrefter at', y, { size: 11, color: MUTED });
  y -= 8;
  y -= await centred(parts, input.name, y, { size: 24, bold: true });
  y -= 8;
  y -= await centred(parts, certificateStatement(input), y, { size: 11, color: MUTED });
  y -= 28;

  const rows: [string, string][] = [
    ['Arbeidsplass', input.workplace],
    ['Kommune', input.municipality],
    ['Dato', formatDate(input.date)],
  ];
  const labelWidth = 110;
  for (const [label, value] of rows) {
    await drawLine(flow.page, fonts, label, MARGIN + 40, y - 11, { size: 11, color: MUTED });
    y -= Math.max(18, await drawParagraph(flow.page, fonts, value, MARGIN + 40 + labelWidth, y, CONTENT_WIDTH - 80 - labelWidth, { size: 11 })) + 4;
  }
  y -= 16;
  flow.page.drawLine({ start: { x: MARGIN + 40, y }, end: { x: A4.width - MARGIN - 40, y }, thickness: 0.75, color: rgb(0.8, 0.82, 0.85) });
  y -= 16;

  await drawLine(flow.page, fonts, 'Kurset dekket', MARGIN + 40, y - 13, { size: 13, bold: true });
  y -= 24;
  const width = CONTENT_WIDTH - 80;
  for (const module of input.modules) {
    y -= await drawParagraph(flow.page, fonts, module.title, MARGIN + 40, y, width, { size: 10.5, bold: true });
    for (const line of module.covers) {
      await drawLine(flow.page, fonts, '–', MARGIN + 48, y - 10, { size: 10 });
      y -= await drawParagraph(flow.page, fonts, line, MARGIN + 60, y, width - 20, { size: 10 });
    }
    y -= 8;
  }

  // Signature line for a facilitator who ran the course in a room; a mentor alone leaves it empty.
  const signatureY = flow.bottom + 70;
  flow.page.drawLine({ start: { x: MARGIN + 40, y: signatureY }, end: { x: MARGIN + 280, y: signatureY }, thickness: 0.75, color: MUTED });
  await drawLine(flow.page, fonts, 'Underskrift kursholder (hvis kurset ble holdt i gruppe)', MARGIN + 40, signatureY - 12, { size: 8.5, color: MUTED });

  if (hasMixedDirection(input.name)) {
    parts.fields.warnings.push('Navnet blander skriftretninger (for eksempel arabisk med latinske bokstaver eller tall). Kursbeviset viser kanskje rekkefølgen feil.');
  }
  return finishDocument(parts, `${CERTIFICATE_TITLE} · ${issuer.name}`);
}
