import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineMdastPlugin } from 'satteri';
import { knownRoutes } from '../routes.ts';

interface Options {
  base: string;
  rootDir: string;
}

/**
 * Links in MDX are written from the site root ("/metoder/trekantsamtale/"). This Sätteri
 * plugin checks that each points at a page that will exist, failing the build with the
 * file name if not, and prefixes the base path so the site also works under a sub-path.
 */
export function siteLinks({ base, rootDir }: Options) {
  const prefix = base.replace(/\/$/, '');
  let known: ReturnType<typeof knownRoutes> | undefined;
  /** The link's new address; null when it points at a page this copy hides (the link is dropped, its text stays). */
  const rewrite = (url: string, fileURL: URL | undefined): string | null | undefined => {
    if (!url.startsWith('/') || url.startsWith('//')) return undefined;
    known ??= knownRoutes(rootDir);
    const path = url.split(/[?#]/)[0]!;
    const has = (set: Set<string>) => set.has(path) || set.has(`${path}/`);
    if (has(known.hidden)) return null;
    if (!has(known.routes)) {
      const name = fileURL ? relative(rootDir, fileURLToPath(fileURL)) : 'en MDX-fil';
      throw new Error(
        `${name}: lenken «${url}» peker på en side som ikke finnes — forventet en side på nettstedet, skrevet fra roten, for eksempel «/metoder/trekantsamtale/»`,
      );
    }
    return `${prefix}${url}`;
  };
  return defineMdastPlugin({
    name: 'praksis-site-links',
    link(node, ctx) {
      const url = rewrite(node.url, ctx.fileURL);
      if (url === null) ctx.replaceNode(node, node.children);
      else if (url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = rewrite(node.url, ctx.fileURL);
      if (url) ctx.setProperty(node, 'url', url);
    },
  });
}
