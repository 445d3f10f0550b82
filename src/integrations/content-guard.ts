import type { AstroIntegration } from 'astro';
import { checkAllContent } from '../lib/content-check/check-all.ts';
import { formatProblem } from '../lib/content-check/check.ts';
import { entryCacheDir, useEntryCache } from '../lib/content/entry-cache.ts';

/** Stops the build before Astro starts when a content file breaks its schema, naming file, line and field. */
export function contentGuard(): AstroIntegration {
  return {
    name: 'praksis:content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        // The checked files are kept for Astro's content layer and the PDF step in this build,
        // and on disk for the next one (src/lib/content/entry-cache.ts).
        useEntryCache(entryCacheDir(process.cwd()));
        const problems = checkAllContent(process.cwd());
        if (problems.length === 0) return;
        const list = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
        logger.error(`Innholdet har ${problems.length} feil:\n${list}`);
        throw new Error(`Bygget stoppet: ${problems.length} feil i innholdet.\n${list}`);
      },
    },
  };
}
