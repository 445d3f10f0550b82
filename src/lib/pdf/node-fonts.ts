import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FONT_FACES, type FontLoader } from './font-files.ts';

/** Build-time font loading from node_modules (the browser fetches the same files as built assets). */
export function nodeFontLoader(rootDir = process.cwd()): FontLoader {
  return async (face) => {
    const file = FONT_FACES.find((f) => f.id === face)!.file;
    return new Uint8Array(await readFile(join(rootDir, 'node_modules', file)));
  };
}
