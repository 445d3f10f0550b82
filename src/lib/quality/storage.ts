import { localKey } from '../local-data/keys.ts';
import { qualityMessages } from './messages.ts';
import { fill } from '../i18n/fill.ts';
import { listFile, loadList, serializeList, type VersionedList } from '../local-data/versioned-list.ts';
import { isObj, type Raw } from '../local-data/records.ts';
import { parseListImport } from '../local-data/list-import.ts';
import { READ_TEXT } from '../local-data/read-messages.ts';
import { isScore } from './check.ts';
import type { Answer, Assessment, OwnFigure } from './assessment.ts';
import { newAssessmentId } from './assessment.ts';
import { todayIso } from '../dates.ts';

/**
 * How self-assessments are kept in this browser and in export files: one versioned
 * format, checked entry by entry. Nothing here touches localStorage; the island's store
 * does that. Import conflicts are settled by lib/local-data/import-compare.ts.
 */

/** Version of the saved and exported format. Bump it and add a step to MIGRATIONS when the shape changes. */
export const QUALITY_VERSION = 1;
export const FILE_FORMAT = 'praksishandboka-kvalitetssjekk';
/** Larger files are refused before they are read: a year of assessments is a few kilobytes. */
export const MAX_IMPORT_BYTES = 2_000_000;
const MAX_NOTE = 10_000;

/** The same rule as the follow-up's notes: a longer note is refused, never cut. */
export function noteProblem(note: string): string | undefined {
  const length = note.length;
  if (length <= MAX_NOTE) return undefined;
  return fill(qualityMessages().noteTooLong, { max: MAX_NOTE.toLocaleString('nb-NO'), n: length.toLocaleString('nb-NO') });
}

export interface QualityState {
  version: number;
  assessments: Assessment[];
  activeId?: string;
}

export interface LoadResult {
  state: QualityState;
  /** Raw entries that could not be read; kept so the user can download them. */
  setAside: unknown[];
  warnings: string[];
}

export type ImportResult = { ok: true; assessments: Assessment[] } | { ok: false; message: string };

/** Namespaced by base path so two sites on one domain never share data (as the follow-ups). */
export function storageKey(basePath: string): string {
  return localKey(basePath, 'kvalitetssjekk');
}

const str = (v: unknown): v is string => typeof v === 'string';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Steps from one format version to the next, applied to each assessment in turn.
 * Version 1 is the first published format, so there is no step yet.
 */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {};

export function migrateAssessment(raw: Raw, from: number): Raw {
  let out = raw;
  for (let v = from; v < QUALITY_VERSION; v++) out = MIGRATIONS[v]?.(out) ?? out;
  return out;
}

/** A clean Assessment, or a reason why the entry cannot be read, in the copy's language. */
export function checkAssessment(raw: unknown): Assessment | string {
  const why = qualityMessages().check;
  if (!isObj(raw)) return READ_TEXT.notObject;
  if (!str(raw.id) || raw.id === '') return fill(READ_TEXT.missing, { field: 'id' });
  if (!str(raw.date) || !DAY.test(raw.date) || Number.isNaN(Date.parse(raw.date))) return why.date;
  if (!isObj(raw.answers)) return fill(READ_TEXT.missing, { field: 'answers' });
  const answers: Record<string, Answer> = {};
  for (const [key, a] of Object.entries(raw.answers)) {
    if (!isObj(a)) return fill(why.answer, { key });
    if (a.score !== undefined && !isScore(a.score)) return fill(why.score, { key });
    if (a.note !== undefined && (!str(a.note) || a.note.length > MAX_NOTE)) return fill(why.note, { key });
    answers[key] = { ...(a.score !== undefined ? { score: a.score } : {}), ...(str(a.note) && a.note ? { note: a.note } : {}) };
  }
  const figures: Record<string, OwnFigure> = {};
  for (const [key, f] of Object.entries(isObj(raw.figures) ? raw.figures : {})) {
    if (!isObj(f)) return fill(why.figure, { key });
    const figure: OwnFigure = {};
    for (const field of ['value', 'year', 'goal'] as const) {
      const v = f[field];
      if (v === undefined) continue;
      if (typeof v !== 'number' || !Number.isFinite(v)) return fill(why.number, { field, key });
      if (field !== 'year' && (v < 0 || v > 100)) return fill(why.percent, { key });
      figure[field] = v;
    }
    figures[key] = figure;
  }
  return {
    id: raw.id,
    date: raw.date,
    answers,
    figures,
    ...(raw.importedCopy === true ? { importedCopy: true } : {}),
    createdAt: str(raw.createdAt) ? raw.createdAt : '',
    updatedAt: str(raw.updatedAt) ? raw.updatedAt : '',
  };
}

/** The stored and exported format, read and checked by the shared rule in local-data/versioned-list. */
export const QUALITY_LIST: VersionedList<Assessment> = {
  field: 'assessments',
  version: QUALITY_VERSION,
  migrate: migrateAssessment,
  check: checkAssessment,
  fileFormat: FILE_FORMAT,
  maxImportBytes: MAX_IMPORT_BYTES,
  words: qualityMessages().list,
};

/** Reads saved state. Never throws: what can be read is kept, the rest is set aside. */
export function loadState(text: string | null): LoadResult {
  const { items, data, setAside, warnings } = loadList(QUALITY_LIST, text);
  return { state: { version: QUALITY_VERSION, assessments: items, activeId: str(data?.activeId) ? data.activeId : undefined }, setAside, warnings };
}

export function serializeState(state: QualityState, setAside: readonly unknown[] = []): string {
  return serializeList(QUALITY_LIST, state, setAside);
}

/** The export file: the assessments and a marker so an import can recognise it. */
export function exportFile(assessments: readonly Assessment[]): string {
  return listFile(QUALITY_LIST, assessments);
}

/** Carries the day only, never a name: the file may be mailed or left in a shared folder. */
export function exportFileName(today: Date): string {
  return `kvalitetssjekk-${todayIso(today)}.json`;
}

/** Validates an import file completely before anything is changed. */
export function parseImport(text: string, byteSize: number): ImportResult {
  const r = parseListImport(QUALITY_LIST, text, byteSize);
  return r.ok ? { ok: true, assessments: r.items } : r;
}

/** Key order does not matter when two records are compared. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObj(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

/** Identical for import: the same day, answers and figures (timestamps aside). */
export function sameContent(a: Assessment, b: Assessment): boolean {
  return canonical({ d: a.date, x: a.answers, f: a.figures }) === canonical({ d: b.date, x: b.answers, f: b.figures });
}

/** "Keep both": the file's version becomes a separate assessment beside the stored one. */
export function asCopy(a: Assessment): Assessment {
  return { ...a, id: newAssessmentId(), importedCopy: true };
}
