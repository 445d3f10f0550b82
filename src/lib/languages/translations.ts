import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import type { ContentProblem } from '../content-check/check.ts';
import { checkText } from '../content-check/check.ts';
import { LANGUAGE_FILE, SOURCE_FOLDER, SPRAK_DIR, translationPath, type SourceKey } from './files.ts';

const LAYERS = ['content', 'lokalt'] as const;

export const languageSchema = z
  .object({
    kode: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'en BCP 47-kode, for eksempel «ar» eller «prs»'),
    navn: z.string().trim().min(1, 'språkets navn skrevet på språket selv'),
    navnNorsk: z.string().trim().min(1, 'språkets navn på norsk, for eksempel «arabisk»'),
    retning: z.enum(['ltr', 'rtl'], { error: 'ltr (venstre til høyre) eller rtl (høyre til venstre)' }),
    oversatt: z.enum(['maskin', 'menneske'], { error: 'maskin eller menneske' }),
    kontrollert: z.boolean({ error: 'true eller false' }),
    kontrollertAv: z.string().default(''),
    kontrollertDato: z.union([z.coerce.date(), z.null()]).default(null),
  })
  .strict();

export type Language = z.infer<typeof languageSchema> & { file: string };

/** One translated unit and where it was read (for messages and stamping). */
export interface TranslatedUnit {
  id: string;
  tekst: string;
  kilde?: string;
  file: string;
  line: number;
}

/**
 * The languages there are: every folder under content/sprak/ or lokalt/sprak/ (except kilde/)
 * with a sprak.yaml. A copy's lokalt/sprak/<kode>/sprak.yaml replaces the shared one.
 */
export function discoverLanguages(root: string, problems: ContentProblem[] = []): Language[] {
  const found = new Map<string, Language>();
  for (const layer of LAYERS) {
    const dir = join(root, layer, SPRAK_DIR);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === SOURCE_FOLDER) continue;
      const file = `${layer}/${SPRAK_DIR}/${entry.name}/${LANGUAGE_FILE}`;
      if (!existsSync(join(root, file))) {
        if (layer === 'content' || !found.has(entry.name)) problems.push({ file, line: 1, field: '(hele fila)', what: 'fila mangler', expected: 'sprak.yaml med kode, navn, retning og status (se content/sprak/README.md)' });
        continue;
      }
      const checked = checkText(file, readFileSync(join(root, file), 'utf8'), languageSchema);
      problems.push(...checked.problems);
      if (!checked.data) continue;
      if (checked.data.kode !== entry.name) {
        problems.push({ file, line: 1, field: 'kode', what: `«${checked.data.kode}» er ikke det samme som mappenavnet «${entry.name}»`, expected: `kode: ${entry.name}` });
        continue;
      }
      found.set(entry.name, { ...checked.data, file });
    }
  }
  return [...found.values()].sort((a, b) => a.kode.localeCompare(b.kode));
}

/** Reads one translation file: `id: { kilde, tekst }` or, while a translator works, `id: tekst`. */
export function readTranslationFile(root: string, file: string, problems: ContentProblem[]): Map<string, TranslatedUnit> {
  const units = new Map<string, TranslatedUnit>();
  if (!existsSync(join(root, file))) return units;
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(join(root, file), 'utf8'), { lineCounter: counter, prettyErrors: false });
  if (doc.errors[0]) {
    problems.push({ file, line: counter.linePos(doc.errors[0].pos[0]).line, field: '(hele fila)', what: `YAML-feil: ${doc.errors[0].message.split('\n')[0]}`, expected: 'gyldig YAML' });
    return units;
  }
  if (doc.contents === null) return units;
  if (!isMap(doc.contents)) {
    problems.push({ file, line: 1, field: '(hele fila)', what: 'fila er ikke en liste med id-er', expected: 'id: { kilde: …, tekst: … } for hver enhet' });
    return units;
  }
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const id = String(pair.key.value);
    const line = counter.linePos(pair.key.range?.[0] ?? 0).line;
    const value: unknown = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null;
    if (typeof value === 'string' && value.trim()) {
      units.set(id, { id, tekst: value, file, line });
    } else if (value && typeof value === 'object' && typeof (value as { tekst?: unknown }).tekst === 'string' && (value as { tekst: string }).tekst.trim()) {
      const v = value as { tekst: string };
      // The stamp as written: an all-digit hash like 12e45678 would otherwise be read as a number.
      const node = isMap(pair.value) ? pair.value.get('kilde', true) : undefined;
      const kilde = isScalar(node) && node.value !== null ? String((node as { source?: string }).source ?? node.value) : undefined;
      units.set(id, { id, tekst: v.tekst, file, line, ...(kilde ? { kilde } : {}) });
    } else {
      problems.push({ file, line, field: id, what: 'mangler tekst', expected: 'tekst: <oversettelsen> (og kilde: <hash>)' });
    }
  }
  return units;
}

/** A language's translation of one source file, layered per unit: lokalt/ replaces content/ for the same id. */
export function readTranslation(root: string, kode: string, key: SourceKey, problems: ContentProblem[] = []): Map<string, TranslatedUnit> {
  const merged = new Map<string, TranslatedUnit>();
  for (const layer of LAYERS) for (const [id, unit] of readTranslationFile(root, translationPath(layer, kode, key), problems)) merged.set(id, unit);
  return merged;
}
