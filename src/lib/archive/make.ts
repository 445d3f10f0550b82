import { zipSync, type Zippable } from 'fflate';
import type { Plan } from '../plan/model.ts';
import type { FollowUp } from '../followup/types.ts';
import type { Issuer, LoadedFaces } from '../pdf/document.ts';
import { buildPlanPdf } from '../pdf/plan-pdf.ts';
import { buildFormPdf } from '../pdf/form-pdf.ts';
import { fillFromFollowUp } from '../pdf/plan-fill.ts';
import { tailorPlan } from '../followup/tailor.ts';
import { toPdfFill } from '../forms/answers.ts';
import { archiveDocuments, archiveFileName, documentList, type PublishedForm } from './contents.ts';

/**
 * Draws every document of a follow-up and packs them into one zip, in the PDF worker (this
 * module is loaded there only when a package is asked for). The PDFs are stored as they
 * are: their streams are compressed already, and deflating them again gains little and
 * costs time on a phone. Nothing leaves the device.
 */
export async function makeArchive(plan: Plan, followUp: FollowUp, forms: Record<string, PublishedForm>, faces: LoadedFaces, issuer: Issuer, today: Date): Promise<{ bytes: Uint8Array; fileName: string; warnings: string[] }> {
  const docs = archiveDocuments(followUp, plan.title, forms, today);
  const files: Zippable = {};
  const warnings: string[] = [];
  for (const doc of docs) {
    const result =
      doc.kind === 'plan'
        ? await buildPlanPdf(tailorPlan(plan, followUp), faces, issuer, fillFromFollowUp(followUp), today)
        : await buildFormPdf({ ...forms[doc.formId]!, reviewed: today }, faces, issuer, toPdfFill(forms[doc.formId]!, doc.values), today);
    files[doc.file] = [result.bytes, { level: 0 }];
    warnings.push(...result.warnings.map((w) => `${doc.title}: ${w}`));
  }
  const list = documentList(docs);
  const text = new TextEncoder();
  files['dokumentliste.json'] = text.encode(list.json);
  files['dokumentliste.csv'] = text.encode(list.csv);
  return { bytes: zipSync(files, { level: 6, mtime: today }), fileName: archiveFileName(today), warnings };
}

/** Every text the package puts into its PDFs, so the worker can fetch the fonts they need first. */
export function archiveTexts(followUp: FollowUp): string[] {
  return Object.values(followUp.forms ?? {}).flatMap((f) => Object.values(f.values).filter((v): v is string => typeof v === 'string'));
}
