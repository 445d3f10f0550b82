import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { checkText, fieldLine, type ContentProblem } from './check.ts';
import { municipalitySchema } from '../schemas/municipality.ts';
import { contrastProblems } from '../theme/contrast.ts';
import { FILL_IN } from '../plan/scaffold.ts';
import { ABOUT_PAGES, layerView, LOCAL_DIR, localFile, municipalityFile, MUNICIPALITY_FILE } from '../content/layers.ts';
import { readHidden } from '../content/hidden.ts';
import { readEntry } from '../content/read-entry.ts';
import { overrideProblems } from '../content/overrides.ts';
import { searchWordProblems } from '../search/search-words.ts';

/** A published file must not keep the scaffold's «FYLL UT» markers. */
function unfinished(file: string, text: string): ContentProblem[] {
  return text.split('\n').flatMap((line, i) =>
    line.includes(FILL_IN) && !line.trimStart().startsWith('#')
      ? [{ file, line: i + 1, field: '(tekst)', what: `teksten «${line.trim()}» er ikke fylt ut`, expected: `din egen tekst i stedet for «${FILL_IN}», eller «draft: true» til planen er ferdig` }]
      : [],
  );
}

/** Fields that hold "collection/id" links to other pages (method cards' tools, the quality check's readMore). */
const REF_FIELDS = new Set(['tools', 'readMore']);

/** Every link to another page inside an entry, with the field path it sits at, however deep. */
function contentRefsIn(data: unknown, path = ''): { field: string; ref: string }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => contentRefsIn(item, `${path}[${i}]`));
  if (typeof data !== 'object' || data === null || data instanceof Date) return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const field = path ? `${path}.${key}` : key;
    if (REF_FIELDS.has(key) && Array.isArray(value)) return value.map((ref, i) => ({ field: `${field}[${i}]`, ref: String(ref) }));
    return contentRefsIn(value, field);
  });
}

/**
 * Validates the merged content (content/ with lokalt/ on top): schemas, cross-references,
 * the hide list, plan extensions, the municipality file, and overrides that missed a legal
 * correction in the shared original.
 */
export function checkAllContent(rootDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  const hidden = new Set<string>();
  const references: { file: string; line: number; field: string; ref: string }[] = [];

  const kommuneFile = municipalityFile(rootDir);
  const kommunePath = join(rootDir, kommuneFile);
  if (!existsSync(kommunePath)) {
    problems.push({ file: MUNICIPALITY_FILE, line: 1, field: '(hele fila)', what: 'fila mangler', expected: `${MUNICIPALITY_FILE} med kommunens navn og farge (se ADOPTING.md)` });
  } else {
    const kommuneText = readFileSync(kommunePath, 'utf8');
    const checked = checkText(kommuneFile, kommuneText, municipalitySchema);
    problems.push(...checked.problems);
    if (checked.data) {
      // siteUrl may name the path too; if it does, it must be basePath, or links and the
      // published address disagree.
      const sitePath = new URL(checked.data.siteUrl).pathname.replace(/\/?$/, '/');
      if (sitePath !== '/' && sitePath !== checked.data.basePath) {
        problems.push({ file: kommuneFile, line: fieldLine(kommuneFile, kommuneText, ['siteUrl']), field: 'siteUrl', what: `adressen slutter på stien ${sitePath}, men basePath er ${checked.data.basePath}`, expected: `samme sti i begge, for eksempel siteUrl «${new URL(checked.data.basePath, checked.data.siteUrl).href}» med basePath «${checked.data.basePath}», eller siteUrl uten sti` });
      }
      const line = fieldLine(kommuneFile, kommuneText, ['brandColor']);
      problems.push(...contrastProblems(checked.data.brandColor).map((p) => ({ file: kommuneFile, line, field: 'brandColor', ...p })));
      if (!existsSync(localFile(rootDir, checked.data.logo.file))) {
        problems.push({ file: kommuneFile, line: fieldLine(kommuneFile, kommuneText, ['logo', 'file']), field: 'logo.file', what: `finner ikke fila ${LOCAL_DIR}/${checked.data.logo.file}`, expected: `en logofil som ligger i mappa ${LOCAL_DIR}/` });
      }
    }
  }

  readHidden(rootDir, problems);
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const view = layerView(rootDir, name);
    problems.push(...view.problems);
    for (const id of view.hidden) hidden.add(`${name}/${id}`);
    for (const entry of view.entries) {
      const checked = readEntry(rootDir, entry);
      problems.push(...checked.problems);
      ids.add(`${name}/${entry.id}`);
      const text = readFileSync(join(rootDir, entry.file), 'utf8');
      if (!(checked.data as { draft?: boolean } | undefined)?.draft) problems.push(...unfinished(entry.file, text));
      for (const { field, ref } of contentRefsIn(checked.data)) references.push({ file: entry.file, line: 1, field, ref });
    }
  }

  // The search's word lists in content/sok/ (synonyms, compound parts, stop words).
  problems.push(...searchWordProblems(rootDir));

  for (const r of references) {
    // A shared page may point at a page this copy hides; the link is simply left out.
    if (!ids.has(r.ref) && !hidden.has(r.ref)) {
      problems.push({ file: r.file, line: r.line, field: r.field, what: `henvisningen «${r.ref}» peker ikke på noen side`, expected: 'en samling og id som finnes, for eksempel «skjema/loggbok»' });
    }
  }
  problems.push(...overrideProblems(rootDir));
  problems.push(...aboutPageProblems(rootDir));
  return problems;
}

/** The copy's own pages under /om/ (lokalt/om/*.mdx, see AboutPage.astro): only known pages, filled in. */
function aboutPageProblems(rootDir: string): ContentProblem[] {
  const dir = join(rootDir, LOCAL_DIR, 'om');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).flatMap((f) => {
    const file = `${LOCAL_DIR}/om/${f}`;
    const page = f.slice(0, -4);
    if (!(ABOUT_PAGES as readonly string[]).includes(page)) return [{ file, line: 1, field: '(hele fila)', what: `«om/${page}» er ikke en av sidene under /om/ som kan erstattes`, expected: ABOUT_PAGES.map((p) => `${LOCAL_DIR}/om/${p}.mdx`).join(', ') }];
    return unfinished(file, readFileSync(join(rootDir, file), 'utf8'));
  });
}
