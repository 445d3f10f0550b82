import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { nodePdfSetup } from '../node.ts';
import { PdfCache, entryKey, pdfCacheDir, sharedInputsHash } from './cache.ts';
import { linkOrCopy } from '../../build-cache.ts';
import { makePdf, prebuildJobs, type PdfJob } from './jobs.ts';

export interface PrebuildResult {
  /** Each PDF's path in the site, its file in the cache (where it is copied from) and size. */
  files: { path: string; source: string; size: number; cached: boolean }[];
  built: number;
  cached: number;
  threads: number;
}

/** Below this many PDFs to draw, starting threads costs more than it saves. */
const MIN_JOBS_FOR_THREADS = 4;

/** Draws jobs on worker threads (one per core, at most 4), each taking the next job when free. */
async function drawInThreads(root: string, jobs: PdfJob[], threads: number): Promise<Uint8Array[]> {
  const results: Uint8Array[] = new Array(jobs.length);
  let next = 0;
  const entry = join(root, 'src', 'lib', 'pdf', 'prebuild', 'worker.ts');
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const give = () => {
        if (next >= jobs.length) return resolve();
        const n = next++;
        worker.postMessage({ ...jobs[n], n });
      };
      worker.on('message', (reply: { n: number; bytes?: Uint8Array; error?: string }) => {
        if (reply.error) return reject(new Error(`PDF for ${jobs[reply.n]!.path}: ${reply.error}`));
        results[reply.n] = reply.bytes!;
        give();
      });
      worker.on('error', reject);
      give();
    });
  const workers = Array.from({ length: threads }, () => new Worker(entry, { workerData: { root } }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * Every prebuilt PDF of the site: from the cache when its inputs are unchanged, the rest
 * drawn in parallel on worker threads.
 */
export async function prebuildPdfs(root: string, options: { threads?: number } = {}): Promise<PrebuildResult> {
  const { issuer, faces } = await nodePdfSetup(root);
  const cache = new PdfCache(pdfCacheDir(root));
  const shared = sharedInputsHash(root, issuer);
  const jobs = prebuildJobs(root).map((job) => ({ job, key: entryKey(shared, job.kind, job.id, job.data) }));
  const files: PrebuildResult['files'] = [];
  const misses: typeof jobs = [];
  for (const item of jobs) {
    const size = cache.find(item.key);
    if (size !== undefined) files.push({ path: item.job.path, source: cache.file(item.key), size, cached: true });
    else misses.push(item);
  }
  const threads = Math.min(options.threads ?? Math.min(availableParallelism(), 4), misses.length >= MIN_JOBS_FOR_THREADS ? misses.length : 0);
  const drawn = threads > 1 ? await drawInThreads(root, misses.map((m) => m.job), threads) : await Promise.all(misses.map((m) => makePdf(m.job, faces, issuer)));
  misses.forEach((m, i) => {
    cache.set(m.key, drawn[i]!);
    files.push({ path: m.job.path, source: cache.file(m.key), size: drawn[i]!.length, cached: false });
  });
  cache.prune();
  return { files, built: misses.length, cached: jobs.length - misses.length, threads: Math.max(threads, 1) };
}

/** Puts the PDFs into a built site (hard links into the cache, see linkOrCopy); returns their total size in bytes. */
export async function writePrebuilt(siteDir: string, result: PrebuildResult): Promise<number> {
  let bytes = 0;
  const dirs = new Set(result.files.map((f) => join(siteDir, f.path, '..')));
  await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
  for (const file of result.files) {
    linkOrCopy(file.source, join(siteDir, file.path));
    bytes += file.size;
  }
  return bytes;
}
