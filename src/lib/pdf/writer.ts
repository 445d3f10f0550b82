import { Cache, PDFArray, PDFDict, PDFFlateStream, PDFHeader, PDFInvalidObject, PDFName, PDFObject, PDFStream, PDFStreamWriter, PDFTrailer, type PDFContext, type PDFRef } from 'pdf-lib';
import { RawObject } from './tagging/raw.ts';

/*
 * pdf-lib's stream writer (object streams and a cross-reference stream, as
 * `save({ useObjectStreams: true })`), written for documents of many small objects: a tagged
 * plan has some 1,300, half of them structure elements and most of the rest form widgets.
 * pdf-lib's own writer spent about 4 µs on each (measured 7 Dec 2026): a tuple, three byte
 * arrays and a string per cross-reference entry, and each object walked twice (measured,
 * then copied). This one builds the cross-reference table straight into bytes, writes the
 * objects of an object stream in one walk (the same bytes as pdf-lib's), and lets the
 * browser's PDF worker deflate the larger streams with its native deflate (`compress`)
 * instead of pdf-lib's JavaScript one. Streams, the header and the trailer are written by
 * pdf-lib's own serializeToBuffer. (Content streams written the same way were no faster
 * than pdf-lib's, and 8 % slower for the text-heavy quality report: measured 8 Dec 2026.)
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

/** Objects on each side from which the tree gets object streams of its own (see planBuffer). */
const OWN_STREAM_OBJECTS = 64;

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

/** Bytes written one after another into a buffer that grows as needed. */
class ByteSink {
  bytes: Uint8Array;
  length = 0;

  /** `capacity`: a guess; too small costs a copy or two, too large a buffer to zero and collect. */
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Each character's code as a byte, as pdf-lib's copyStringIntoBuffer writes text. */
  text(text: string): void {
    const n = text.length;
    if (this.length + n > this.bytes.length) this.grow(n);
    const { bytes } = this;
    let at = this.length;
    for (let i = 0; i < n; i++) bytes[at++] = text.charCodeAt(i);
    this.length = at;
  }

  append(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.bytes.length) this.grow(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  byte(byte: number): void {
    if (this.length === this.bytes.length) this.grow(1);
    this.bytes[this.length++] = byte;
  }

  private grow(needed: number): void {
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + needed));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/**
 * Writes an object as pdf-lib's copyBytesInto does, byte for byte. pdf-lib writes an object
 * in two walks, one to measure and one to copy, and turns each dictionary's entries into a
 * fresh array in each; for a plan's 600 widget dictionaries that was most of the writer's
 * time. One walk that reads the entries where they are is about three times faster
 * (2.2 → 0.7 ms for a plan's 714 objects, 7 Dec 2026).
 */
function writeObject(sink: ByteSink, object: PDFObject): void {
  if (object instanceof RawObject) sink.append(object.view());
  else if (object instanceof PDFDict) {
    sink.text('<<\n');
    for (const [key, value] of (object as unknown as { dict: Map<PDFName, PDFObject> }).dict) {
      sink.text(key.toString());
      sink.byte(SPACE);
      writeObject(sink, value);
      sink.byte(NEWLINE);
    }
    sink.text('>>');
  } else if (object instanceof PDFArray) {
    sink.text('[ ');
    for (const item of object.asArray()) {
      writeObject(sink, item);
      sink.byte(SPACE);
    }
    sink.text(']');
  } else sink.text(object.toString()); // names, numbers, references, strings: toString is their bytes
}

/** pdf-lib keeps these private: a flate stream's contents, deflated once on first use into this cache. */
interface FlateInternals {
  encode: boolean;
  contentsCache: Cache<Uint8Array>;
  getUnencodedContents(): Uint8Array;
}

/**
 * Deflates the larger streams pdf-lib would deflate while saving (page contents), all at once,
 * with the browser's native deflate when the PDF worker gave one (`compress`): there pako,
 * deflate written in JavaScript, was about a third of the time to draw a PDF. Without it
 * (Node, where pdf-lib's pako is zlib already; see node.ts) pdf-lib deflates them as ever.
 */
async function prepareStreams(objects: readonly Indirect[], compress: Compress | undefined): Promise<void> {
  if (!compress) return;
  const jobs: Promise<void>[] = [];
  for (const [, object] of objects) {
    if (!(object instanceof PDFFlateStream)) continue;
    const stream = object as unknown as FlateInternals;
    if (!stream.encode) continue;
    const contents = stream.getUnencodedContents();
    if (contents.length < NATIVE_DEFLATE_MIN_BYTES) continue;
    jobs.push(compress(contents).then((bytes) => void (stream.contentsCache = Cache.populatedBy(() => bytes))));
  }
  await Promise.all(jobs);
}

/** One object stream: "number offset" pairs, then each object on its own line (exported for its test). */
export function objectStreamContents(objects: readonly Indirect[]): { contents: Uint8Array; first: number } {
  const sink = new ByteSink(objects.length * 64 + 16);
  const pairs: string[] = [];
  for (const [ref, object] of objects) {
    pairs.push(`${ref.objectNumber} ${sink.length}`);
    writeObject(sink, object);
    sink.byte(NEWLINE);
  }
  const head = `${pairs.join(' ')}\n`;
  const contents = new Uint8Array(head.length + sink.length);
  // Digits and spaces only: one character is one byte.
  new TextEncoder().encodeInto(head, contents);
  contents.set(sink.bytes.subarray(0, sink.length), head.length);
  return { contents, first: head.length };
}

/** The cross-reference stream's rows: type (0 free, 1 at an offset, 2 in an object stream) and two fields. */
function crossReferenceTable(count: number, types: readonly number[], second: readonly number[], third: readonly number[]) {
  let max2 = 0;
  let max3 = 0;
  for (let n = 0; n < count; n++) {
    max2 = Math.max(max2, second[n]!);
    max3 = Math.max(max3, third[n]!);
  }
  const w2 = widthOf(max2);
  const w3 = widthOf(max3);
  const table = new Uint8Array(count * (1 + w2 + w3));
  for (let n = 0, at = 0; n < count; n++) {
    table[at++] = types[n]!;
    for (let b = w2 - 1, v = second[n]!; b >= 0; b--, v = Math.floor(v / 256)) table[at + b] = v & 0xff;
    at += w2;
    for (let b = w3 - 1, v = third[n]!; b >= 0; b--, v = Math.floor(v / 256)) table[at + b] = v & 0xff;
    at += w3;
  }
  return { table, widths: [1, w2, w3] };
}

/** What pdf-lib's PDFStreamWriter.computeBufferSize does, the way described above. */
async function planBuffer(context: PDFContext, objects: readonly Indirect[], writer: WriterInternals, perStream: number, compress: Compress | undefined): Promise<BufferPlan> {
  const header = PDFHeader.forVersion(1, 7);
  let size = header.sizeInBytes() + 2;
  // One row per object number, in arrays sized for every number this save can use
  // (those made so far, an object stream per `perStream` objects or fewer, the cross-reference
  // stream): rows filled in any order stay one flat array. A number never assigned stays a
  // free row (type 0).
  const capacity = context.largestObjectNumber + 3 + Math.ceil(objects.length / perStream) + 1;
  const types: number[] = new Array<number>(capacity).fill(0);
  const second: number[] = new Array<number>(capacity).fill(0);
  const third: number[] = new Array<number>(capacity).fill(0);
  third[0] = 65535;
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
  // The structure tree's elements (RawObject) go side by side after the rest, and when both
  // are many they go in object streams of their own: zlib walks long hash chains in a stream
  // where hundreds of alike tree dictionaries sit among other objects (a blank trekantsamtale,
  // 108 elements and 91 others: 0.42 ms deflating them together, 0.28 ms apart; a plan, 350
  // and 360: 0.2 ms and 0.7 kB less). With few objects on either side a stream of its own
  // saves no time and adds 0.1-0.2 kB (sign-in sheet, certificate, quality report). Measured
  // 7-8 Dec 2026.
  const rest: Indirect[] = [];
  const tree: Indirect[] = [];
  const encrypt = context.trailerInfo.Encrypt;
  for (const indirect of objects) {
    const [ref, object] = indirect;
    if (ref === encrypt || object instanceof PDFStream || object instanceof PDFInvalidObject || ref.generationNumber !== 0) place(indirect);
    else (object instanceof RawObject ? tree : rest).push(indirect);
  }
  const chunks: Indirect[][] = [];
  for (const objects of tree.length >= OWN_STREAM_OBJECTS && rest.length >= OWN_STREAM_OBJECTS ? [rest, tree] : [[...rest, ...tree]]) {
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
  const count = xrefRef.objectNumber + 1;
  const { table, widths } = crossReferenceTable(count, types, second, third);
  const dict: Record<string, unknown> = { Type: 'XRef', Size: count, W: widths };
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
  internals.computeBufferSize = async () => {
    // In the order they were assigned, not sorted by number as pdf-lib's enumerateIndirectObjects
    // sorts them (a sort of the whole table per save): the cross-reference table finds each by
    // its number wherever it is, and the order is the same each time the same document is made.
    const objects = [...(context as unknown as { indirectObjects: Map<PDFRef, PDFObject> }).indirectObjects];
    await prepareStreams(objects, compress);
    return planBuffer(context, objects, internals, objectsPerStream, compress);
  };
  return writer.serializeToBuffer();
}
