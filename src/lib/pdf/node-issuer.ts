import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Municipality } from '../schemas/municipality.ts';
import type { Issuer } from './document.ts';

/** The issuer of the prebuilt PDFs, from kommune.yaml and its logo file. */
export function issuerFrom(kommune: Municipality, contentDir: string): Issuer {
  const path = join(contentDir, kommune.logo.file);
  const logo = extname(path) === '.png' ? { type: 'png' as const, bytes: new Uint8Array(readFileSync(path)) } : { type: 'svg' as const, text: readFileSync(path, 'utf8') };
  return { name: kommune.name, brandColor: kommune.brandColor, logo };
}
