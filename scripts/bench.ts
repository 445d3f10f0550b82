/**
 * npm run bench: how fast the site builds and how heavy it is for a visitor. Not a test:
 * it prints tables, compares with budgets.json ("OVER BUDGET: …" lines) and writes
 * .bench/bench-results.json. Exit code is always 0.
 *
 * Usage: node scripts/bench.ts [--quick] [--no-scale]
 *   --quick     skip the build with 1,000 extra plans (keeps the 100-plan build)
 *   --no-scale  skip the scaling builds altogether
 *
 * Steps: a full build of the default site into a temp folder (split into Astro, Pagefind
 * and PDFs from the build log); HTML/CSS/JS bytes of a content page, a plan page and the
 * search page; Pagefind bytes and query time in Chromium; PDF time per plan in Node and in
 * the browser; offline support (size and time of "save for offline", offline page loads);
 * then builds of a copy of the repository with 100 and 1,000 extra plans.
 */
import { cpus, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMunicipality } from '../src/lib/municipality.ts';
import { readCollection } from '../src/lib/content-check/read-collection.ts';
import { timedBuild } from './bench/build.ts';
import { pageWeight, type PageWeight } from './bench/weights.ts';
import { nodePdfTimes, prebuiltPdfSizes } from './bench/pdf.ts';
import { browserTimes } from './bench/browser.ts';
import { scaleRuns } from './bench/scale.ts';
import { offlineTimes } from './bench/offline.ts';

const args = new Set(process.argv.slice(2));
const root = process.cwd();
const { basePath } = loadMunicipality();
const scratch = mkdtempSync(join(tmpdir(), 'praksis-bench-'));
const log = (s: string) => console.error(s);

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (n: number) => `${Math.round(n)} ms`;

function table(title: string, head: string[], rows: (string | number)[][]): void {
  const all = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of all.slice(1)) console.log(line(r));
}

try {
  const siteDir = join(scratch, 'site');
  log('Building the default site …');
  const build = await timedBuild(root, siteDir, join(scratch, 'cache-site'));

  log('Measuring page weights …');
  const weights: Record<string, PageWeight> = {
    content: pageWeight(siteDir, basePath, '/handbok/om-handboka/'),
    plan: pageWeight(siteDir, basePath, '/planer/renhold/'),
    search: pageWeight(siteDir, basePath, '/sok/'),
  };

  log('Timing PDFs in Node …');
  const nodePdf = await nodePdfTimes(root);
  const pdfSizes = prebuiltPdfSizes(siteDir);

  log('Timing search and PDFs in Chromium …');
  const planSlugs = readCollection(root, 'planer').filter((p) => !p.data.draft).map((p) => p.id);
  const browser = await browserTimes(siteDir, basePath, planSlugs);

  log('Offline support: saving the handbook, then pages offline …');
  const offline = await offlineTimes(siteDir, basePath);

  const steps = args.has('--no-scale') ? [] : args.has('--quick') ? [100] : [100, 1000];
  if (steps.length) log('Scaling builds (a copy of the repository with extra plans) …');
  const scale = await scaleRuns(root, scratch, steps, planSlugs.length, log);

  // ---- Tables -------------------------------------------------------------------------
  table('Full build of the default site', ['step', 'time', 'share'], [
    ['Astro (pages, bundling)', sec(build.astroMs), `${Math.round((100 * build.astroMs) / build.totalMs)} %`],
    ['Pagefind search index', sec(build.pagefindMs), `${Math.round((100 * build.pagefindMs) / build.totalMs)} %`],
    [`PDFs (${build.pdfCount}, ${build.pdfKb} kB)`, sec(build.pdfMs), `${Math.round((100 * build.pdfMs) / build.totalMs)} %`],
    ['total', sec(build.totalMs), '100 %'],
    [`per page (${build.pages} pages, ${build.htmlFiles} HTML files)`, ms(build.msPerPage), ''],
  ]);

  const weightRow = (name: string, w: PageWeight) => [
    name, `${kb(w.html.raw)} / ${kb(w.html.gzip)}`, `${kb(w.css.raw)} / ${kb(w.css.gzip)} (${w.css.files.length})`,
    `${kb(w.js.raw)} / ${kb(w.js.gzip)} (${w.js.files.length})`, w.lazyJs.files.length ? `${kb(w.lazyJs.raw)} / ${kb(w.lazyJs.gzip)}` : '–',
  ];
  table('Page weight (raw / gzip, files in brackets; lazy = loaded on demand by import())', ['page', 'HTML', 'CSS', 'JS at load', 'lazy JS'], [
    weightRow(`content ${weights.content!.path}`, weights.content!),
    weightRow(`plan ${weights.plan!.path}`, weights.plan!),
    weightRow(`search ${weights.search!.path}`, weights.search!),
  ]);
  console.log(`  plan page JS: ${weights.plan!.jsChunks.files.map((f) => f.split('/').pop()).join(', ')}`);

  const s = browser.search;
  table('Search in Chromium (Pagefind)', ['measure', 'value'], [
    [`first query «${s.query}»: navigation → first result`, ms(s.firstResultMs)],
    ['Pagefind files fetched for it', `${s.pagefindRequests} files, ${kb(s.pagefindBytes)}`],
    ...s.files.slice(0, 4).map((f) => [`  ${f.path}`, kb(f.bytes)]),
    [`second query «${s.secondQuery}» on the same page`, `${ms(s.secondQueryMs)}, ${kb(s.secondQueryBytes)} more`],
  ]);

  const prebuilt = new Map(pdfSizes.map((p) => [p.file, p.bytes]));
  table('Plan PDFs: time to make (Node = build, browser = "Last ned utfylt plan (PDF)")', ['plan', 'Node', 'browser 1st', 'browser 2nd', 'blank PDF', 'filled PDF'],
    planSlugs.map((slug) => {
      const n = nodePdf.plans.find((p) => p.slug === slug);
      const b = browser.pdf.find((p) => p.slug === slug);
      return [slug, n ? ms(n.ms) : '–', b ? ms(b.coldMs) : '–', b ? ms(b.warmMs) : '–', kb(prebuilt.get(`pdf/planer/${slug}.pdf`) ?? 0), b ? kb(b.bytes) : '–'];
    }),
  );
  console.log(`  fonts loaded once in Node: ${ms(nodePdf.fontsMs)}; all prebuilt PDFs: ${pdfSizes.length} files, ${kb(pdfSizes.reduce((t, p) => t + p.bytes, 0))}`);

  table('Offline support (Chromium, local server)', ['measure', 'value'], [
    [`"Lagre håndboka for bruk uten nett": ${offline.saveFiles} files`, `${kb(offline.saveBytes)} (${(offline.saveBytes / 1e6).toFixed(1)} MB)`],
    ...Object.entries(offline.byFolder).sort((a, b) => b[1] - a[1]).map(([folder, bytes]) => [`  ${folder}`, kb(bytes)]),
    ['time to save it (click → "lagret")', ms(offline.saveMs)],
    ['sw.js (raw / gzip)', `${kb(offline.swBytes)} / ${kb(offline.swGzip)}`],
    ['registration script on every page (raw / gzip)', `${kb(weights.content!.js.raw)} / ${kb(weights.content!.js.gzip)}`],
    [`offline page, median of ${offline.navigations.length}: HTML from the worker`, ms(offline.htmlMs)],
    ['  … page readable (DOMContentLoaded)', ms(offline.readyMs)],
    ['  … all loaded (load event)', ms(offline.loadMs)],
    ['same pages online, no worker: HTML / readable / loaded', `${ms(offline.baseline.htmlMs)} / ${ms(offline.baseline.readyMs)} / ${ms(offline.baseline.loadMs)}`],
  ]);

  if (scale.length) {
    table('Build time as plans grow (copies of renhold.yaml)', ['plans', 'pages', 'total', 'Astro', 'Pagefind', 'PDFs', 'per page'], [
      [planSlugs.length, build.pages, sec(build.totalMs), sec(build.astroMs), sec(build.pagefindMs), sec(build.pdfMs), ms(build.msPerPage)],
      ...scale.map((r) => [r.plans, r.pages, sec(r.totalMs), sec(r.astroMs), sec(r.pagefindMs), sec(r.pdfMs), ms(r.msPerPage)]),
    ]);
  }

  // ---- Budgets -----------------------------------------------------------------------
  const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')) as Record<string, number>;
  const actual: Record<string, number> = {
    contentPageJsBytes: weights.content!.js.raw,
    cssPerPageGzip: Math.max(...Object.values(weights).map((w) => w.css.gzip)),
    planPageJsGzip: weights.plan!.jsChunks.gzip,
    fullBuildSeconds: Math.round(build.totalMs / 100) / 10,
    offlineSaveBytes: offline.saveBytes,
    offlineSaveSeconds: Math.round(offline.saveMs / 100) / 10,
    offlineNavigationMs: Math.round(offline.htmlMs),
  };
  console.log('\nBudgets (budgets.json)');
  for (const [name, limit] of Object.entries(budgets)) {
    const value = actual[name];
    if (value === undefined) console.log(`  ${name}: no measurement with that name`);
    else if (value > limit) console.log(`OVER BUDGET: ${name} = ${value} (budget ${limit})`);
    else console.log(`  ok  ${name} = ${value} (budget ${limit})`);
  }

  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpu: cpus()[0]?.model ?? '?', cores: cpus().length },
    build, weights, nodePdf, pdfSizes, browser, offline, scale, budgets, actual,
  };
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench', 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote .bench/bench-results.json');
} catch (error) {
  console.error(`bench stopped: ${(error as Error).stack ?? error}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
