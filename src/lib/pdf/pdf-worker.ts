/// <reference lib="webworker" />
/**
 * Makes the filled plan PDF off the main thread, so the page never freezes (on a cheap
 * phone the work takes seconds). Messages: see PdfRequest and PdfReply in browser.ts.
 */
import { buildPlanPdf, type PlanFill } from './plan-pdf.ts';
import { fillFromFollowUp, filledPlanFileName } from './plan-fill.ts';
import { tailorPlan } from '../followup/tailor.ts';
import { browserFontLoader } from './browser-fonts.ts';
import { browserPdfSetup } from './browser-setup.ts';
import { compressStreamsWith, facesFrom } from './document.ts';
import { buildFormPdf, type FormFill } from './form-pdf.ts';
import { facesForText, type FontFaceId } from './font-files.ts';
import { warmUp } from './warm-up.ts';
import type { PdfReply, PdfRequest } from './browser.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (reply: PdfReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);

/**
 * The browser's own deflate, native code, for the PDFs' larger content streams (see
 * compressStreamsWith). Written straight into the stream: a Blob per stream costs a round
 * trip to the browser process, which made a form with many fields slower than pako.
 */
if (typeof CompressionStream === 'function') {
  compressStreamsWith(async (data) => {
    const deflate = new CompressionStream('deflate');
    const writer = deflate.writable.getWriter();
    void writer.write(data as Uint8Array<ArrayBuffer>);
    void writer.close();
    return new Uint8Array(await new Response(deflate.readable).arrayBuffer());
  });
}

/** The Latin faces every PDF draws with, and those the given texts need on top. */
function facesFor(texts: unknown[]): FontFaceId[] {
  const needed = new Set<FontFaceId>(['latin', 'latin-bold']);
  for (const text of texts) if (typeof text === 'string') for (const face of facesForText(text)) needed.add(face);
  return [...needed];
}

/** Every string a fill puts into the PDF. */
function fillTexts(fill: PlanFill | FormFill): unknown[] {
  const { notes, meetings } = fill as PlanFill;
  return [...Object.values(fill), ...(typeof notes === 'object' ? Object.values(notes) : []), ...(Array.isArray(meetings) ? meetings.map((m) => m.agreed) : [])];
}

self.onmessage = async ({ data }: MessageEvent<PdfRequest>) => {
  const faces = await facesFrom(browserFontLoader);
  try {
    if (data.type === 'prepare') {
      await faces.prepare(facesFor(data.texts));
      // With the municipality known, its logo is fetched now too and the sample has it.
      const issuer = data.municipality ? (await browserPdfSetup(data.municipality)).issuer : { name: 'Kommune' };
      await warmUp(faces, issuer);
      post({ id: data.id, type: 'done' });
      return;
    }
    if (data.type === 'archive') {
      // The zip code loads only for a package; fonts for every text in it are fetched first.
      const [{ makeArchive, archiveTexts }, { issuer }] = await Promise.all([import('../archive/make.ts'), browserPdfSetup(data.municipality)]);
      await faces.prepare(facesFor([...fillTexts(fillFromFollowUp(data.followUp)), ...archiveTexts(data.followUp)]));
      post({ id: data.id, type: 'progress', step: 'drawing' });
      const started = performance.now();
      const result = await makeArchive(data.plan, data.followUp, data.forms, faces, issuer, new Date(data.today));
      post({ id: data.id, type: 'done', bytes: result.bytes, warnings: result.warnings, fileName: result.fileName, drawMs: performance.now() - started }, [result.bytes.buffer as ArrayBuffer]);
      return;
    }
    // Everything fetched first (fonts the text needs, the logo): from here on it is drawing alone.
    const fill = data.type === 'plan' ? fillFromFollowUp(data.followUp) : data.fill;
    const [{ issuer }] = await Promise.all([browserPdfSetup(data.municipality), faces.prepare(facesFor(fillTexts(fill)))]);
    post({ id: data.id, type: 'progress', step: 'drawing' });
    const started = performance.now();
    const date = new Date(data.today);
    if (data.type === 'form') {
      const result = await buildFormPdf({ ...data.form, reviewed: date }, faces, issuer, data.fill, date);
      const bytes = result.bytes;
      post({ id: data.id, type: 'done', bytes, warnings: result.warnings, fileName: data.fileName, drawMs: performance.now() - started }, [bytes.buffer as ArrayBuffer]);
      return;
    }
    const { plan, followUp } = data;
    const result = await buildPlanPdf(tailorPlan(plan, followUp), faces, issuer, fill as PlanFill, date);
    const bytes = result.bytes;
    post({ id: data.id, type: 'done', bytes, warnings: result.warnings, fileName: filledPlanFileName(plan.slug, date), drawMs: performance.now() - started }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    post({ id: data.id, type: 'error', message: (error as Error).message });
  }
};
