/**
 * The PDF code a browser form loads on "Last ned utfylt PDF": the same fillable PDF as the
 * prebuilt one, with the answers filled in. Loaded lazily, like browser.ts.
 */
import type { FormData } from '../schemas/form.ts';
import { download } from '../download.ts';
import { isoDate } from '../dates.ts';
import { browserPdfSetup, type PdfMunicipality } from './browser.ts';
import { buildFormPdf, type FormFill } from './form-pdf.ts';

/** No name or alias in the file name: download folders are often shared or synced. */
export function filledFormFileName(formId: string, today: Date): string {
  return `${formId}-utfylt-${isoDate(today)}.pdf`;
}

export async function downloadFilledForm({ formId, form, fill, municipality }: { formId: string; form: FormData; fill: FormFill; municipality: PdfMunicipality }): Promise<{ warnings: string[] }> {
  const { faces, issuer } = await browserPdfSetup(municipality);
  const today = new Date();
  const result = await buildFormPdf(form, faces, issuer, fill, today);
  download(filledFormFileName(formId, today), result.bytes, 'application/pdf');
  return { warnings: result.warnings };
}
