import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { checkText, formatProblem, type ContentProblem } from '../content-check/check.ts';
import { layeredFile } from '../content/layers.ts';
import { compoundPartsSchema, stopWordsSchema, synonymsSchema, type Synonyms } from '../schemas/search-words.ts';

/** The search's word lists in content/sok/ (a copy's lokalt/sok/ file replaces one), each with its schema. */
export const SEARCH_WORD_FILES = {
  synonyms: { file: 'sok/synonymer.yaml', schema: synonymsSchema },
  parts: { file: 'sok/ordledd.yaml', schema: compoundPartsSchema },
  stopWords: { file: 'sok/stoppord.yaml', schema: stopWordsSchema },
} as const;

export interface SearchWords {
  synonyms: Synonyms;
  parts: string[];
  stopWords: string[];
}

function read<S extends z.ZodType>(rootDir: string, file: string, schema: S): { data?: z.infer<S>; problems: ContentProblem[] } {
  const path = join(rootDir, layeredFile(rootDir, file));
  return checkText(relative(rootDir, path), readFileSync(path, 'utf8'), schema) as { data?: z.infer<S>; problems: ContentProblem[] };
}

/** Schema problems in the word lists, in the same form as every other content file's. */
export function searchWordProblems(rootDir: string): ContentProblem[] {
  return Object.values(SEARCH_WORD_FILES).flatMap(({ file, schema }) => read(rootDir, file, schema).problems);
}

/** Reads and validates content/sok/; a broken file throws with the content check's message. */
export function loadSearchWords(rootDir: string): SearchWords {
  const problems = searchWordProblems(rootDir);
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  const { synonyms, parts, stopWords } = SEARCH_WORD_FILES;
  return {
    synonyms: read(rootDir, synonyms.file, synonyms.schema).data!,
    parts: read(rootDir, parts.file, parts.schema).data!.ledd,
    stopWords: read(rootDir, stopWords.file, stopWords.schema).data!.ord,
  };
}
