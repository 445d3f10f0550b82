/**
 * One side of the tagging benchmark (pdf-types.ts): a thread that makes every document type
 * one way all its life (tagged, or untagged in one of two ways), as the browser's PDF worker makes only tagged ones.
 * Asked for a block of builds of one type, it answers with its own CPU time per build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { benchSwitch } from '../../src/lib/pdf/document.ts';
import { pdfTypeBuilders } from './pdf-types.ts';

/** tagged: as shipped; before: as before tagging; compact: untagged, written as shipped (see benchSwitch). */
const { root, side } = workerData as { root: string; side: 'tagged' | 'before' | 'compact' };
benchSwitch.untagged = side !== 'tagged';
benchSwitch.compactWriter = side === 'compact';
const builders = new Map(await pdfTypeBuilders(root));
/** This thread's CPU time in ms: other threads and processes are not counted. */
const threadCpu = () => {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
};

parentPort!.on('message', async ({ type, builds }: { type: string; builds: number }) => {
  const build = builders.get(type)!;
  let bytes = 0;
  const cpu = threadCpu();
  const wall = performance.now();
  for (let i = 0; i < builds; i++) bytes = (await build()).bytes.length;
  parentPort!.postMessage({ cpuMs: (threadCpu() - cpu) / builds, wallMs: (performance.now() - wall) / builds, bytes });
});
parentPort!.postMessage({ ready: true });
