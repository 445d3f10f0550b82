/**
 * The tagging benchmark's builder (pdf-types.ts): a thread that makes blocks of one document
 * type one way (tagged, or untagged in one of two ways), as the browser's PDF worker makes only tagged ones.
 * Asked for a block of builds of one type, it answers with its own CPU time per build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { benchSwitch } from '../../src/lib/pdf/document.ts';
import { pdfTypeBuilders } from './pdf-types.ts';

const { root } = workerData as { root: string };
const builders = new Map(await pdfTypeBuilders(root));
/** This thread's CPU time in ms: other threads and processes are not counted. */
const threadCpu = () => {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
};

/** tagged: as shipped; before: as before tagging; compact: untagged, written as shipped (see benchSwitch). */
parentPort!.on('message', async ({ type, builds, side }: { type: string; builds: number; side: 'tagged' | 'before' | 'compact' }) => {
  benchSwitch.untagged = side !== 'tagged';
  benchSwitch.compactWriter = side === 'compact';
  const build = builders.get(type)!;
  let bytes = 0;
  const cpu = threadCpu();
  const wall = performance.now();
  for (let i = 0; i < builds; i++) bytes = (await build()).bytes.length;
  parentPort!.postMessage({ cpuMs: (threadCpu() - cpu) / builds, wallMs: (performance.now() - wall) / builds, bytes });
});
parentPort!.postMessage({ ready: true });
