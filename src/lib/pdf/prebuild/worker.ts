/**
 * A worker thread of the PDF build step: receives jobs, answers with the PDF bytes.
 * Each thread loads its own fonts once (on first use) and keeps them for all its jobs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { nodePdfSetup } from '../node.ts';
import { makePdf, type PdfJob } from './jobs.ts';

const { root } = workerData as { root: string };
const setup = nodePdfSetup(root);

parentPort!.on('message', async (job: PdfJob & { n: number }) => {
  try {
    const { faces, issuer } = await setup;
    const bytes = await makePdf(job, faces, issuer);
    parentPort!.postMessage({ n: job.n, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ n: job.n, error: (error as Error).stack ?? String(error) });
  }
});
