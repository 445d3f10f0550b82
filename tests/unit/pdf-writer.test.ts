import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePDFRawStream, PDFDocument, PDFHexString, PDFName, PDFOperator, PDFOperatorNames, PDFRawStream, PDFStream, PDFStreamWriter, PDFString, StandardFonts, type PDFRef } from 'pdf-lib';
import { expect, test } from 'vitest';
import { useNativeDeflate } from '../../src/lib/pdf/node.ts';
import { objectStreamContents, serializeCompact } from '../../src/lib/pdf/writer.ts';
import { assignRaw, RawInteger } from '../../src/lib/pdf/tagging/raw.ts';
import { pdfText, qpdfProblems, renderComplaints } from '../support/pdf-tools.ts';

/**
 * The writer every document is saved with (writer.ts) does pdf-lib's stream writer's job
 * faster; what it writes must read the same: every object found where the cross-reference
 * stream says, in qpdf, poppler and pdf-lib.
 */
useNativeDeflate();

async function sample() {
  const doc = await PDFDocument.create();
  doc.setTitle('Prøve – ÆØÅ', { showInWindowTitleBar: true });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < 3; p++) doc.addPage().drawText(`Side ${p + 1}`, { x: 50, y: 700, font, size: 12 });
  const form = doc.getForm();
  for (let i = 0; i < 40; i++) form.createTextField(`felt${i}`).addToPage(doc.getPage(i % 3), { x: 50, y: 600 - (i % 10) * 30, width: 100, height: 20 });
  // A number made and never used: it must be a free entry, not a broken one.
  doc.context.nextRef();
  await (doc as unknown as { flush(): Promise<void> }).flush();
  return doc;
}

/** qpdf's view of the cross-reference table: one line per object, "n/0: compressed; stream = s, index = i" and so on. */
function xref(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'praksis-writer-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), bytes);
    return execFileSync('qpdf', ['--show-xref', join(dir, 'a.pdf')], { encoding: 'utf8' }).trim().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const nativeDeflate = async (data: Uint8Array) => {
  const deflate = new CompressionStream('deflate');
  const writer = deflate.writable.getWriter();
  void writer.write(data as Uint8Array<ArrayBuffer>);
  void writer.close();
  return new Uint8Array(await new Response(deflate.readable).arrayBuffer());
};

test.each([
  ['deflated by pdf-lib', undefined, 1000],
  ['deflated natively, as in the browser\'s PDF worker', nativeDeflate, 1000],
  ['in object streams of 7', undefined, 7],
] as const)('a document written by the compact writer (%s) reads as pdf-lib\'s own', async (_, compress, perStream) => {
  const ours = await serializeCompact((await sample()).context, Number.MAX_SAFE_INTEGER, perStream, compress);
  const theirs = await PDFStreamWriter.forContext((await sample()).context, Number.MAX_SAFE_INTEGER, true, 50).serializeToBuffer();
  expect(qpdfProblems(ours)).toBe('');
  expect(renderComplaints(ours)).toBe('');
  expect(pdfText(ours)).toBe(pdfText(theirs));
  const loaded = await PDFDocument.load(ours);
  expect(loaded.getPageCount()).toBe(3);
  expect(loaded.getForm().getFields().map((f) => f.getName())).toEqual(Array.from({ length: 40 }, (_, i) => `felt${i}`));
  expect(loaded.getTitle()).toBe('Prøve – ÆØÅ');
  expect(loaded.catalog.get(PDFName.of('ViewerPreferences'))).toBeDefined();
  // Every object is listed: in an object stream, or at an offset (streams, and the object streams themselves).
  const doc = await sample();
  const table = xref(ours);
  const listed = new Map(table.map((line) => [Number(line.split('/')[0]), line]));
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    expect(listed.get(ref.objectNumber), `object ${ref.objectNumber}`).toMatch(object instanceof PDFStream ? /uncompressed; offset/ : /compressed; stream/);
  }
  const inStreams = table.filter((line) => /compressed; stream/.test(line));
  expect(new Set(inStreams.map((line) => /stream = (\d+)/.exec(line)![1])).size).toBe(Math.ceil(inStreams.length / perStream));
  // The number made and never used is not listed as an object (the table holds it as free).
  expect([...listed.keys()]).not.toContain(doc.context.largestObjectNumber);
});

test('each object in an object stream is written byte for byte as pdf-lib writes it', async () => {
  const doc = await sample();
  const context = doc.context;
  // What the documents hold beyond the sample: text strings outside ASCII, hex strings,
  // booleans, null, nested arrays and dictionaries, a structure element written as text.
  const odd = context.obj({ T: PDFString.of('Prøve (1) – ÆØÅ'), H: PDFHexString.fromText('محمد'), B: true, N: null, A: [1.5, -2, [PDFName.of('Æ x'), 0.001]], D: { Nested: { Deep: 'Name' } } });
  context.register(odd);
  const raw = context.nextRef();
  assignRaw(context, [raw], ['<</S/P/K[0 1]/Lang<FEFF006E0062>>>']);
  // A page's /StructParents, written as digits.
  context.register(context.obj({ StructParents: new RawInteger(12) as never }));
  const objects = context.enumerateIndirectObjects().filter(([, object]) => !(object instanceof PDFStream));
  expect(objects.length).toBeGreaterThan(80);
  const { contents, first } = objectStreamContents(objects);
  const offsets = new TextDecoder().decode(contents.subarray(0, first)).trim().split(' ').filter((_, i) => i % 2 === 1).map(Number);
  objects.forEach(([ref, object], i) => {
    const expected = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(expected, 0);
    const end = i + 1 < objects.length ? first + offsets[i + 1]! - 1 : contents.length - 1;
    expect(contents.subarray(first + offsets[i]!, end), `object ${ref.objectNumber}`).toEqual(expected);
  });
});

test('page and appearance streams hold the same operators as when pdf-lib writes them, deflated by pdf-lib or natively', async () => {
  const withMarks = async () => {
    const doc = await sample();
    // Operands as pdf-lib objects (a dictionary, a name, numbers; pdf-lib's type leaves dictionaries out, its writer takes them) and as plain strings, as the drawing layer makes them.
    doc.getPage(0).pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('P'), doc.context.obj({ MCID: 0, Lang: PDFHexString.fromText('ar') }) as never]),
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, ['/Span', '<</MCID 1>>']),
      PDFOperator.of(PDFOperatorNames.EndMarkedContent),
      PDFOperator.of(PDFOperatorNames.EndMarkedContent),
    );
    await (doc as unknown as { flush(): Promise<void> }).flush();
    return doc;
  };
  const streams = async (bytes: Uint8Array) => {
    const loaded = await PDFDocument.load(bytes);
    return loaded.context.enumerateIndirectObjects()
      .filter((entry): entry is [PDFRef, PDFRawStream] => entry[1] instanceof PDFRawStream && entry[1].dict.get(PDFName.of('Type')) !== PDFName.of('ObjStm') && entry[1].dict.get(PDFName.of('Type')) !== PDFName.of('XRef'))
      .map(([ref, stream]) => `${ref.objectNumber}: ${new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode())}`);
  };
  const theirs = await streams(await PDFStreamWriter.forContext((await withMarks()).context, Number.MAX_SAFE_INTEGER, true, 50).serializeToBuffer());
  expect(theirs.join('\n')).toContain('/P <<\n/MCID 0\n/Lang <FEFF00610072>\n>> BDC\n/Span <</MCID 1>> BDC\nEMC\nEMC');
  for (const compress of [undefined, nativeDeflate]) {
    expect(await streams(await serializeCompact((await withMarks()).context, Number.MAX_SAFE_INTEGER, 1000, compress))).toEqual(theirs);
  }
});
