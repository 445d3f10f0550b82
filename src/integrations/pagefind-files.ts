import { gunzipSync } from 'node:zlib';

/**
 * Reads Pagefind's own output files at build time: the language's metadata (.pf_meta) and the
 * page fragments (.pf_fragment). Both are gzip files that start with "pagefind_dcd"; the
 * metadata is CBOR, the fragments JSON. Pagefind 1.6 writes the metadata as
 * [version, [[page hash, word count, group] …], [[from word, to word, chunk hash] …], filters, sorts, …]
 * (older versions had stop words before the chunks, so the version is checked).
 */
const SIGNATURE = 'pagefind_dcd';

export interface IndexChunk { from: string; to: string; hash: string }
export interface PagefindMeta { pages: string[]; chunks: IndexChunk[] }
export interface Fragment { url: string; meta: { title?: string }; filters: Record<string, string[]> }

function unpack(file: Uint8Array): Buffer {
  const data = gunzipSync(file);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('not a Pagefind file');
  return data.subarray(SIGNATURE.length);
}

/** The CBOR Pagefind writes: unsigned integers, text, byte strings, arrays and maps. */
function decodeCbor(bytes: Buffer): unknown {
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + bytes[at++]!;
    return n;
  };
  const item = (): unknown => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const n = length(head & 31);
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 2: return bytes.subarray(at, (at += n));
      case 3: return bytes.subarray(at, (at += n)).toString('utf8');
      case 4: return Array.from({ length: n }, item);
      case 5: return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
      case 7: return n === 20 ? false : n === 21 ? true : null;
      default: throw new Error(`CBOR type ${major} is not one Pagefind writes`);
    }
  };
  return item();
}

export function readPagefindMeta(file: Uint8Array): PagefindMeta {
  const meta = decodeCbor(unpack(file)) as [string, [string, number][], [string, string, string][]];
  if (!/^1\.6\./.test(meta[0])) throw new Error(`Pagefind ${meta[0]}: the index metadata is read as 1.6 writes it; check pagefind-files.ts`);
  return {
    pages: meta[1].map(([hash]) => hash),
    chunks: meta[2].map(([from, to, hash]) => ({ from, to, hash })),
  };
}

export function readFragment(file: Uint8Array): Fragment {
  return JSON.parse(unpack(file).toString('utf8')) as Fragment;
}
