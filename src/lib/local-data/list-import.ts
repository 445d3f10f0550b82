/**
 * Importing a versioned list from a file (see versioned-list.ts): checked completely before
 * anything is changed. Apart from the loader, so pages load it only when a file is chosen.
 */
import type { VersionedList } from './versioned-list.ts';
import { isObj, type Raw } from './records.ts';
import { formatFileSize } from '../file-size.ts';

export type ListImport<T> = { ok: true; items: T[]; data: Raw } | { ok: false; message: string };

/**
 * Checks an import file completely before anything is changed. `accept` may refuse an entry
 * that is well-formed but does not fit this site (a follow-up of a plan that is gone).
 * A file with another `format` marker is for the caller to recognise first (an encrypted export).
 */
export function parseListImport<T>(list: VersionedList<T>, text: string, byteSize: number, accept?: (item: T) => string | undefined): ListImport<T> {
  const w = list.words;
  const nothing = 'Ingenting er endret.';
  if (byteSize > list.maxImportBytes) return { ok: false, message: `Filen er for stor (${formatFileSize(byteSize)}). Største tillatte størrelse er ${formatFileSize(list.maxImportBytes)}. ${nothing}` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `Filen er ikke gyldig JSON. Velg en fil du har lastet ned fra ${w.source}. ${nothing}` };
  }
  if (!isObj(data) || data.format !== list.fileFormat || !Array.isArray(data[list.field])) {
    return { ok: false, message: `Filen er ikke en eksport fra ${w.source}. ${nothing}` };
  }
  if (typeof data.version !== 'number' || data.version < 1 || data.version > list.version) {
    return { ok: false, message: `Filen har versjon ${String(data.version)}, som denne siden ikke kan lese. Forventet versjon 1 til ${list.version}. ${nothing}` };
  }
  const items: T[] = [];
  for (const [i, raw] of (data[list.field] as unknown[]).entries()) {
    const item = list.check(isObj(raw) ? list.migrate(raw, data.version) : raw);
    const problem = typeof item === 'string' ? item : accept?.(item);
    if (problem !== undefined) return { ok: false, message: `${w.one[0]!.toUpperCase()}${w.one.slice(1)} nr. ${i + 1} i filen kan ikke leses: ${problem}. ${nothing}` };
    items.push(item as T);
  }
  if (items.length === 0) return { ok: false, message: `Filen inneholder ingen ${w.many}. ${nothing}` };
  return { ok: true, items, data };
}
