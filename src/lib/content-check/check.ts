import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { describeIssue, formatPath } from './messages.ts';

export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  what: string;
  expected: string;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.field === '(hele fila)' ? '' : `${p.field}: `;
  return `${p.file}:${p.line} — ${where}${p.what} — forventet ${p.expected}`;
}

interface ParsedSource {
  doc: Document;
  counter: LineCounter;
  /** Lines before the YAML starts (the opening --- of MDX front matter). */
  lineOffset: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function parseSource(text: string, isMarkdown: boolean): ParsedSource | { error: string; line: number } {
  let yamlText = text;
  let lineOffset = 0;
  if (isMarkdown) {
    const match = FRONT_MATTER.exec(text);
    if (!match) return { error: 'fila mangler front matter mellom to linjer med ---', line: 1 };
    yamlText = match[1]!;
    lineOffset = 1;
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = counter.linePos(first.pos[0]).line + lineOffset;
    return { error: `YAML-feil: ${first.message.split('\n')[0]}`, line };
  }
  return { doc, counter, lineOffset };
}

/** The line of the deepest key or item along a path that exists (a missing field points at its parent's key). */
function lineOf(source: ParsedSource, path: PropertyKey[]): number {
  let node: unknown = source.doc.contents;
  let offset = (node as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: number[] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return source.counter.linePos(offset).line + source.lineOffset;
}

/** The line of a field in a YAML file (or MDX front matter), for a problem found after the schema check. */
export function fieldLine(file: string, text: string, path: PropertyKey[]): number {
  const source = parseSource(text, /\.mdx?$/.test(file));
  return 'error' in source ? 1 : lineOf(source, path);
}

export interface CheckedFile<T> {
  data?: T;
  problems: ContentProblem[];
}

/** Validates one content file's YAML (or MDX front matter) against its schema. */
export function checkText<S extends z.ZodType>(file: string, text: string, schema: S): CheckedFile<z.infer<S>> {
  const source = parseSource(text, /\.mdx?$/.test(file));
  if ('error' in source) {
    return { problems: [{ file, line: source.line, field: '(hele fila)', what: source.error, expected: 'gyldig YAML' }] };
  }
  const result = schema.safeParse(source.doc.toJS(), { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const { what, expected } = describeIssue(issue as Parameters<typeof describeIssue>[0]);
    return { file, line: lineOf(source, issue.path), field: formatPath(issue.path), what, expected };
  });
  return { problems };
}
