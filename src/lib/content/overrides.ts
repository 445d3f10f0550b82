import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { ContentProblem } from '../content-check/check.ts';
import { allLayerViews, LOCAL_DIR, SHARED_DIR } from './layers.ts';
import { readLegalCorrections, type LegalCorrection } from './legal-corrections.ts';

/**
 * Where a copy's own version of a shared file came from. `npm run tilpass` writes, for each
 * override or extension, the hash of the shared original and a copy of it, so check-content
 * can tell — without git history — that the original changed since, and show how.
 *
 *   lokalt/.tilpasset/oversikt.json           { "metoder/trekantsamtale.mdx": { felles, grunnlag, dato, kjenteLovrettelser } }
 *   lokalt/.tilpasset/grunnlag/<felles>@<hash> the shared original as it was
 *
 * Only a copy writes these files, so they never conflict with a new version of the project.
 */
export const PROVENANCE_DIR = `${LOCAL_DIR}/.tilpasset`;
export const PROVENANCE_FILE = `${PROVENANCE_DIR}/oversikt.json`;

export interface ProvenanceRecord {
  /** The shared file, relative to content/. */
  felles: string;
  /** sha256 of the shared file when the local version was made or last brought up to date. */
  grunnlag: string;
  /** YYYY-MM-DD of that moment. */
  dato: string;
  /** Legal corrections (their dates) already in the shared file at that moment. */
  kjenteLovrettelser: string[];
}
/** Keyed by the local file, relative to lokalt/. */
export type ProvenanceRegister = Record<string, ProvenanceRecord>;

export const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

export function readRegister(rootDir: string): ProvenanceRegister {
  const path = join(rootDir, PROVENANCE_FILE);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ProvenanceRegister;
  } catch (error) {
    throw new Error(`${PROVENANCE_FILE} kan ikke leses (${(error as Error).message}). Fila skrives av «npm run tilpass» og skal ikke redigeres for hånd. Hent den forrige versjonen med «git checkout -- ${PROVENANCE_FILE}».`);
  }
}

const basePath = (record: Pick<ProvenanceRecord, 'felles' | 'grunnlag'>) =>
  `${PROVENANCE_DIR}/grunnlag/${record.felles.slice(0, -extname(record.felles).length)}@${record.grunnlag.slice(0, 12)}${extname(record.felles)}`;

/** Records that `local` (relative to lokalt/) now builds on today's version of `shared` (relative to content/). */
export function recordOverride(rootDir: string, local: string, shared: string, today = new Date().toISOString().slice(0, 10)): ProvenanceRecord {
  const text = readFileSync(join(rootDir, SHARED_DIR, shared), 'utf8');
  const register = readRegister(rootDir);
  const previous = register[local];
  const record: ProvenanceRecord = {
    felles: shared,
    grunnlag: sha256(text),
    dato: today,
    kjenteLovrettelser: readLegalCorrections(rootDir).filter((c) => c.fil === shared).map((c) => c.dato),
  };
  register[local] = record;
  const copy = join(rootDir, basePath(record));
  mkdirSync(dirname(copy), { recursive: true });
  writeFileSync(copy, text);
  const stillUsed = (p: ProvenanceRecord) => Object.values(register).some((r) => basePath(r) === basePath(p));
  if (previous && !stillUsed(previous)) rmSync(join(rootDir, basePath(previous)), { force: true });
  writeFileSync(join(rootDir, PROVENANCE_FILE), `${JSON.stringify(sortKeys(register), null, 2)}\n`);
  return record;
}

const sortKeys = (r: ProvenanceRegister) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));

export type OverrideState =
  /** Built on today's shared version. */
  | 'oppdatert'
  /** The shared original changed since the local version was made. */
  | 'endret'
  /** Made by hand: no record of which shared version it came from. */
  | 'ukjent'
  /** The shared original no longer exists. */
  | 'fjernet';

export interface OverrideStatus {
  /** The local file, relative to the repository root. */
  local: string;
  /** The shared file, relative to the repository root. */
  shared: string;
  /** "metoder/trekantsamtale": what to pass to npm run tilpass. */
  name: string;
  extension: boolean;
  state: OverrideState;
  since?: string;
  /** Unified diff of the shared file from the recorded version to today's. */
  diff?: string;
  /** Legal corrections in the shared file the local version has not taken in. */
  legal: LegalCorrection[];
}

/** Every override and extension in lokalt/, and whether its shared original moved on. */
export function overrideReport(rootDir: string): OverrideStatus[] {
  const register = readRegister(rootDir);
  const corrections = readLegalCorrections(rootDir);
  const statuses: OverrideStatus[] = [];
  const seen = new Set<string>();
  const status = (local: string, sharedRel: string, extension: boolean): OverrideStatus => {
    const record = register[local];
    const shared = `${SHARED_DIR}/${sharedRel}`;
    const base = { local: `${LOCAL_DIR}/${local}`, shared, name: sharedRel.slice(0, -extname(sharedRel).length), extension, legal: [] as LegalCorrection[] };
    if (!existsSync(join(rootDir, shared))) return { ...base, state: 'fjernet', ...(record ? { since: record.dato } : {}) };
    if (!record) return { ...base, state: 'ukjent' };
    const text = readFileSync(join(rootDir, shared), 'utf8');
    if (sha256(text) === record.grunnlag) return { ...base, state: 'oppdatert', since: record.dato };
    const copy = join(rootDir, basePath(record));
    const diff = existsSync(copy)
      ? createTwoFilesPatch(`${shared} (${record.dato})`, `${shared} (nå)`, readFileSync(copy, 'utf8'), text, undefined, undefined, { context: 2 })
          .split('\n').slice(2).join('\n').trimEnd() // drop the "=====" banner lines
      : undefined;
    const legal = corrections.filter((c) => c.fil === sharedRel && !record.kjenteLovrettelser.includes(c.dato));
    return { ...base, state: 'endret', since: record.dato, legal, ...(diff ? { diff } : {}) };
  };

  for (const view of Object.values(allLayerViews(rootDir))) {
    for (const entry of view.entries) {
      if (!entry.shared) continue;
      const local = entry.file.slice(LOCAL_DIR.length + 1);
      seen.add(local);
      statuses.push(status(local, entry.shared.slice(SHARED_DIR.length + 1), Boolean(entry.extension)));
    }
  }
  // A recorded override whose shared original is gone is no longer an override in the view.
  for (const [local, record] of Object.entries(register)) {
    if (!seen.has(local) && existsSync(join(rootDir, LOCAL_DIR, local))) statuses.push(status(local, record.felles, false));
  }
  return statuses.sort((a, b) => a.local.localeCompare(b.local));
}

/** Overrides that missed a legal correction stop check-content; everything else is a warning. */
export function overrideProblems(rootDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  readLegalCorrections(rootDir, problems);
  for (const s of overrideReport(rootDir)) {
    for (const c of s.legal) {
      problems.push({
        file: s.local,
        line: 1,
        field: '(hele fila)',
        what: `den felles versjonen (${s.shared}) har fått en lovrettelse ${c.dato}: ${c.hva}`,
        expected: `at dere tar rettelsen inn i deres egen versjon og så kjører «npm run tilpass -- ${s.name} --oppdatert» (se endringen med «npm run check-content»)`,
      });
    }
  }
  return problems;
}
