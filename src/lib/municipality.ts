import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { municipalitySchema, type Municipality } from './schemas/municipality.ts';
import { checkText, formatProblem } from './content-check/check.ts';
import { LOCAL_DIR, SHARED_DIR, municipalityFile } from './content/layers.ts';

/** Builds, scripts and tests all run from the repository root (Astro bundles pages, so no import.meta.url). */
export const CONTENT_DIR = join(process.cwd(), SHARED_DIR);
/** The municipality's own folder: kommune.yaml, the logo and every local page (see layers.ts). */
export const LOCAL_CONTENT_DIR = join(process.cwd(), LOCAL_DIR);

let cached: Municipality | undefined;

/**
 * Reads and validates lokalt/kommune.yaml (or, until the copy has its own, the example
 * lokalt/kommune.eksempel.yaml); a broken file stops with plain Norwegian messages.
 */
export function loadMunicipality(): Municipality {
  if (cached) return cached;
  const file = municipalityFile(process.cwd());
  const { data, problems } = checkText(file, readFileSync(join(process.cwd(), file), 'utf8'), municipalitySchema);
  if (!data) throw new Error(`Feil i ${file}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  cached = data;
  return data;
}
