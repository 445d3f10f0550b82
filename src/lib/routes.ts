import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Every page path the build will produce, known before the build starts, so links written
 * in MDX can be checked while the MDX compiles. Static routes come from src/pages; the
 * dynamic ones from the files in content/.
 */
export function knownRoutes(rootDir: string): Set<string> {
  const routes = new Set<string>();
  const pagesDir = join(rootDir, 'src', 'pages');
  for (const file of readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })) {
    const path = file.replaceAll('\\', '/');
    const dynamic = /^(\w+)\/\[\w+\](\.json)?\.(astro|ts)$/.exec(path);
    if (dynamic) {
      const [, collection, json] = dynamic;
      const dir = join(rootDir, 'content', collection!);
      if (!existsSync(dir)) continue;
      for (const entry of readdirSync(dir)) {
        if (entry.startsWith('_') || !/\.(mdx|yaml)$/.test(entry)) continue;
        const id = basename(entry).replace(/\.(mdx|yaml)$/, '');
        routes.add(json ? `/${collection}/${id}.json` : `/${collection}/${id}/`);
      }
      continue;
    }
    if (path.includes('[')) continue;
    const json = /^(.*)\.(json|xml|txt)\.ts$/.exec(path);
    if (json) routes.add(`/${json[1]}.${json[2]}`);
    else if (path.endsWith('.astro') || path.endsWith('.md') || path.endsWith('.mdx')) {
      const route = path.replace(/\.(astro|mdx?)$/, '').replace(/(^|\/)index$/, '');
      routes.add(route ? `/${route}/` : '/');
    }
  }
  return routes;
}
