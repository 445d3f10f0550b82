/// <reference lib="webworker" />
/**
 * Makes the filled plan PDF off the main thread, so the page never freezes (on a cheap
 * phone the work takes seconds). Messages: see PdfRequest and PdfReply in browser.ts.
 */
import type { Issuer } from './document.ts';
import { facesFrom } from './document.ts';
import type { LogoSource } from './logo.ts';
import { buildPlanPdf } from './plan-pdf.ts';
import { fillFromFollowUp, filledPlanFileName } from './plan-fill.ts';
import { tailorPlan } from '../followup/tailor.ts';
import { browserFontLoader } from './browser-fonts.ts';
import { facesForText, type FontFaceId } from './font-files.ts';
import type { PdfReply, PdfRequest } from './browser.ts';

declare const self: DedicatedWorkerGlobalScope;

async function fetchLogo(url: string | undefined): Promise<LogoSource | undefined> {
  if (!url) return undefined;
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    if (new URL(url).pathname.endsWith('.svg')) return { type: 'svg', text: await response.text() };
    return { type: 'png', bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch {
    return undefined; // The plan matters more than the logo.
  }
}

const logos = new Map<string, Promise<LogoSource | undefined>>();
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
    const { plan, followUp, municipality, today } = data;
    const logoUrl = municipality.logoUrl ?? '';
    if (!logos.has(logoUrl)) logos.set(logoUrl, fetchLogo(municipality.logoUrl));
    const issuer: Issuer = { name: municipality.name, brandColor: municipality.brandColor, logo: await logos.get(logoUrl) };
    post({ id: data.id, type: 'progress', step: 'drawing' });
    const date = new Date(today);
    const result = await buildPlanPdf(tailorPlan(plan, followUp), faces, issuer, fillFromFollowUp(followUp), date);
    const bytes = result.bytes;
    post({ id: data.id, type: 'done', bytes, warnings: result.warnings, fileName: filledPlanFileName(plan.slug, date) }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    post({ id: data.id, type: 'error', message: (error as Error).message });
  }
};
