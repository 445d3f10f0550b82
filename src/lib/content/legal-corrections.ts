import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { checkText, type ContentProblem } from '../content-check/check.ts';
import { dateSchema, nonEmpty } from '../schemas/common.ts';

/**
 * content/lovrettelser.yaml: the project's list of changes to shared files that correct
 * something about law or regulations. A copy that overrides one of those files gets an
 * error from check-content (not just a warning) until it has taken the correction in.
 */
export const LEGAL_FILE = 'content/lovrettelser.yaml';

const correctionSchema = z
  .object({
    fil: z.string().regex(/^[a-z0-9-]+\/[a-z0-9/-]+\.(mdx|yaml)$/, 'stien til en fil under content/, for eksempel «metoder/trekantsamtale.mdx»'),
    dato: dateSchema,
    hva: nonEmpty,
  })
  .strict();
const listSchema = z.array(correctionSchema, { error: 'en liste med rettelser (fil, dato, hva)' });

export interface LegalCorrection {
  /** Shared file, relative to content/. */
  fil: string;
  /** YYYY-MM-DD: identifies the correction. */
  dato: string;
  hva: string;
}

export function readLegalCorrections(rootDir: string, problems: ContentProblem[] = []): LegalCorrection[] {
  const path = join(rootDir, LEGAL_FILE);
  if (!existsSync(path)) return [];
  const checked = checkText(LEGAL_FILE, readFileSync(path, 'utf8'), listSchema.nullable());
  problems.push(...checked.problems);
  return (checked.data ?? []).map((c) => ({ fil: c.fil, dato: c.dato.toISOString().slice(0, 10), hva: c.hva }));
}
