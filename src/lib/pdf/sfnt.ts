/**
 * Just enough of the TrueType (sfnt) format to embed a Latin face without fontkit: read
 * and write the table directory, read the metrics a PDF font dictionary needs, and keep
 * only the glyphs a document uses. fontkit (≈ 780 kB) is then needed only for scripts
 * that must be shaped (Arabic, Ethiopic) or letters outside WinAnsi.
 */
export interface SfntTable {
  tag: string;
  data: Uint8Array;
}

export interface Sfnt {
  flavor: number;
  tables: SfntTable[];
}

const view = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength);
const tagOf = (n: number) => String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
const tagNumber = (tag: string) => [...tag].reduce((n, c) => n * 256 + c.charCodeAt(0), 0) >>> 0;

export function readSfnt(bytes: Uint8Array): Sfnt {
  const v = view(bytes);
  const numTables = v.getUint16(4);
  const tables: SfntTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const offset = v.getUint32(record + 8);
    tables.push({ tag: tagOf(v.getUint32(record)), data: bytes.subarray(offset, offset + v.getUint32(record + 12)) });
  }
  return { flavor: v.getUint32(0), tables };
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const v = view(padded);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** Writes a font file with the tables in tag order and correct checksums. */
export function writeSfnt({ flavor, tables }: Sfnt): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const headerSize = 12 + sorted.length * 16;
  const total = sorted.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(total);
  const v = view(out);
  const entrySelector = Math.floor(Math.log2(sorted.length));
  v.setUint32(0, flavor);
  v.setUint16(4, sorted.length);
  v.setUint16(6, 2 ** entrySelector * 16);
  v.setUint16(8, entrySelector);
  v.setUint16(10, sorted.length * 16 - 2 ** entrySelector * 16);
  let position = headerSize;
  let headOffset = -1;
  sorted.forEach((table, i) => {
    const record = 12 + i * 16;
    let data = table.data;
    if (table.tag === 'head') {
      data = data.slice();
      view(data).setUint32(8, 0); // checkSumAdjustment is computed over the whole file below
      headOffset = position;
    }
    v.setUint32(record, tagNumber(table.tag));
    v.setUint32(record + 4, checksum(data));
    v.setUint32(record + 8, position);
    v.setUint32(record + 12, data.length);
    out.set(data, position);
    position += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) v.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

export const table = (font: Sfnt, tag: string) => font.tables.find((t) => t.tag === tag)?.data;

/** What a PDF font dictionary needs, in font units. */
export interface FontMetrics {
  unitsPerEm: number;
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  postscriptName: string;
  /** Unicode code point to glyph id, from the (3,1) or (3,10) cmap. */
  cmap: Map<number, number>;
  advances: Uint16Array;
}

export function readMetrics(font: Sfnt): FontMetrics {
  const head = view(table(font, 'head')!);
  const hhea = view(table(font, 'hhea')!);
  const maxp = view(table(font, 'maxp')!);
  const os2Data = table(font, 'OS/2');
  const os2 = os2Data && view(os2Data);
  const post = table(font, 'post');
  const numGlyphs = maxp.getUint16(4);
  const hmtx = view(table(font, 'hmtx')!);
  const numberOfHMetrics = hhea.getUint16(34);
  const advances = new Uint16Array(numGlyphs);
  for (let i = 0; i < numGlyphs; i++) advances[i] = hmtx.getUint16(Math.min(i, numberOfHMetrics - 1) * 4);
  const ascent = hhea.getInt16(4);
  return {
    unitsPerEm: head.getUint16(18),
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    ascent,
    descent: hhea.getInt16(6),
    capHeight: os2 && os2.getUint16(0) >= 2 ? os2.getInt16(88) : ascent,
    xHeight: os2 && os2.getUint16(0) >= 2 ? os2.getInt16(86) : 0,
    italicAngle: post ? view(post).getInt32(4) / 65536 : 0,
    postscriptName: readPostscriptName(font) ?? 'Font',
    cmap: readCmap(table(font, 'cmap')!),
    advances,
  };
}

function readPostscriptName(font: Sfnt): string | undefined {
  const data = table(font, 'name');
  if (!data) return undefined;
  const v = view(data);
  const count = v.getUint16(2);
  const strings = v.getUint16(4);
  for (let i = 0; i < count; i++) {
    const r = 6 + i * 12;
    if (v.getUint16(r + 6) !== 6) continue;
    const length = v.getUint16(r + 8);
    const offset = strings + v.getUint16(r + 10);
    const platform = v.getUint16(r);
    const bytes = data.subarray(offset, offset + length);
    if (platform === 3) return String.fromCharCode(...Array.from({ length: length / 2 }, (_, k) => (bytes[2 * k]! << 8) | bytes[2 * k + 1]!));
    return String.fromCharCode(...bytes);
  }
  return undefined;
}

function readCmap(data: Uint8Array): Map<number, number> {
  const v = view(data);
  const map = new Map<number, number>();
  const count = v.getUint16(2);
  let best = -1;
  for (let i = 0; i < count; i++) {
    const platform = v.getUint16(4 + i * 8);
    const encoding = v.getUint16(6 + i * 8);
    const offset = v.getUint32(8 + i * 8);
    if (platform === 3 && (encoding === 1 || encoding === 10)) {
      const format = v.getUint16(offset);
      if (format === 12 || (format === 4 && best < 0)) best = offset;
    }
  }
  if (best < 0) return map;
  if (v.getUint16(best) === 12) {
    const groups = v.getUint32(best + 12);
    for (let g = 0; g < groups; g++) {
      const r = best + 16 + g * 12;
      const start = v.getUint32(r);
      const end = v.getUint32(r + 4);
      const glyph = v.getUint32(r + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  const segments = v.getUint16(best + 6) / 2;
  const ends = best + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = v.getUint16(starts + s * 2);
    const end = v.getUint16(ends + s * 2);
    const delta = v.getInt16(deltas + s * 2);
    const rangeOffset = v.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = v.getUint16(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

/** Glyph offsets from loca (either format). */
function glyphOffsets(font: Sfnt): number[] {
  const long = view(table(font, 'head')!).getInt16(50) === 1;
  const loca = table(font, 'loca')!;
  const v = view(loca);
  const count = loca.length / (long ? 4 : 2);
  return Array.from({ length: count }, (_, i) => (long ? v.getUint32(i * 4) : v.getUint16(i * 2) * 2));
}

/** Glyphs a composite glyph is built from (for example «å» from «a» and a ring). */
function components(glyph: Uint8Array): number[] {
  if (glyph.length < 10) return [];
  const v = view(glyph);
  if (v.getInt16(0) >= 0) return [];
  const out: number[] = [];
  let at = 10;
  for (;;) {
    const flags = v.getUint16(at);
    out.push(v.getUint16(at + 2));
    at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & 0x20)) return out;
  }
}

/**
 * Keeps the glyph ids but empties every glyph the document does not use, and drops the
 * shaping tables a simple (WinAnsi) font never reads. A Latin face shrinks from ≈ 30 kB
 * to a few kB per document.
 */
export function keepGlyphs(font: Sfnt, used: Iterable<number>): Uint8Array {
  const offsets = glyphOffsets(font);
  const glyf = table(font, 'glyf')!;
  const keep = new Set<number>([0]);
  const queue = [...used];
  while (queue.length) {
    const id = queue.pop()!;
    if (keep.has(id) || id >= offsets.length - 1) continue;
    keep.add(id);
    queue.push(...components(glyf.subarray(offsets[id]!, offsets[id + 1]!)));
  }
  const count = offsets.length - 1;
  const newOffsets = new Uint32Array(count + 1);
  let size = 0;
  for (let i = 0; i < count; i++) {
    newOffsets[i] = size;
    if (keep.has(i)) size += (offsets[i + 1]! - offsets[i]! + 3) & ~3;
  }
  newOffsets[count] = size;
  const newGlyf = new Uint8Array(size);
  for (const i of keep) newGlyf.set(glyf.subarray(offsets[i]!, offsets[i + 1]!), newOffsets[i]!);
  const loca = new Uint8Array((count + 1) * 4);
  const locaView = view(loca);
  newOffsets.forEach((o, i) => locaView.setUint32(i * 4, o));
  const head = table(font, 'head')!.slice();
  view(head).setInt16(50, 1);
  const dropped = new Set(['GSUB', 'GPOS', 'GDEF', 'DSIG', 'hdmx', 'LTSH', 'VDMX', 'kern', 'STAT', 'MVAR', 'HVAR', 'gasp', 'meta']);
  const tables = font.tables
    .filter((t) => !dropped.has(t.tag))
    .map((t) => (t.tag === 'glyf' ? { tag: t.tag, data: newGlyf } : t.tag === 'loca' ? { tag: t.tag, data: loca } : t.tag === 'head' ? { tag: t.tag, data: head } : t));
  return writeSfnt({ flavor: font.flavor, tables });
}
