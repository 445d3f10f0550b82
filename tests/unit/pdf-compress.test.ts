import { afterEach, expect, test } from 'vitest';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { compressStreamsWith } from '../../src/lib/pdf/document.ts';
import { nodePdfSetup } from '../../src/lib/pdf/node.ts';
import { buildFormPdf } from '../../src/lib/pdf/form-pdf.ts';
import { pdfText, qpdfProblems, renderComplaints } from '../support/pdf-tools.ts';

/**
 * The PDF worker compresses content streams with the browser's own deflate (CompressionStream,
 * which Node has too) instead of pdf-lib's JavaScript one: the file must read as before.
 */
afterEach(() => compressStreamsWith(undefined));

test('content streams compressed by the browser\'s deflate make the same, sound document', async () => {
  const { faces, issuer } = await nodePdfSetup();
  const form = readCollection(process.cwd(), 'skjema').find((f) => f.id === 'praksisavtale')!.data;
  const date = new Date('2026-12-07T12:00:00Z');
  const before = await buildFormPdf(form, faces, issuer, {}, date);
  let streams = 0;
  compressStreamsWith(async (data) => {
    streams++;
    const deflate = new CompressionStream('deflate');
    const writer = deflate.writable.getWriter();
    void writer.write(data as Uint8Array<ArrayBuffer>);
    void writer.close();
    return new Uint8Array(await new Response(deflate.readable).arrayBuffer());
  });
  const after = await buildFormPdf(form, faces, issuer, {}, date);
  expect(streams).toBeGreaterThan(0);
  expect(qpdfProblems(after.bytes)).toBe('');
  expect(renderComplaints(after.bytes)).toBe('');
  expect(pdfText(after.bytes)).toBe(pdfText(before.bytes));
  expect(after.fieldNames).toEqual(before.fieldNames);
});
