/**
 * Importing a versioned list from a file (see versioned-list.ts): checked completely before
 * anything is changed. Apart from the loader, so pages load it only when a file is chosen.
 */
import type { VersionedList } from './versioned-list.ts';
import { isObj, type Raw } from './records.ts';
import { formatFileSize } from '../file-size.ts';
import { dataMessages } from './messages.ts';
import { fill } from '../i18n/fill.ts';

export type ListImport<T> = { ok: true; items: T[]; data: Raw } | { ok: false; message: string };

/**
 * Checks an import file completely before anything is changed. `accept` may refuse an entry
 * that is well-formed but does not fit this site (a follow-up of a plan that is gone).
 * A file with another `format` marker is for the caller to recognise first (an encrypted export).
 */
export function parseListImport<T>(list: VersionedList<T>, text: string, byteSize: number, accept?: (item: T) => string | undefined): ListImport<T> {
  const w = list.words;
  const m = dataMessages();
  const refuse = (text: string, values: Record<string, string | number> = {}) => ({ ok: false as const, message: `${fill(text, values)} ${m.nothingChanged}` });
  if (byteSize > list.maxImportBytes) return refuse(m.tooBig, { size: formatFileSize(byteSize), max: formatFileSize(list.maxImportBytes) });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(m.notJson, { source: w.source });
  }
  if (!isObj(data) || data.format !== list.fileFormat || !Array.isArray(data[list.field])) return refuse(m.notExport, { source: w.source });
  if (typeof data.version !== 'number' || data.version < 1 || data.version > list.version) return refuse(m.version, { version: String(data.version), max: list.version });
  const items: T[] = [];
  for (const [i, raw] of (data[list.field] as unknown[]).entries()) {
    const item = list.check(isObj(raw) ? list.migrate(raw, data.version) : raw);
    const problem = typeof item === 'string' ? item : accept?.(item);
    if (problem !== undefined) return refuse(m.unreadable, { one: `${w.one[0]!.toUpperCase()}${w.one.slice(1)}`, n: i + 1, problem });
    items.push(item as T);
  }
  if (items.length === 0) return refuse(m.empty, { many: w.many });
  return { ok: true, items, data };
}
