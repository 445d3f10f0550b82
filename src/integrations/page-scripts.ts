import { posix } from 'node:path';

/*
 * Every script a built page can ever run (issue 19: per-page CSS pruning judges a page's
 * stylesheet by the words of the page and of these scripts only).
 *
 * Conservative on purpose: a script counts as reachable when its file name is mentioned
 * anywhere in the page or in a reachable script, whether as <script src>, an island's
 * component-url, a static or dynamic import, a Worker URL or Vite's preload list. Only an
 * import whose file name is assembled at run time could load a script nobody names; when a
 * script has one (`import(x)` with no name in sight, `` import(`./${n}.js`) ``, `"…" + ".js"`),
 * the answer is "every script of the site".
 */

/** File names of scripts mentioned in a text ("Workspace.C38HJe8E.js", "pagefind.js"). */
const MENTION = /[\w-][\w.-]*\.m?js\b/g;

/**
 * An import whose module name is made at run time: a dynamic import of a template literal
 * whose static end names no script, or a string that is only the ".js" end of a name.
 * `import(x)` of a variable is not flagged by itself: Astro's island loader imports the
 * component-url attribute, a name the page itself writes out.
 */
function assembledImport(code: string): boolean {
  if (/["'`}]\.m?js["'`]/.test(code)) return true;
  for (const m of code.matchAll(/\bimport\(\s*`/g)) {
    let i = m.index + m[0].length;
    let depth = 0;
    let tail = '';
    for (; i < code.length; i++) {
      const ch = code[i]!;
      if (depth === 0 && ch === '`') break;
      if (depth === 0 && ch === '$' && code[i + 1] === '{') {
        depth = 1;
        i++;
        tail = '';
        continue;
      }
      if (depth > 0) {
        if (ch === '{') depth++;
        else if (ch === '}') depth--;
        continue;
      }
      tail += ch;
    }
    if (!/(?:^|\/)[\w-][\w.-]*\.m?js$/.test(tail)) return true;
  }
  return false;
}

/** A Worker started from a script name written out: `new Worker(new URL("/_astro/w.js", import.meta.url))`. */
const WORKER = /\bnew\s+(?:Shared)?Worker\(\s*(?:new\s+URL\(\s*)?["'`]([^"'`$]+\.m?js)["'`]/g;

/**
 * The scripts (site-relative paths, keys of `scripts`) a page can run with its document: those
 * its HTML names and, again and again, those they name. A script named only as a Worker's
 * start (and what only it imports) runs without the document, so it cannot put a class or an
 * attribute on the page, and is left out, as are `noDocument`, the file names of scripts the
 * site only ever starts as a service worker. Undefined when one of them may import a script
 * whose name it assembles: then any script of the site may run.
 */
export function pageScripts(html: string, scripts: Map<string, string>, noDocument: string[] = []): Set<string> | undefined {
  const byName = new Map<string, string[]>();
  for (const file of scripts.keys()) {
    const name = posix.basename(file);
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  const found = new Set<string>();
  const queue = [html];
  for (let text = queue.pop(); text !== undefined; text = queue.pop()) {
    for (const [name] of text.replace(WORKER, '').matchAll(MENTION)) {
      if (noDocument.includes(name)) continue;
      for (const file of byName.get(name) ?? []) {
        if (found.has(file)) continue;
        found.add(file);
        const code = scripts.get(file)!;
        if (assembledImport(code)) return undefined;
        queue.push(code);
      }
    }
  }
  // An inline module script of the page is held to the same rule.
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) if (assembledImport(m[1]!)) return undefined;
  return found;
}

/**
 * The words of a script, for judging `type`/`role` values and classes: as siteWords, but the
 * statement keyword `switch (…)` is not the ARIA role "switch" (every minified bundle has it).
 */
export function scriptWordText(code: string): string {
  return code.replace(/(?<![\w$.'"`-])switch(?=\s*\()/g, ' ');
}
