import { PDFDocument } from 'pdf-lib';
import { DocumentFonts, loadFaces } from './fonts.ts';
import { FormFields } from './fields.ts';
import { PageFlow } from './layout.ts';
import { hexToRgb } from './colors.ts';
import { prepareLogo, type LogoSource } from './logo.ts';
import type { FontLoader } from './font-files.ts';

/** Who the PDF is from: read from kommune.yaml at build time, passed in by the checklist in the browser. */
export interface Issuer {
  name: string;
  brandColor?: string;
  logo?: LogoSource;
}

export interface PdfResult {
  bytes: Uint8Array;
  warnings: string[];
  fieldNames: string[];
  pages: number;
}

export type LoadedFaces = Awaited<ReturnType<typeof loadFaces>>;

let facesCache: Promise<LoadedFaces> | undefined;

/** Fonts are parsed once per process or page, however many PDFs are made. */
export function facesFrom(load: FontLoader): Promise<LoadedFaces> {
  facesCache ??= loadFaces(load);
  return facesCache;
}

export async function startDocument(faces: LoadedFaces, issuer: Issuer, title: string, subject: string, date: Date) {
  const doc = await PDFDocument.create();
  const fonts = new DocumentFonts(doc, faces);
  doc.setTitle(`${title} – ${issuer.name}`, { showInWindowTitleBar: true });
  doc.setAuthor(issuer.name);
  doc.setSubject(subject);
  doc.setLanguage('nb-NO');
  doc.setCreator('Praksishåndboka');
  doc.setProducer('Praksishåndboka (pdf-lib)');
  // A fixed date for prebuilt files keeps builds reproducible.
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const logo = await prepareLogo(doc, issuer.logo);
  const flow = new PageFlow(doc, fonts, { municipality: issuer.name, documentTitle: title, brand: hexToRgb(issuer.brandColor), logo });
  const fields = new FormFields(doc, fonts);
  return { doc, fonts, flow, fields };
}

export async function finishDocument(parts: Awaited<ReturnType<typeof startDocument>>, footer: string): Promise<PdfResult> {
  const { doc, flow, fields } = parts;
  await flow.finish(footer);
  await fields.finish();
  const bytes = await doc.save({ updateFieldAppearances: false, useObjectStreams: true });
  return {
    bytes,
    warnings: fields.warnings,
    fieldNames: doc.getForm().getFields().map((f) => f.getName()),
    pages: doc.getPageCount(),
  };
}
