/**
 * The one rule for work kept in this browser and in export files as a versioned list of
 * entries (follow-ups, self-assessments): entries are migrated step by step from older
 * versions and checked one by one.
 * - Reading what is stored never throws: what can be read is kept, the rest is set aside
 *   so the user can download it, and the warning says so.
 * - An import file is checked completely before anything is changed, and a refusal says
 *   why and that nothing was changed.
 */
import { isObj, type Raw } from './records.ts';
import { fill } from '../i18n/fill.ts';
import { READ_TEXT as TEXT } from './read-messages.ts';

export interface VersionedList<T> {
  /** The stored object's field that holds the entries ("followUps", "assessments"). */
  field: string;
  /** The current version of the format. */
  version: number;
  /** Brings a raw entry from version `from` to the current shape. */
  migrate(raw: Raw, from: number): Raw;
  /** A clean entry, or a reason why it cannot be read, in the copy's language. */
  check(raw: unknown): T | string;
  /** The `format` marker of an export file. */
  fileFormat: string;
  /** Larger files are refused before they are read. */
  maxImportBytes: number;
  /** Words for the messages. */
  words: {
    /** What is stored, as a subject: «Lagrede vurderinger». */
    stored: string;
    /** One entry, and more than one: «vurdering», «vurderinger». */
    one: string;
    many: string;
    /** What the file must come from: «kvalitetssjekken i Praksishåndboka». */
    source: string;
  };
}

export interface LoadedList<T> {
  items: T[];
  /** The stored object, for the format's other fields (active entry, settings). */
  data?: Raw;
  setAside: unknown[];
  warnings: string[];
}

export function loadList<T>(list: VersionedList<T>, text: string | null): LoadedList<T> {
  const w = list.words;
  if (text === null || text === '') return { items: [], setAside: [], warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { items: [], setAside: [text], warnings: [fill(TEXT.damaged, { stored: w.stored })] };
  }
  if (!isObj(data) || !Array.isArray(data[list.field])) {
    return { items: [], setAside: [data], warnings: [fill(TEXT.unknownShape, { stored: w.stored })] };
  }
  const version = typeof data.version === 'number' ? data.version : 1;
  if (version > list.version) {
    return { items: [], setAside: [data], warnings: [fill(TEXT.newer, { stored: w.stored })] };
  }
  const setAside: unknown[] = Array.isArray(data.setAside) ? [...data.setAside] : [];
  const items: T[] = [];
  const reasons: string[] = [];
  for (const raw of data[list.field] as unknown[]) {
    const item = list.check(isObj(raw) ? list.migrate(raw, version) : raw);
    if (typeof item === 'string') {
      setAside.push(raw);
      reasons.push(item);
    } else items.push(item);
  }
  const warnings = reasons.length
    ? [fill(TEXT.unreadable, { entries: `${reasons.length} ${reasons.length === 1 ? w.one : w.many}`, reasons: reasons.join('; ') })]
    : [];
  return { items, data, setAside, warnings };
}

export function serializeList(list: VersionedList<unknown>, state: object, setAside: readonly unknown[] = []): string {
  return JSON.stringify({ ...state, version: list.version, ...(setAside.length ? { setAside } : {}) });
}

/** An export file: the entries and the format marker, so an import can recognise it. */
export function listFile<T>(list: VersionedList<T>, items: readonly T[]): string {
  return JSON.stringify({ format: list.fileFormat, version: list.version, [list.field]: items }, null, 2);
}
