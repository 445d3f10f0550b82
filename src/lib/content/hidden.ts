import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isScalar, isSeq, parseDocument } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../content-check/collections.ts';
import type { ContentProblem } from '../content-check/check.ts';

/** lokalt/skjul.yaml: a list of shared pages and plans («metoder/sprakpraksis») the copy leaves out. */
export const HIDDEN_FILE = 'lokalt/skjul.yaml';

export interface HiddenEntry {
  collection: CollectionName;
  id: string;
  file: string;
  line: number;
  index: number;
}

const example = 'for eksempel «- metoder/sprakpraksis» eller «- planer/lager»';

/** Reads the hide list; problems (with line numbers) go to `problems`, valid lines are returned. */
export function readHidden(rootDir: string, problems: ContentProblem[]): HiddenEntry[] {
  const path = join(rootDir, HIDDEN_FILE);
  if (!existsSync(path)) return [];
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    problems.push({ file: HIDDEN_FILE, line: counter.linePos(error.pos[0]).line, field: '(hele fila)', what: `YAML-feil: ${error.message.split('\n')[0]}`, expected: `en liste med én side per linje, ${example}` });
    return [];
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    problems.push({ file: HIDDEN_FILE, line: 1, field: '(hele fila)', what: 'fila er ikke en liste', expected: `en liste med én side per linje, ${example}` });
    return [];
  }
  const names = Object.keys(COLLECTIONS);
  const entries: HiddenEntry[] = [];
  doc.contents.items.forEach((item, index) => {
    const line = counter.linePos((item as { range?: number[] }).range?.[0] ?? 0).line;
    const value = isScalar(item) ? String(item.value).trim().replace(/\/$/, '') : '';
    const [collection, id, ...rest] = value.replace(/\.(mdx|yaml)$/, '').split('/');
    if (!collection || !id || rest.length || !names.includes(collection)) {
      problems.push({ file: HIDDEN_FILE, line, field: `[${index}]`, what: `«${value}» er ikke en side i håndboka`, expected: `samling/navn, der samlingen er en av ${names.join(', ')}, ${example}` });
      return;
    }
    entries.push({ collection: collection as CollectionName, id, file: HIDDEN_FILE, line, index });
  });
  return entries;
}
