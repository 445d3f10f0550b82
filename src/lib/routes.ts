import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from './content-check/collections.ts';
import { layerView } from './content/layers.ts';

const isCollection = (name: string): name is CollectionName => name in COLLECTIONS;

/**
 * Every page path the build will produce, known before the build starts, so links written
 * in MDX can be checked while the MDX compiles. Static routes come from src/pages; the
 * dynamic ones from the merged content (content/ with lokalt/ on top, see layers.ts).
 * `hidden` holds the routes of shared pages this copy hides in lokalt/skjul.yaml.
 */
export function knownRoutes(rootDir: string): { routes: Set<string>; hidden: Set<string> } {
  const routes = new Set<string>();
  const hidden = new Set<string>();
  const pagesDir = join(rootDir, 'src', 'pages');
  for (const file of readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })) {
    const path = file.replaceAll('\\', '/');
    const dynamic = /^(\w+)\/\[\w+\](\.json)?\.(astro|ts)$/.exec(path);
    if (dynamic) {
      const [, collection, json] = dynamic;
      if (!isCollection(collection!)) continue;
      const route = (id: string) => (json ? `/${collection}/${id}.json` : `/${collection}/${id}/`);
      const view = layerView(rootDir, collection);
      for (const entry of view.entries) routes.add(route(entry.id));
      for (const id of view.hidden) if (!routes.has(route(id))) hidden.add(route(id));
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
  return { routes, hidden };
}
