import { PDFDocument } from 'pdf-lib';
import { DocumentFonts, FaceLibrary } from './fonts.ts';
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

/** The fonts a PDF may draw with; each face is fetched and parsed on first use. */
export type LoadedFaces = FaceLibrary;

let facesCache: FaceLibrary | undefined;

/**
 * Fonts are parsed once per process or page, however many PDFs are made. Nothing is
 * fetched here: a face loads when a text first needs it (call `prepare()` to warm up).
 */
export function facesFrom(load: FontLoader): Promise<LoadedFaces> {
  facesCache ??= new FaceLibrary(load);
  return Promise.resolve(facesCache);
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
  await parts.fonts.finish();
  const bytes = await doc.save({ updateFieldAppearances: false, useObjectStreams: true });
  return {
    bytes,
    warnings: fields.warnings,
    fieldNames: doc.getForm().getFields().map((f) => f.getName()),
    pages: doc.getPageCount(),
  };
}
