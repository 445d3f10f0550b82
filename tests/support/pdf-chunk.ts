import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built chunk of lib/pdf/browser.ts (its name carries a content hash). Tests and the
 * bench import it on a page of the built site and call downloadFilledPlan() the way any
 * view does, so they need no particular view.
 */
export function pdfChunk(siteDir: string): string {
  const dir = join(siteDir, '_astro');
  const name = readdirSync(dir).find((f) => /^browser\.[\w-]+\.js$/.test(f) && readFileSync(join(dir, f), 'utf8').includes('downloadFilledPlan'));
  if (!name) throw new Error('found no built chunk exporting downloadFilledPlan in _astro/');
  return `_astro/${name}`;
}

/** A small follow-up of the renhold plan, as the workspace stores one. */
export function benchFollowUp(alias: string) {
  return {
    id: 'bench', alias, planSlug: 'renhold', workplace: 'Benken', mentor: 'AB', caseworker: 'CD', startDate: '2026-01-05',
    assessments: {}, customTasks: [], hiddenTaskIds: [], meetings: [{ id: 'm1', date: '2026-02-01', agreed: 'Øve på å spørre om hjelp.' }],
    createdAt: '2026-01-05T08:00:00.000Z', updatedAt: '2026-01-05T08:00:00.000Z',
  };
}
