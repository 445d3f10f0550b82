/// <reference lib="webworker" />
/**
 * Makes the filled plan PDF off the main thread, so the page never freezes (on a cheap
 * phone the work takes seconds). Messages: see PdfRequest and PdfReply in browser.ts.
 */
import { buildPlanPdf } from './plan-pdf.ts';
import { fillFromFollowUp, filledPlanFileName } from './plan-fill.ts';
import { tailorPlan } from '../followup/tailor.ts';
import { browserFontLoader } from './browser-fonts.ts';
import { browserPdfSetup } from './browser-setup.ts';
import { facesFrom } from './document.ts';
import { buildFormPdf } from './form-pdf.ts';
import { facesForText, type FontFaceId } from './font-files.ts';
import type { PdfReply, PdfRequest } from './browser.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (reply: PdfReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);

self.onmessage = async ({ data }: MessageEvent<PdfRequest>) => {
  const faces = await facesFrom(browserFontLoader);
  try {
    if (data.type === 'prepare') {
      const needed = new Set<FontFaceId>(['latin', 'latin-bold']);
      for (const text of data.texts) for (const face of facesForText(text)) needed.add(face);
      await faces.prepare([...needed]);
      post({ id: data.id, type: 'done' });
      return;
    }
    const { issuer } = await browserPdfSetup(data.municipality);
    post({ id: data.id, type: 'progress', step: 'drawing' });
    const date = new Date(data.today);
    if (data.type === 'form') {
      const result = await buildFormPdf({ ...data.form, reviewed: date }, faces, issuer, data.fill, date);
      const bytes = result.bytes;
      post({ id: data.id, type: 'done', bytes, warnings: result.warnings, fileName: data.fileName }, [bytes.buffer as ArrayBuffer]);
      return;
    }
    const { plan, followUp } = data;
    const result = await buildPlanPdf(tailorPlan(plan, followUp), faces, issuer, fillFromFollowUp(followUp), date);
    const bytes = result.bytes;
    post({ id: data.id, type: 'done', bytes, warnings: result.warnings, fileName: filledPlanFileName(plan.slug, date) }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    post({ id: data.id, type: 'error', message: (error as Error).message });
  }
};
