import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { municipalitySchema, type Municipality } from './schemas/municipality.ts';
import { checkText, formatProblem } from './content-check/check.ts';

/** Builds, scripts and tests all run from the repository root (Astro bundles pages, so no import.meta.url). */
export const CONTENT_DIR = join(process.cwd(), 'content');

let cached: Municipality | undefined;

/** Reads and validates content/kommune.yaml; a broken file stops with plain Norwegian messages. */
export function loadMunicipality(): Municipality {
  if (cached) return cached;
  const file = 'content/kommune.yaml';
  const { data, problems } = checkText(file, readFileSync(join(CONTENT_DIR, 'kommune.yaml'), 'utf8'), municipalitySchema);
  if (!data) throw new Error(`Feil i ${file}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  cached = data;
  return data;
}
