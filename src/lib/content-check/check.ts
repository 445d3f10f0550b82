import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { describeIssue, formatPath } from './messages';

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

/** The line of the deepest node that exists along a path (a missing field points at its parent). */
function lineOf(source: ParsedSource, path: PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = source.doc.getIn(path.slice(0, depth) as (string | number)[], true) as
      | { range?: [number, number, number] }
      | undefined;
    if (node && node.range) return source.counter.linePos(node.range[0]).line + source.lineOffset;
  }
  return 1 + source.lineOffset;
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
