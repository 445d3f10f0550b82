import { localFile } from './content/layers.ts';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { loadMunicipality } from './municipality.ts';

/**
 * /favicon.ico made from the municipality's logo at build time, so browsers and tools that
 * ask for it by that fixed name get the logo, not a 404. An ICO file may hold a PNG: one
 * 6-byte header, one 16-byte directory entry, then the PNG.
 */
export async function faviconIco(rootDir = process.cwd(), size = 32): Promise<Uint8Array<ArrayBuffer>> {
  const logo = readFileSync(localFile(rootDir, loadMunicipality().logo.file));
  const png = await sharp(logo, { density: 300 }).resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
  const head = Buffer.alloc(22);
  head.writeUInt16LE(0, 0); // reserved
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(1, 4); // one image
  head.writeUInt8(size, 6);
  head.writeUInt8(size, 7);
  head.writeUInt16LE(1, 10); // colour planes
  head.writeUInt16LE(32, 12); // bits per pixel
  head.writeUInt32LE(png.length, 14);
  head.writeUInt32LE(22, 18); // the PNG starts after the header and the entry
  return new Uint8Array(Buffer.concat([head, png]));
}
