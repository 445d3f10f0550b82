/**
 * One part of `npm run bench` alone, with its medians and the budgets it answers to, for work
 * on that part without the whole run (which builds the site three times and takes long).
 *
 * Usage: node scripts/bench/run-part.ts pdf [--site DIR] [--rounds N] [--only TYPE]
 *   pdf        tagging time per document type (Node) and the archive package on a throttled
 *              phone profile (Chromium): budgets pdfTaggingTimePercent and archiveThrottledMs
 *   --site     a site built before (astro build --outDir DIR), instead of building one now;
 *              it must be built from the code measured (the archive runs the built chunk)
 *   --rounds   timed rounds: rounds of fresh threads per document type (default 15, see
 *              pdf-types.ts) and archive clicks (default 5)
 *   --only     only the document types whose name contains this (e.g. "sign-in")
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { launchChromium } from '../../tests/support/browser.ts';
import { buildSite } from '../../tests/support/build-site.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { archiveClick } from './pdf-archive.ts';
import { pdfTypeNumbers, printPdfTypes, taggingTimePercent } from './pdf-types.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { site: { type: 'string' }, rounds: { type: 'string' }, only: { type: 'string' } } });
const part = positionals[0];
if (part !== 'pdf') {
  console.error('Usage: node scripts/bench/run-part.ts pdf [--site DIR] [--rounds N] [--only TYPE]');
  process.exit(2);
}
const root = process.cwd();
const rounds = values.rounds ? Number(values.rounds) : undefined;
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')) as Record<string, number>;
const load = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${cpus().length} cores`;

let scratch: string | undefined;
let siteDir = values.site;
if (!siteDir) {
  scratch = mkdtempSync(join(tmpdir(), 'praksis-bench-part-'));
  siteDir = join(scratch, 'site');
  console.error('Building the site …');
  buildSite(root, siteDir);
}
try {
  console.log(`Tagged and untagged PDFs per document type (Node, CPU time; ${load()})`);
  const types = await pdfTypeNumbers(root, { ...(rounds ? { rounds } : {}), ...(values.only ? { only: values.only } : {}) });
  printPdfTypes(types);

  const site = await serveStatic(siteDir, loadMunicipality().basePath);
  const browser = await launchChromium();
  try {
    console.log(`\n«Last ned for arkivering», 3 referats + praksisavtale + plan, 4× CPU (${load()})`);
    const a = await archiveClick(browser, site.url, siteDir, root, rounds ?? 5);
    console.log(`  ${Math.round(a.ms)} ms, median of ${a.rounds.length} (${a.rounds.join(', ')} ms); measured ${Math.round(a.measuredMs)} ms, worker drawing ${Math.round(a.drawMs)} ms counted ×4; zip ${(a.zipBytes / 1024).toFixed(1)} kB`);
    const actual = { pdfTaggingTimePercent: taggingTimePercent(types), archiveThrottledMs: Math.round(a.ms) };
    console.log('\nBudgets (budgets.json)');
    for (const [name, value] of Object.entries(actual)) {
      const limit = budgets[name]!;
      console.log(`${value > limit ? 'OVER BUDGET:' : '  ok '} ${name} = ${value} (budget ${limit})`);
      if (value > limit) process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await site.close();
  }
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
