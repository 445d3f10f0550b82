/**
 * The PDF code the follow-up views load on demand ("Last ned utfylt plan"). The work runs
 * in a Web Worker (pdf-worker.ts): pdf-lib, the fonts a text needs and, only for scripts
 * that must be shaped, fontkit are fetched there, from this site, never from elsewhere.
 *
 * Contract for the views: `downloadFilledPlan({ plan, followUp, municipality })` resolves
 * to `{ warnings }` once the file is saved. `onProgress` (optional) reports the steps, and
 * `preparePdf()` warms the worker and the Latin fonts when the page is idle, so the first
 * click costs what the second does.
 */
import type { Plan } from '../plan/model.ts';
import type { FollowUp } from '../followup/types.ts';
import { download } from '../download.ts';

import type { PdfMunicipality } from './browser-setup.ts';
import type { FormFill, PdfForm } from './form-pdf.ts';
import { todayIso } from '../dates.ts';
export type { PdfMunicipality };

/** Steps a view can show: the code and fonts load, then the pages are drawn, then the file is saved. */
export type PdfStep = 'loading' | 'drawing' | 'saving';

export type PdfRequest =
  | { id: number; type: 'prepare'; texts: string[]; municipality?: PdfMunicipality }
  | { id: number; type: 'plan'; plan: Plan; followUp: FollowUp; municipality: PdfMunicipality; today: string }
  | { id: number; type: 'form'; form: Omit<PdfForm, 'reviewed'>; fill: FormFill; fileName: string; municipality: PdfMunicipality; today: string }
  | { id: number; type: 'archive'; plan: Plan; followUp: FollowUp; forms: Record<string, Omit<PdfForm, 'reviewed'>>; municipality: PdfMunicipality; today: string };

export type PdfReply =
  | { id: number; type: 'progress'; step: PdfStep }
  | { id: number; type: 'done'; bytes?: Uint8Array; warnings?: string[]; fileName?: string; drawMs?: number }
  | { id: number; type: 'error'; message: string };

type Done = Extract<PdfReply, { type: 'done' }>;
interface Pending {
  resolve(reply: Done): void;
  reject(error: Error): void;
  onProgress?: (step: PdfStep) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function pdfWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  worker.onmessage = ({ data }: MessageEvent<PdfReply>) => {
    const job = pending.get(data.id);
    if (!job) return;
    if (data.type === 'progress') job.onProgress?.(data.step);
    else {
      pending.delete(data.id);
      if (data.type === 'done') job.resolve(data);
      else job.reject(new Error(data.message));
    }
  };
  worker.onerror = (event) => {
    // A worker that failed to load (offline, old browser) is made anew on the next click.
    worker = undefined;
    for (const job of pending.values()) job.reject(new Error(event.message || 'PDF-arbeideren stoppet'));
    pending.clear();
  };
  return worker;
}

type Job<T extends PdfRequest['type']> = Omit<Extract<PdfRequest, { type: T }>, 'id'>;

function ask(request: Job<'prepare'> | Job<'plan'> | Job<'form'> | Job<'archive'>, onProgress?: (step: PdfStep) => void): Promise<Done> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    pdfWorker().postMessage({ ...request, id });
  });
}

let prepared: Promise<void> | undefined;

/** The strings a follow-up puts into the PDF, to warm the fonts they need. */
function followUpTexts(followUp: FollowUp): string[] {
  return [followUp.alias, followUp.workplace, followUp.mentor, followUp.caseworker, ...Object.values(followUp.assessments).map((a) => a.note ?? ''), ...followUp.meetings.map((m) => m.agreed)].filter((t): t is string => Boolean(t));
}

/** The logo's address made absolute: the worker's own address is the script's, not the page's. */
function withAbsoluteLogo(municipality: PdfMunicipality): PdfMunicipality {
  return { ...municipality, logoUrl: municipality.logoUrl ? new URL(municipality.logoUrl, location.href).href : undefined };
}

/**
 * Loads the PDF code and the Latin fonts ahead of the first click, and draws a sample plan
 * once so the engine has compiled the drawing code (given the follow-up, also the faces and
 * shaping code its names and notes need; given the municipality, its logo). Safe to call
 * many times; the worker does each part once.
 */
export function preparePdf(followUp?: FollowUp, municipality?: PdfMunicipality): Promise<void> {
  const extra = municipality ? { municipality: withAbsoluteLogo(municipality) } : {};
  if (followUp || municipality) return ask({ type: 'prepare', texts: followUp ? followUpTexts(followUp) : [], ...extra }).then(() => undefined, () => undefined);
  prepared ??= ask({ type: 'prepare', texts: [] }).then(
    () => undefined,
    () => {
      prepared = undefined; // try again on the click
    },
  );
  return prepared;
}

/** Builds the participant's tailored, pre-filled plan and saves it; returns what could not be shown right. */
export async function downloadFilledPlan({
  plan,
  followUp,
  municipality,
  onProgress,
}: {
  plan: Plan;
  followUp: FollowUp;
  municipality: PdfMunicipality;
  onProgress?: (step: PdfStep) => void;
}): Promise<{ warnings: string[]; drawMs?: number }> {
  onProgress?.('loading');
  const reply = await ask({ type: 'plan', plan, followUp, municipality: withAbsoluteLogo(municipality), today: new Date().toISOString() }, onProgress);
  onProgress?.('saving');
  download(reply.fileName!, reply.bytes!, 'application/pdf');
  // drawMs: how long the worker drew and saved, fetching excluded (the bench needs it, see there).
  return { warnings: reply.warnings ?? [], drawMs: reply.drawMs };
}

/**
 * A form filled in the browser (issue 20), made by the same worker: the same fillable PDF as
 * the prebuilt one, with the answers in its fields. No name in the file name.
 */
export async function downloadFilledForm({ formId, form, fill, municipality, onProgress }: {
  formId: string;
  form: Omit<PdfForm, 'reviewed'>;
  fill: FormFill;
  municipality: PdfMunicipality;
  onProgress?: (step: PdfStep) => void;
}): Promise<{ warnings: string[] }> {
  onProgress?.('loading');
  const today = new Date();
  const fileName = `${formId}-utfylt-${todayIso(today)}.pdf`;
  const reply = await ask({ type: 'form', form, fill, fileName, municipality: withAbsoluteLogo(municipality), today: today.toISOString() }, onProgress);
  onProgress?.('saving');
  download(reply.fileName!, reply.bytes!, 'application/pdf');
  return { warnings: reply.warnings ?? [] };
}

/**
 * The archive package of one follow-up («Last ned for arkivering», issue 30): the filled
 * plan and every form filled for it as tagged PDFs, with a list of the documents, in one
 * zip made by the same worker. `forms` are the definitions of the forms the follow-up has
 * answers for (skjema/<id>.json). No name in any file name.
 */
export async function downloadArchive({ plan, followUp, forms, municipality, onProgress }: {
  plan: Plan;
  followUp: FollowUp;
  forms: Record<string, Omit<PdfForm, 'reviewed'>>;
  municipality: PdfMunicipality;
  onProgress?: (step: PdfStep) => void;
}): Promise<{ warnings: string[]; drawMs?: number }> {
  onProgress?.('loading');
  const reply = await ask({ type: 'archive', plan, followUp, forms, municipality: withAbsoluteLogo(municipality), today: new Date().toISOString() }, onProgress);
  onProgress?.('saving');
  download(reply.fileName!, reply.bytes!, 'application/zip');
  return { warnings: reply.warnings ?? [], drawMs: reply.drawMs };
}
