import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readCollection } from '../lib/content-check/read-collection.ts';
import { nodePdfSetup } from '../lib/pdf/node.ts';
import { buildPlanPdf } from '../lib/pdf/plan-pdf.ts';
import { buildFormPdf } from '../lib/pdf/form-pdf.ts';
import { pdfPath } from '../lib/pdf/pdf-path.ts';

/**
 * Builds a blank fillable PDF of every plan and form into the site, so the links on their
 * pages work without JavaScript. Drafts are left out, as they are from the pages.
 */
export function prebuiltPdfs(): AstroIntegration {
  return {
    name: 'praksis:pdfs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const root = process.cwd();
        const { issuer, faces } = await nodePdfSetup(root);
        const jobs = [
          ...readCollection(root, 'planer')
            .filter((p) => !p.data.draft)
            .map((p) => ({ path: pdfPath('planer', p.id), make: () => buildPlanPdf(p.data, faces, issuer) })),
          ...readCollection(root, 'skjema').map((f) => ({ path: pdfPath('skjema', f.id), make: () => buildFormPdf(f.data, faces, issuer) })),
        ];
        let bytes = 0;
        for (const job of jobs) {
          const result = await job.make();
          const file = join(site, job.path);
          await mkdir(join(file, '..'), { recursive: true });
          await writeFile(file, result.bytes);
          bytes += result.bytes.length;
        }
        logger.info(`${jobs.length} utfyllbare PDF-er laget (${Math.round(bytes / 1024)} kB) på ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
