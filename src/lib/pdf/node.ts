import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { loadMunicipality } from '../municipality.ts';
import { localFile } from '../content/layers.ts';
import { FONT_FACES, type FontLoader } from './font-files.ts';
import { facesFrom, type Issuer, type LoadedFaces } from './document.ts';

/**
 * PDFs made in Node (the build step, the tests, the benchmark): fonts from node_modules,
 * the issuer from kommune.yaml and its logo. The browser has its own loader in browser.ts.
 */
export function nodeFontLoader(rootDir = process.cwd()): FontLoader {
  return async (face) => {
    const file = FONT_FACES.find((f) => f.id === face)!.file;
    return new Uint8Array(await readFile(join(rootDir, 'node_modules', file)));
  };
}

/** The issuer of the prebuilt PDFs, from kommune.yaml and its logo file. */
export function nodeIssuer(rootDir = process.cwd()): Issuer {
  const kommune = loadMunicipality();
  const path = localFile(rootDir, kommune.logo.file);
  const logo = extname(path) === '.png' ? { type: 'png' as const, bytes: new Uint8Array(readFileSync(path)) } : { type: 'svg' as const, text: readFileSync(path, 'utf8') };
  return { name: kommune.name, brandColor: kommune.brandColor, logo };
}

type Deflate = (data: Uint8Array, options?: unknown) => Uint8Array;
let nativeDeflate = false;

/**
 * pdf-lib compresses every stream with pako, deflate written in JavaScript: a quarter of
 * a plan's drawing time in Node. Node's zlib makes the same kind of stream (zlib format,
 * level 6) natively, several times faster, so in Node pdf-lib's own pako gets it. The
 * bytes differ from pako's but inflate to the same content; the browser keeps pako.
 */
export function useNativeDeflate(): void {
  if (nativeDeflate) return;
  nativeDeflate = true;
  const pako = createRequire(createRequire(import.meta.url).resolve('pdf-lib'))('pako') as { deflate: Deflate };
  const javascript = pako.deflate;
  pako.deflate = (data, options) => (options === undefined ? new Uint8Array(deflateSync(data)) : javascript(data, options));
}

/** Everything a Node caller needs to make PDFs: the issuer and the parsed fonts. */
export async function nodePdfSetup(rootDir = process.cwd()): Promise<{ issuer: Issuer; faces: LoadedFaces }> {
  useNativeDeflate();
  return { issuer: nodeIssuer(rootDir), faces: await facesFrom(nodeFontLoader(rootDir)) };
}
