import { PDFHeader, PDFInvalidObject, PDFName, PDFStream, PDFStreamWriter, PDFTrailer, type PDFContext, type PDFObject, type PDFRef } from 'pdf-lib';
import { RawObject } from './tagging/raw.ts';

/*
 * pdf-lib's stream writer (object streams and a cross-reference stream, as
 * `save({ useObjectStreams: true })`), written for documents of many small objects: a tagged
 * plan has some 700, half of them structure elements. pdf-lib's own writer spent about 4 µs on
 * each (measured 7 Dec 2026): a tuple, three byte arrays and a string per cross-reference
 * entry, the object stream's offsets copied character by character. This one builds the
 * cross-reference table straight into bytes and the offsets as one string, and lets the
 * browser's PDF worker deflate the object streams with its native deflate (`compress`)
 * instead of pdf-lib's JavaScript one. Everything else, and the bytes written for each
 * object, are pdf-lib's; serializeToBuffer is pdf-lib's own.
 */

/** Deflate in zlib format, as PDF's FlateDecode reads it. */
export type Compress = (data: Uint8Array) => Promise<Uint8Array>;

/**
 * Below this, pdf-lib's own deflate is used even where a native one is given: a field's
 * appearance stream or a short cross-reference table is a few hundred bytes, and setting up
 * a native stream for it costs more than deflating it in JavaScript.
 */
export const NATIVE_DEFLATE_MIN_BYTES = 2048;

type Indirect = [PDFRef, PDFObject];

/** What pdf-lib's PDFWriter.serializeToBuffer expects from computeBufferSize. */
interface BufferPlan {
  size: number;
  header: PDFHeader;
  indirectObjects: Indirect[];
  trailer: PDFTrailer;
}

/** Structure elements from which the tree gets object streams of its own (see planBuffer). */
const OWN_STREAM_TREE = 256;

/** Bytes needed for an unsigned number in a cross-reference stream's field. */
const widthOf = (max: number) => (max < 0x100 ? 1 : max < 0x10000 ? 2 : max < 0x1000000 ? 3 : 4);

/** The parts of pdf-lib's writer used here (private in its types, plain in its code). */
interface WriterInternals {
  computeIndirectObjectSize(indirect: Indirect): number;
  createTrailerDict(): { entries(): [PDFName, PDFObject][] };
  computeBufferSize(): Promise<BufferPlan>;
}

/** A stream deflated here: natively when the page gave a compressor, else by pdf-lib (pako). */
async function flate(context: PDFContext, contents: Uint8Array, dict: Record<string, unknown>, compress: Compress | undefined): Promise<PDFStream> {
  if (!compress || contents.length < NATIVE_DEFLATE_MIN_BYTES) return context.flateStream(contents, dict as never);
  return context.stream(await compress(contents), { ...dict, Filter: 'FlateDecode' } as never);
}

/** One object stream: "number offset" pairs, then each object on its own line. */
function objectStreamContents(objects: readonly Indirect[]): { contents: Uint8Array; first: number } {
  const pairs: string[] = [];
  let offset = 0;
  for (const [ref, object] of objects) {
    pairs.push(`${ref.objectNumber} ${offset}`);
    offset += object.sizeInBytes() + 1;
  }
  const head = `${pairs.join(' ')}\n`;
  const contents = new Uint8Array(head.length + offset);
  // Digits and spaces only: one character is one byte.
  new TextEncoder().encodeInto(head, contents);
  let at = head.length;
  for (const [, object] of objects) {
    at += object.copyBytesInto(contents, at);
    contents[at++] = 0x0a;
  }
  return { contents, first: head.length };
}

/** The cross-reference stream's rows: type (0 free, 1 at an offset, 2 in an object stream) and two fields. */
function crossReferenceTable(types: readonly number[], second: readonly number[], third: readonly number[]) {
  const w2 = widthOf(Math.max(...second));
  const w3 = widthOf(Math.max(...third));
  const table = new Uint8Array(types.length * (1 + w2 + w3));
  for (let n = 0, at = 0; n < types.length; n++) {
    table[at++] = types[n]!;
    for (let b = w2 - 1, v = second[n]!; b >= 0; b--, v = Math.floor(v / 256)) table[at + b] = v & 0xff;
    at += w2;
    for (let b = w3 - 1, v = third[n]!; b >= 0; b--, v = Math.floor(v / 256)) table[at + b] = v & 0xff;
    at += w3;
  }
  return { table, widths: [1, w2, w3] };
}

/** What pdf-lib's PDFStreamWriter.computeBufferSize does, the way described above. */
async function planBuffer(context: PDFContext, writer: WriterInternals, perStream: number, compress: Compress | undefined): Promise<BufferPlan> {
  const header = PDFHeader.forVersion(1, 7);
  let size = header.sizeInBytes() + 2;
  const types: number[] = [0];
  const second: number[] = [0];
  const third: number[] = [65535];
  const entry = (n: number, type: number, a: number, b: number) => {
    types[n] = type;
    second[n] = a;
    third[n] = b;
  };
  const written: Indirect[] = [];
  const place = (indirect: Indirect) => {
    entry(indirect[0].objectNumber, 1, size, indirect[0].generationNumber);
    written.push(indirect);
    size += writer.computeIndirectObjectSize(indirect);
  };
  // The structure tree's elements (RawObject) go side by side after the rest, and a large
  // tree gets object streams of its own: hundreds of alike dictionaries deflate faster and
  // smaller apart from the rest (a plan's 350: 0.2 ms and 0.7 kB less than mixed in), while a
  // small tree saves less than a stream of its own costs (sign-in sheet, certificate: 0.1-0.2 kB
  // more). Measured 7 Dec 2026.
  const rest: Indirect[] = [];
  const tree: Indirect[] = [];
  const encrypt = context.trailerInfo.Encrypt;
  for (const indirect of context.enumerateIndirectObjects()) {
    const [ref, object] = indirect;
    if (ref === encrypt || object instanceof PDFStream || object instanceof PDFInvalidObject || ref.generationNumber !== 0) place(indirect);
    else (object instanceof RawObject ? tree : rest).push(indirect);
  }
  const chunks: Indirect[][] = [];
  for (const objects of tree.length >= OWN_STREAM_TREE ? [rest, tree] : [[...rest, ...tree]]) {
    for (let i = 0; i < objects.length; i += perStream) chunks.push(objects.slice(i, i + perStream));
  }
  for (const chunk of chunks) {
    const streamRef = context.nextRef();
    const { contents, first } = objectStreamContents(chunk);
    const stream = await flate(context, contents, { Type: 'ObjStm', N: chunk.length, First: first }, compress);
    chunk.forEach(([ref], index) => entry(ref.objectNumber, 2, streamRef.objectNumber, index));
    place([streamRef, stream]);
  }
  const xrefRef = context.nextRef();
  const xrefOffset = size;
  entry(xrefRef.objectNumber, 1, xrefOffset, 0);
  // Numbers made and never assigned are free entries.
  for (let n = 1; n < types.length; n++) if (types[n] === undefined) entry(n, 0, 0, 0);
  const { table, widths } = crossReferenceTable(types, second, third);
  const dict: Record<string, unknown> = { Type: 'XRef', Size: types.length, W: widths };
  for (const [name, value] of writer.createTrailerDict().entries()) if (name.asString() !== '/Size') dict[name.asString().slice(1)] = value;
  const xref: Indirect = [xrefRef, await flate(context, table, dict, compress)];
  written.push(xref);
  size += writer.computeIndirectObjectSize(xref);
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
  size += trailer.sizeInBytes();
  return { size, header, indirectObjects: written, trailer };
}

/**
 * The document's bytes, with its objects in object streams of `objectsPerStream` and a
 * cross-reference stream; `compress` (the browser's native deflate) for the object streams
 * and the cross-reference stream when given. `objectsPerTick`: see document.ts.
 */
export function serializeCompact(context: PDFContext, objectsPerTick: number, objectsPerStream: number, compress?: Compress): Promise<Uint8Array> {
  const writer = PDFStreamWriter.forContext(context, objectsPerTick, true, objectsPerStream);
  // pdf-lib's serializeToBuffer writes what this plans: the header, each object, the trailer.
  const internals = writer as unknown as WriterInternals;
  internals.computeBufferSize = () => planBuffer(context, internals, objectsPerStream, compress);
  return writer.serializeToBuffer();
}
