import { readFileSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { collectionFiles, EXTENSIONS } from './read-collection.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { checkText, type ContentProblem } from './check.ts';
import { municipalitySchema } from '../schemas/municipality.ts';
import { contrastProblems } from '../theme/contrast.ts';
import { FILL_IN } from '../plan/scaffold.ts';
import { searchWordProblems } from '../search/search-words.ts';

/** A published file must not keep the scaffold's «FYLL UT» markers. */
function unfinished(file: string, text: string): ContentProblem[] {
  return text.split('\n').flatMap((line, i) =>
    line.includes(FILL_IN) && !line.trimStart().startsWith('#')
      ? [{ file, line: i + 1, field: '(tekst)', what: `teksten «${line.trim()}» er ikke fylt ut`, expected: `din egen tekst i stedet for «${FILL_IN}», eller «draft: true» til planen er ferdig` }]
      : [],
  );
}

/** Validates everything under content/: schemas, cross-references and the municipality file. */
export function checkAllContent(rootDir: string): ContentProblem[] {
  const contentDir = join(rootDir, 'content');
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  const references: { file: string; line: number; field: string; ref: string }[] = [];

  const kommunePath = join(contentDir, 'kommune.yaml');
  const kommuneFile = relative(rootDir, kommunePath);
  if (!existsSync(kommunePath)) {
    problems.push({ file: kommuneFile, line: 1, field: '(hele fila)', what: 'fila mangler', expected: 'content/kommune.yaml med kommunens navn og farge' });
  } else {
    const checked = checkText(kommuneFile, readFileSync(kommunePath, 'utf8'), municipalitySchema);
    problems.push(...checked.problems);
    if (checked.data) {
      problems.push(...contrastProblems(checked.data.brandColor).map((p) => ({ file: kommuneFile, line: 1, field: 'brandColor', ...p })));
      if (!existsSync(join(contentDir, checked.data.logo.file))) {
        problems.push({ file: kommuneFile, line: 1, field: 'logo.file', what: `finner ikke fila content/${checked.data.logo.file}`, expected: 'en logofil som ligger i mappa content/' });
      }
    }
  }

  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    for (const path of collectionFiles(rootDir, name)) {
      const file = relative(rootDir, path);
      const text = readFileSync(path, 'utf8');
      const checked = checkText(file, text, COLLECTIONS[name].schema);
      problems.push(...checked.problems);
      ids.add(`${name}/${basename(path, EXTENSIONS[name])}`);
      if (!(checked.data as { draft?: boolean } | undefined)?.draft) problems.push(...unfinished(file, text));
      const tools = (checked.data as { tools?: string[] } | undefined)?.tools ?? [];
      tools.forEach((ref, i) => references.push({ file, line: 1, field: `tools[${i}]`, ref }));
    }
  }

  // The search's word lists in content/sok/ (synonyms, compound parts, stop words).
  problems.push(...searchWordProblems(rootDir));

  for (const r of references) {
    if (!ids.has(r.ref)) {
      problems.push({ file: r.file, line: r.line, field: r.field, what: `henvisningen «${r.ref}» peker ikke på noen side`, expected: 'en samling og id som finnes, for eksempel «skjema/loggbok»' });
    }
  }
  return problems;
}
