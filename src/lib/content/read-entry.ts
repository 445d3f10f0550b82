import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../content-check/collections.ts';
import { checkText, type CheckedFile } from '../content-check/check.ts';
import type { PlanData } from '../schemas/plan.ts';
import { extendPlan } from './plan-extension.ts';
import type { LayeredEntry } from './layers.ts';

export type EntryData<N extends CollectionName> = z.infer<(typeof COLLECTIONS)[N]['schema']>;

type Extender = (file: string, text: string, base: never) => CheckedFile<unknown>;

/** Collections whose entries a copy may extend instead of copying whole. */
const EXTENDERS: Partial<Record<CollectionName, Extender>> = {
  planer: extendPlan as (file: string, text: string, base: PlanData) => CheckedFile<PlanData>,
};

/** Reads and validates one entry of the layered view; an extension is applied to its shared entry first. */
export function readEntry<N extends CollectionName>(rootDir: string, entry: LayeredEntry & { collection: N }): CheckedFile<EntryData<N>> {
  const schema = COLLECTIONS[entry.collection].schema;
  const text = readFileSync(join(rootDir, entry.file), 'utf8');
  if (!entry.extension) return checkText(entry.file, text, schema) as CheckedFile<EntryData<N>>;
  const extend = EXTENDERS[entry.collection];
  if (!extend) {
    return { problems: [{ file: entry.file, line: 1, field: 'utvider', what: `sider i ${entry.collection}/ kan ikke utvides`, expected: `en hel kopi: kjør «npm run tilpass -- ${entry.collection}/<navn>»` }] };
  }
  const base = checkText(entry.shared!, readFileSync(join(rootDir, entry.shared!), 'utf8'), schema);
  if (!base.data) return { problems: base.problems };
  return extend(entry.file, text, base.data as never) as CheckedFile<EntryData<N>>;
}
