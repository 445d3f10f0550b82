import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../content-check/collections.ts';
import { checkText, type CheckedFile } from '../content-check/check.ts';
import type { PlanData } from '../schemas/plan.ts';
import { extendPlan } from './plan-extension.ts';
import type { LayeredEntry } from './layers.ts';
import { cachedEntry, entryKey } from './entry-cache.ts';

export type EntryData<N extends CollectionName> = z.infer<(typeof COLLECTIONS)[N]['schema']>;

type Extender = (file: string, text: string, base: never) => CheckedFile<unknown>;

/** Collections whose entries a copy may extend instead of copying whole. */
const EXTENDERS: Partial<Record<CollectionName, Extender>> = {
  planer: extendPlan as (file: string, text: string, base: PlanData) => CheckedFile<PlanData>,
};

/**
 * Reads and validates one entry of the layered view; an extension is applied to its shared entry first.
 * The result is remembered by the files' text (entry-cache.ts), so the content guard, Astro's
 * content layer and the PDF step parse each file once per build, and an unchanged file not
 * at all once the build's cache is warm. `key` changes whenever the result could.
 */
export function readEntry<N extends CollectionName>(rootDir: string, entry: LayeredEntry & { collection: N }): CheckedFile<EntryData<N>> & { key: string } {
  const text = readFileSync(join(rootDir, entry.file), 'utf8');
  const sharedText = entry.extension ? readFileSync(join(rootDir, entry.shared!), 'utf8') : undefined;
  const where = entry.extension ? `${entry.file}|${entry.shared}` : entry.file;
  const key = entryKey(rootDir, where, sharedText === undefined ? [text] : [text, sharedText]);
  const checked = cachedEntry(join(rootDir, where), key, () => checkEntry(entry, text, sharedText));
  return { ...checked, key };
}

function checkEntry<N extends CollectionName>(entry: LayeredEntry & { collection: N }, text: string, sharedText: string | undefined): CheckedFile<EntryData<N>> {
  const schema = COLLECTIONS[entry.collection].schema;
  if (!entry.extension) return checkText(entry.file, text, schema) as CheckedFile<EntryData<N>>;
  const extend = EXTENDERS[entry.collection];
  if (!extend) {
    return { problems: [{ file: entry.file, line: 1, field: 'utvider', what: `sider i ${entry.collection}/ kan ikke utvides`, expected: `en hel kopi: kjør «npm run tilpass -- ${entry.collection}/<navn>»` }] };
  }
  const base = checkText(entry.shared!, sharedText!, schema);
  if (!base.data) return { problems: base.problems };
  return extend(entry.file, text, base.data as never) as CheckedFile<EntryData<N>>;
}
