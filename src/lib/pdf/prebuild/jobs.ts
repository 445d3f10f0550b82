import { readCollection } from '../../content-check/read-collection.ts';
import { pdfPath } from '../pdf-path.ts';
import { buildPlanPdf } from '../plan-pdf.ts';
import { buildFormPdf } from '../form-pdf.ts';
import type { Issuer, LoadedFaces } from '../document.ts';
import type { PlanData } from '../../schemas/plan.ts';
import type { FormData } from '../../schemas/form.ts';
import { withLanguage } from '../../content/provenance.ts';

/** One blank PDF to prebuild: a plan or a form, with the data it is drawn from. */
export type PdfJob = { kind: 'planer'; id: string; path: string; data: PlanData } | { kind: 'skjema'; id: string; path: string; data: FormData };

/**
 * Every plan (drafts left out, as from the pages) and every form of the site, with the
 * language of its text resolved from its file (a copy's own file is in the copy's language).
 */
export function prebuildJobs(root: string): PdfJob[] {
  return [
    ...readCollection(root, 'planer')
      .filter((p) => !p.data.draft)
      .map((p) => ({ kind: 'planer' as const, id: p.id, path: pdfPath('planer', p.id), data: withLanguage({ filePath: p.file, data: p.data }) })),
    ...readCollection(root, 'skjema').map((f) => ({ kind: 'skjema' as const, id: f.id, path: pdfPath('skjema', f.id), data: withLanguage({ filePath: f.file, data: f.data }) })),
  ];
}

export async function makePdf(job: PdfJob, faces: LoadedFaces, issuer: Issuer): Promise<Uint8Array> {
  const result = job.kind === 'planer' ? await buildPlanPdf(job.data, faces, issuer) : await buildFormPdf(job.data, faces, issuer);
  return result.bytes;
}
