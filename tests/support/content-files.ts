import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Content files (.mdx, .yaml) under the given folders of a content root, by path relative to it. */
export function contentFiles(root: string, folders: string[]): Map<string, string> {
  const under = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? under(path) : /\.(mdx|ya?ml)$/.test(name) ? [path] : [];
    });
  return new Map(folders.flatMap((folder) => under(join(root, folder))).map((path) => [relative(root, path), readFileSync(path, 'utf8')]));
}

/**
 * Every line (with file and number) where the pattern matches. Ids and search aliases are left
 * out: stored data refers to ids (an id keeps its old spelling when only the text changed), and
 * an alias is there to find the old word.
 */
export function phraseHits(pattern: RegExp, entries: [string, string][]): string[] {
  return entries.flatMap(([path, text]) =>
    text.split('\n').flatMap((line, i) => (!/^\s*-? ?(id|aliases): /.test(line) && pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
  );
}
