import { writeSfnt, type SfntTable } from './sfnt.ts';

/**
 * Turns a WOFF 1.0 font into the TrueType file it wraps, with every glyph padded to an
 * even length. fontkit's subsetter writes the short loca format (offsets / 2) whenever a
 * subset is small, which corrupts glyphs of odd length: Noto Sans Arabic has 456 of them
 * and lost most of its letters in our PDFs. Padding with a zero byte is harmless.
 * Uses DecompressionStream, so the same code runs in Node and in the browser.
 */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) return woff; // not "wOFF": already a TTF/OTF
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: SfntTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? await inflate(raw) : raw;
    if (data.length !== origLength) throw new Error('Skriftfila er skadet (WOFF-tabell med feil lengde).');
    const tag = String.fromCharCode(...woff.subarray(entry, entry + 4));
    tables.push({ tag, data });
  }
  padGlyphs(tables);
  return writeSfnt({ flavor, tables });
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Rewrites glyf and loca (long format) so every glyph starts at an even offset. */
function padGlyphs(tables: SfntTable[]): void {
  const head = tables.find((t) => t.tag === 'head');
  const loca = tables.find((t) => t.tag === 'loca');
  const glyf = tables.find((t) => t.tag === 'glyf');
  if (!head || !loca || !glyf) return; // CFF fonts have no glyf table
  const headView = new DataView(head.data.buffer, head.data.byteOffset, head.data.byteLength);
  const long = headView.getInt16(50) === 1;
  const locaView = new DataView(loca.data.buffer, loca.data.byteOffset, loca.data.byteLength);
  const count = loca.data.length / (long ? 4 : 2);
  const offsets = Array.from({ length: count }, (_, i) => (long ? locaView.getUint32(i * 4) : locaView.getUint16(i * 2) * 2));
  const newOffsets: number[] = [0];
  for (let i = 0; i < count - 1; i++) newOffsets.push(newOffsets[i]! + ((offsets[i + 1]! - offsets[i]! + 1) & ~1));
  const newGlyf = new Uint8Array(newOffsets[count - 1]!);
  for (let i = 0; i < count - 1; i++) newGlyf.set(glyf.data.subarray(offsets[i]!, offsets[i + 1]!), newOffsets[i]!);
  const newLoca = new Uint8Array(count * 4);
  const newLocaView = new DataView(newLoca.buffer);
  newOffsets.forEach((offset, i) => newLocaView.setUint32(i * 4, offset));
  const newHead = head.data.slice();
  new DataView(newHead.buffer).setInt16(50, 1);
  head.data = newHead;
  loca.data = newLoca;
  glyf.data = newGlyf;
}
