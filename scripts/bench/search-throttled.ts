/**
 * Only the throttled search figure of `npm run bench` (browser.ts searchTiming through the slow
 * line with 4× CPU), on an already built dist/, N times; for working on the search page's speed
 * without the whole bench. `--waterfall` prints each request up to the first result.
 *
 *   node scripts/bench/search-throttled.ts [dist] [--runs=3] [--waterfall] [--query=trekantsamtale]
 *
 * Waterfall columns: asked for, sent (all six connections busy until then), done; ms from navigation.
 */
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { searchTiming } from './browser.ts';
import { slowLine } from './slow-line.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const runs = Number(flag('runs') ?? 3);
const query = flag('query') ?? 'trekantsamtale';

const site = await serveStatic(dir, '/');
const browser = await launchChromium();
const times: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const line = await slowLine(site.url);
    const context = await browser.newContext();
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const t = await searchTiming(page, line.url, query);
    await context.close();
    await line.close();
    times.push(t.firstResultMs);
    console.log(`run ${i + 1}: first result ${Math.round(t.firstResultMs)} ms; ${t.beforeFirst.requests} requests, ${(t.beforeFirst.bytes / 1024).toFixed(1)} kB before it`);
    if (args.includes('--waterfall')) {
      for (const r of t.waterfall) {
        console.log(`  ${String(Math.round(r.startMs)).padStart(6)} ${String(Math.round(r.sentMs)).padStart(6)} → ${String(Math.round(r.endMs)).padStart(6)} ms ${(r.bytes / 1024).toFixed(1).padStart(6)} kB ${r.serviceWorker ? 'sw ' : '   '}${r.path}`);
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms of ${times.map(Math.round).join(', ')}`);
