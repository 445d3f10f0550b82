/**
 * The PDF build step on its own, as `astro build` runs it: every blank plan and form PDF,
 * from the cache (PRAKSIS_CACHE_DIR or node_modules/.cache/praksis-pdf) where the inputs
 * are unchanged, the rest drawn on worker threads. Used by the benchmark and the cache test.
 *
 * Usage: node scripts/prebuild-pdfs.ts --out <folder> [--threads N]
 * Prints one JSON line: { ms, built, cached, threads, files: [{ path, cached, bytes }] }.
 */
import { prebuildPdfs, writePrebuilt } from '../src/lib/pdf/prebuild/build.ts';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = value('--out');
if (!out) {
  console.error('Bruk: node scripts/prebuild-pdfs.ts --out <mappe> [--threads N]');
  process.exit(2);
}
const started = performance.now();
const threads = value('--threads');
const result = await prebuildPdfs(process.cwd(), threads ? { threads: Number(threads) } : {});
await writePrebuilt(out, result);
const ms = Math.round(performance.now() - started);
console.log(JSON.stringify({ ms, built: result.built, cached: result.cached, threads: result.threads, files: result.files.map((f) => ({ path: f.path, cached: f.cached, bytes: f.size })) }));
