import { PDFDocument, PDFStreamWriter } from 'pdf-lib';
import { serializeCompact, type Compress } from './writer.ts';
import { DocumentFonts, FaceLibrary } from './fonts.ts';
import { FormFields } from './fields.ts';
import { PageFlow } from './layout.ts';
import { hexToRgb } from './colors.ts';
import { prepareLogo, type LogoSource } from './logo.ts';
import type { FontLoader } from './font-files.ts';
import { StructureTree } from './tagging/tree.ts';
import { writeXmp } from './tagging/metadata.ts';
// The copy's interface language; content in another is tagged where it is drawn.
import { DOCUMENT_LANG as LANG } from './languages.ts';
const CREATOR = 'Praksishåndboka';
const PRODUCER = 'Praksishåndboka (pdf-lib)';

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
  const fullTitle = `${title} – ${issuer.name}`;
  doc.setTitle(fullTitle, { showInWindowTitleBar: true });
  doc.setAuthor(issuer.name);
  doc.setSubject(subject);
  doc.setLanguage(LANG);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  // A fixed date for prebuilt files keeps builds reproducible.
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const tagged = !benchSwitch.untagged;
  if (tagged) writeXmp(doc, { title: fullTitle, author: issuer.name, subject, lang: LANG, creator: CREATOR, producer: PRODUCER, date });
  // Made before anything is drawn: the drawing layer tags every run through it.
  const tags = new StructureTree(doc, LANG, tagged);
  const logo = await prepareLogo(doc, issuer.logo);
  const flow = new PageFlow(doc, fonts, { municipality: issuer.name, documentTitle: title, brand: hexToRgb(issuer.brandColor), logo });
  const fields = new FormFields(doc, fonts);
  return { doc, fonts, flow, fields, tags, tagged };
}

/** Objects per object stream: pdf-lib compresses its batches of 50 each on its own. */
const OBJECTS_PER_STREAM = 1000;

/**
 * For the benchmark only (scripts/bench/pdf-types.ts): `untagged` makes documents the way
 * they were made before tagging (no tree, no XMP, pdf-lib's own writer with object streams
 * of 50), so the cost of tagging can be measured in one run on one machine. `compactWriter`
 * with `untagged` makes them untagged but written as tagged ones are (writer.ts), to show
 * what the tree itself costs.
 */
export const benchSwitch = { untagged: false, compactWriter: false };

let compressor: Compress | undefined;

/**
 * Lets the browser's PDF worker compress the page content streams with the browser's own
 * deflate (CompressionStream) instead of pdf-lib's pako, deflate written in JavaScript:
 * in the worker, pako was about a third of the time to draw a PDF. Node has its own fix
 * (useNativeDeflate in node.ts), so this stays unset there.
 */
export function compressStreamsWith(compress: Compress | undefined): void {
  compressor = compress;
}

/**
 * What `doc.save({ updateFieldAppearances: false, useObjectStreams: true })` does, written by
 * writer.ts (made for the structure tree's hundreds of small objects, in object streams of up
 * to 1000). `asBefore` (the benchmark only): pdf-lib's own writer, in its batches of 50.
 */
async function save(doc: PDFDocument, asBefore: boolean): Promise<Uint8Array> {
  await (doc as unknown as { flush(): Promise<void> }).flush();
  // No native deflate here: asBefore is for the benchmark, which runs in Node (compressor unset).
  if (asBefore) return PDFStreamWriter.forContext(doc.context, OBJECTS_PER_TICK, true, 50).serializeToBuffer();
  return serializeCompact(doc.context, OBJECTS_PER_TICK, OBJECTS_PER_STREAM, compressor);
}

/**
 * pdf-lib's writer waits for a timer (setTimeout 0) now and then (when its count of objects
 * written hits a multiple of this), so a page's main thread can paint in between: one to
 * three waits per document, up to 4 ms each in a browser (nested timers are clamped). The
 * PDF worker and the build have nothing to paint; only a page's own thread (the course
 * certificate) waits.
 */
const OBJECTS_PER_TICK = typeof document === 'undefined' ? Number.MAX_SAFE_INTEGER : 50;

export async function finishDocument(parts: Awaited<ReturnType<typeof startDocument>>, footer: string): Promise<PdfResult> {
  const { doc, flow, fields } = parts;
  await flow.finish(footer);
  await fields.finish();
  await parts.fonts.finish();
  if (parts.tagged) parts.tags.finish();
  const bytes = await save(doc, !parts.tagged && !benchSwitch.compactWriter);
  return {
    bytes,
    warnings: fields.warnings,
    fieldNames: doc.getForm().getFields().map((f) => f.getName()),
    pages: doc.getPageCount(),
  };
}
