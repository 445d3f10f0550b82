/**
 * npm run bench: how fast the site builds and how heavy it is for a visitor. Not a test:
 * it prints tables, compares with budgets.json ("OVER BUDGET: …" lines) and writes
 * .bench/bench-results.json. Exit code 1 when a budget is breached or a step fails, else 0.
 *
 * Usage: node scripts/bench.ts [--quick] [--no-scale]
 *   --quick     skip the build with 1,000 extra plans (keeps the 100-plan build)
 *   --no-scale  skip the scaling builds altogether
 * One part alone (tagging time and the archive package): node scripts/bench/run-part.ts pdf
 *
 * Steps: a full build of the default site into a temp folder (split into Astro, Pagefind
 * and PDFs from the build log); HTML/CSS/JS bytes of a content page, a plan page and the
 * search page, and what each costs on the wire in Chromium (fonts included); Pagefind
 * bytes and query time, also with a 4× slower CPU and Slow 4G; the first and second
 * "Last ned utfylt plan" (bytes, time, longest main-thread task; see bench/pdf-click.ts);
 * PDF time per plan in Node; the PDF build step with a cold and a warm cache; then builds
 * of a copy of the repository with 100 and 1,000 extra plans, the largest once more with
 * nothing changed.
 * Offline support: size and time of "save for offline", offline page loads.
 * A phone (bench/phone.ts): what a first visit to a chapter costs with the worker's fetches
 * (20 s, fresh browser), heading and first search result positions at 360 × 740, menu JS.
 */
import { cpus, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMunicipality } from '../src/lib/municipality.ts';
import { readCollection } from '../src/lib/content-check/read-collection.ts';
import { timedBuild, type BuildTiming } from './bench/build.ts';
import { cssOverAllPages, designsystemetUse, pageWeight, type PageWeight } from './bench/weights.ts';
import { nodePdfTimes, prebuildTimes, prebuiltPdfSizes } from './bench/pdf.ts';
import { pdfTypeNumbers, signed, taggingTimePercent, taggingTimePercentAll } from './bench/pdf-types.ts';
import { browserTimes } from './bench/browser.ts';
import { scaleRuns } from './bench/scale.ts';
import { searchBench } from './bench/search.ts';
import { workspaceTimes } from './bench/workspace.ts';
import { languageBench } from './bench/languages.ts';
import { meetingNumbers } from './bench/meeting.ts';
import { offlineTimes } from './bench/offline.ts';
import { phoneBench } from './bench/phone.ts';

const args = new Set(process.argv.slice(2));
const root = process.cwd();
const { basePath } = loadMunicipality();
const scratch = mkdtempSync(join(tmpdir(), 'praksis-bench-'));
const log = (s: string) => console.error(s);

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (n: number) => `${Math.round(n)} ms`;
const growth = (after: number, before: number) => `${after >= before ? '+' : ''}${((after / before - 1) * 100).toFixed(1)} %`;

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
    quality: pageWeight(siteDir, basePath, '/kvalitetssjekk/'),
    workspace: pageWeight(siteDir, basePath, '/oppfolging/'),
  };
  const cssAll = cssOverAllPages(siteDir, basePath);
  const designsystemet = await designsystemetUse(root, siteDir);

  log('Timing PDFs in Node …');
  const nodePdf = await nodePdfTimes(root);
  log('Timing each PDF type tagged and untagged …');
  const pdfTypes = await pdfTypeNumbers(root);
  const pdfSizes = prebuiltPdfSizes(siteDir);
  log('Timing the PDF build step with a cold and a warm cache …');
  const prebuild = prebuildTimes(root, scratch);

  log('Timing search and PDFs in Chromium …');
  const planSlugs = readCollection(root, 'planer').filter((p) => !p.data.draft).map((p) => p.id);
  const browser = await browserTimes(siteDir, basePath, { content: '/handbok/om-handboka/', plan: '/planer/renhold/', search: '/sok/' });

  log('Asking the search the everyday questions (tests/fixtures/search-questions.yaml) …');
  const searchQuality = await searchBench(siteDir, basePath);
  log('Timing the workspace with 10 follow-ups × 60 assessments × 10 meetings …');
  const workspace = await workspaceTimes(siteDir, basePath);
  log('A three-party meeting on a 360 px phone (10 tasks and the agreement), task rows, CLS …');
  const meeting = await meetingNumbers(siteDir, basePath);

  log('Offline support: saving the handbook, then pages offline …');
  const offline = await offlineTimes(siteDir, basePath);

  log('A phone: a first visit to a chapter (20 s, worker included), positions at 360 × 740 …');
  const readingPages = ['/handbok/om-handboka/', '/metoder/trekantsamtale/', '/planer/renhold/'];
  const phone = await phoneBench(siteDir, basePath, { chapter: '/handbok/om-handboka/', reading: readingPages });

  const steps = args.has('--no-scale') ? [] : args.has('--quick') ? [100] : [100, 1000];
  if (steps.length) log('Scaling builds (a copy of the repository with extra plans) …');
  const scale = await scaleRuns(root, scratch, steps, planSlugs.length, log);

  // ---- Tables -------------------------------------------------------------------------
  table('Full build of the default site', ['step', 'time', 'share'], [
    ['Astro (pages, bundling)', sec(build.astroMs), `${Math.round((100 * build.astroMs) / build.totalMs)} %`],
    ['Pagefind search index', sec(build.pagefindMs), `${Math.round((100 * build.pagefindMs) / build.totalMs)} %`],
    [`PDFs (${build.pdfCount}, ${build.pdfKb} kB), after the pages`, sec(build.pdfMs), `${Math.round((100 * build.pdfMs) / build.totalMs)} %`],
    ['total', sec(build.totalMs), '100 %'],
    [`  PDF step's own time (mostly alongside Astro)`, sec(build.pdfStepMs), ''],
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
    weightRow(`quality check ${weights.quality!.path}`, weights.quality!),
    weightRow(`workspace ${weights.workspace!.path}`, weights.workspace!),
  ]);
  console.log(`  plan page JS: ${weights.plan!.jsChunks.files.map((f) => f.split('/').pop()).join(', ')}`);

  table(`CSS per page, every built page (${cssAll.pages.length}): the five heaviest (gzip, file by file)`, ['page', 'CSS', 'files'],
    cssAll.pages.slice(0, 5).map((p) => [p.path, kb(p.gzip), p.files]));
  console.log(`  Designsystemet (all components + the generated theme) ${kb(designsystemet.whole)}; the parts the site imports ${kb(designsystemet.imported)}; `
    + `of those, what some page can use ${kb(designsystemet.used)} (the build drops the other ${kb(designsystemet.imported - designsystemet.used)}: rules no page can match, tokens nothing reads)`);

  table(`Workspace in Chromium (${workspace.followUps} follow-ups × ${workspace.assessments} assessments × ${workspace.meetings} meetings, ${workspace.storedKb} kB stored)`, ['measure', 'value'], [
    ['navigation → page HTML parsed (floor of this machine)', ms(workspace.shellMs)],
    ['navigation → list of follow-ups interactive', ms(workspace.listInteractiveMs)],
    ['navigation → one follow-up\'s phase view interactive', ms(workspace.followUpInteractiveMs)],
    ['a level change → saved in localStorage', `${workspace.saveMs.toFixed(1)} ms`],
  ]);
  table('The workspace on a 360 px phone (scripts/bench/meeting.ts)', ['measure', 'value'], [
    ['task row height, tallest / median in phase 1', `${meeting.rowHeightMax} / ${meeting.rowHeightMedian} px`],
    ['a meeting: assess 10 tasks and record the agreement, taps', meeting.taps],
    ['  the same meeting, scrolling', `${meeting.screenHeights} screen-heights`],
    ['CLS while /oppfolging/ loads (4× CPU, JS 400 ms late)', meeting.cls],
  ]);

  const s = browser.search;
  table('Search in Chromium (Pagefind)', ['measure', 'value'], [
    [`first query «${s.query}»: navigation → first result`, ms(s.firstResultMs)],
    ['Pagefind files fetched for it', `${s.pagefindRequests} files, ${kb(s.pagefindBytes)}`],
    ...s.files.slice(0, 4).map((f) => [`  ${f.path}`, kb(f.bytes)]),
    [`second query «${s.secondQuery}» on the same page`, `${ms(s.secondQueryMs)}, ${kb(s.secondQueryBytes)} more`],
  ]);

  const q = searchQuality.quality;
  const pct = (x: number) => `${Math.round(100 * x)} %`;
  table('Search quality: everyday questions through the search page', ['measure', 'value'], [
    ['questions asked (skipped: page not built yet)', `${q.asked} (${q.skipped.length})`],
    ['right page first (top-1)', `${q.top1.toFixed(2)} (${q.answers.filter((a) => a.rank === 1).length}/${q.asked})`],
    ['right page in the first five (top-5)', `${q.top5.toFixed(2)} (${q.answers.filter((a) => a.rank >= 1 && a.rank <= 5).length}/${q.asked})`],
    ['blind set (written from page titles only): top-1 / top-5', `${searchQuality.blind.top1.toFixed(2)} / ${searchQuality.blind.top5.toFixed(2)} of ${searchQuality.blind.asked}`],
    ['search index data, plain Pagefind', kb(searchQuality.index.plain)],
    ['search index data, with compound parts and synonyms', `${kb(searchQuality.index.withExtra)} (+${pct(searchQuality.index.withExtra / searchQuality.index.plain - 1)})`],
  ]);
  if (q.top1 < 0.7 || q.top5 < 0.95) console.log(`BELOW TARGET: search top-1 ${q.top1.toFixed(2)} (target 0.70), top-5 ${q.top5.toFixed(2)} (target 0.95)`);
  for (const a of q.answers.filter((x) => x.rank !== 1)) console.log(`  ${a.rank ? `#${a.rank}` : 'miss'}  «${a.q}» → ${a.page} (first: ${a.top[0] ?? 'none'})`);

  const w = browser.wire;
  table('On the wire, first visit with an empty cache (gzip as a server sends it)', ['page', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'total', 'requests'],
    (['content', 'plan', 'search'] as const).map((k) => [`${k} ${w[k].path}`, kb(w[k].html), kb(w[k].css), kb(w[k].js), kb(w[k].fonts), kb(w[k].images), kb(w[k].total), w[k].requests]),
  );
  const t = browser.searchThrottled;
  console.log(`  search «${t.query}», 4× CPU + Slow 4G: first result after ${ms(t.firstResultMs)} (median of ${(t.visitsMs ?? [t.firstResultMs]).map(ms).join(', ')}), ${t.pagefindRequests} Pagefind files (${kb(t.pagefindBytes)})`);
  console.log(`    before the first result, on the slow line: ${t.beforeFirst.requests} requests, ${kb(t.beforeFirst.bytes)}; of them the service worker's own ${t.beforeFirst.serviceWorkerRequests}, ${kb(t.beforeFirst.serviceWorkerBytes)}`);
  // PRAKSIS_BENCH_WATERFALL=1: each request before the first result (asked for, sent, done); see bench/search-throttled.ts.
  if (process.env.PRAKSIS_BENCH_WATERFALL) {
    for (const r of t.waterfall) console.log(`      ${ms(r.startMs).padStart(8)} ${ms(r.sentMs).padStart(8)} → ${ms(r.endMs).padStart(8)} ${kb(r.bytes).padStart(8)} ${r.serviceWorker ? 'sw ' : ''}${r.path}`);
  }

  const p = browser.pdf;
  const pt = browser.pdfThrottled;
  table('"Last ned utfylt plan" (renhold, Latin-only follow-up) in Chromium', ['measure', 'unthrottled', '4× CPU + Slow 4G'], [
    ['first click: fetched', kb(p.firstBytes), kb(pt.firstBytes)],
    ['first click: time to saved file', ms(p.firstMs), ms(pt.firstMs)],
    ['first click after preparePdf() on idle: fetched in all', kb(p.preparedBytes), kb(pt.preparedBytes)],
    ['first click after preparePdf(): time', ms(p.preparedMs), ms(pt.preparedMs)],
    ['second click: time', ms(p.secondMs), ms(pt.secondMs)],
    ['longest main-thread task during the clicks', ms(p.longestTaskMs), ms(pt.longestTaskMs)],
  ]);
  if (pt.measured) console.log(`  throttled, as measured before the worker's drawing is counted ×4 (Chromium does not slow workers; see bench/pdf-click.ts): ${ms(pt.measured.firstMs)} / ${ms(pt.measured.preparedMs)} / ${ms(pt.measured.secondMs)}`);
  console.log(`  files of the first click: ${p.files.map((f) => `${f.path.split('/').pop()} ${kb(f.bytes)}`).join(', ')}`);

  const prebuilt = new Map(pdfSizes.map((f) => [f.file, f.bytes]));
  table('Plan PDFs in Node (as the build makes them)', ['plan', 'time', 'blank PDF'],
    planSlugs.map((slug) => {
      const n = nodePdf.plans.find((x) => x.slug === slug);
      return [slug, n ? ms(n.ms) : '–', kb(prebuilt.get(`pdf/planer/${slug}.pdf`) ?? 0)];
    }),
  );
  console.log(`  per plan once the code is compiled (as in a long build): ${ms(nodePdf.steadyMs)}`);
  console.log(`  fonts loaded once in Node: ${ms(nodePdf.fontsMs)}; all prebuilt PDFs: ${pdfSizes.length} files, ${kb(pdfSizes.reduce((sum, f) => sum + f.bytes, 0))}`);
  const growthOf = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
  table('Tagged PDFs per document type (Node; untagged = as made before tagging, in the same run)', ['document', 'untagged', 'tagged', 'size +', 'untagged time', 'tagged time', 'time +', 'tree alone'],
    pdfTypes.map((n) => [n.type, kb(n.untaggedBytes), kb(n.bytes), growth(n.bytes, n.untaggedBytes), `${n.untaggedMs.toFixed(1)} ms`, `${n.ms.toFixed(1)} ms`, growthOf(n.timeGrowth), growthOf(n.treeGrowth)]),
  );
  console.log(`  time: CPU per document, the three ways built in blocks in turns in one fresh thread per round, median of ${pdfTypes[0]?.rounds.length ?? 0} rounds (scripts/bench/pdf-types.ts); all types together ${signed(taggingTimePercentAll(pdfTypes))} %`);
  console.log('  tree alone: tagged against untagged documents written by the same writer (src/lib/pdf/writer.ts), i.e. what the structure tree and XMP cost by themselves');
  const a = browser.archiveThrottled;
  console.log(`  «Last ned for arkivering», 3 referats + praksisavtale + plan, 4× CPU: ${ms(a.ms)}, median of ${a.rounds.length} (${a.rounds.join(', ')} ms; measured ${ms(a.measuredMs)}, worker drawing ${ms(a.drawMs)} counted ×4), zip ${kb(a.zipBytes)}`);
  console.log(`  PDF build step alone: cold cache ${ms(prebuild.coldMs)} (${prebuild.built} drawn on ${prebuild.threads} threads), warm cache ${ms(prebuild.warmMs)}`);

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

  table('A phone (Chromium, 360 × 740, fresh browser)', ['measure', 'value'], [
    [`first visit to ${phone.firstVisit.path}: all the server sent in 20 s (gzip)`, `${kb(phone.firstVisit.bytes)} in ${phone.firstVisit.requests} requests`],
    ...phone.firstVisit.files.map((f) => [`  ${f.path}`, kb(f.bytes)]),
    ...Object.entries(phone.headingTop).map(([path, top]) => [`heading top ${path}`, `${top} px`]),
    ['first search result top (sok/?q=fadder)', `${phone.firstSearchResultTop} px`],
    ['menu JavaScript on reading pages (gzip)', `${phone.menuJsGzip} B`],
  ]);

  if (scale.length) {
    // PDFs: the wait after the pages (part of the total); PDF step: its own time, mostly alongside Astro.
    const row = (label: string | number, r: BuildTiming) => [label, r.pages, sec(r.totalMs), sec(r.astroMs), sec(r.pagefindMs), sec(r.pdfMs), sec(r.pdfStepMs), ms(r.msPerPage)];
    table('Build time as plans grow (copies of renhold.yaml; cold = empty caches)', ['plans', 'pages', 'total', 'Astro', 'Pagefind', 'PDFs', 'PDF step', 'per page'], [
      row(planSlugs.length, build),
      ...scale.flatMap((r) => [row(r.plans, r), ...(r.warm ? [row(`${r.plans} again, nothing changed`, r.warm)] : [])]),
    ]);
  }

  const languages = languageBench(siteDir, basePath, weights.content!);
  table('Participant languages (issue 25)', ['measure', 'value'], [
    [`translated page ${languages.page}: its own JS (gzip)`, `${kb(languages.pageJsGzip)} (${languages.pageJsFiles.map((f) => f.split('/').pop()).join(', ') || 'none'})`],
    ['logbook strings, heaviest language (gzip)', kb(languages.logbookStringsGzip)],
    ...Object.entries(languages.logbookStringsByLanguage).map(([k, v]) => [`  ${k}`, kb(v)]),
    ['offline save growth with one language chosen (heaviest + shared)', kb(languages.offlineGrowthBytes)],
    ['all languages\' files together (not saved at once)', kb(languages.offlineAllLanguagesBytes)],
    ...Object.entries(languages.offlineByLanguage).map(([k, v]) => [`  ${k}`, kb(v)]),
  ]);

  // ---- Budgets -----------------------------------------------------------------------
  const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')) as Record<string, number>;
  const thousand = scale.find((r) => r.extraPlans === 1000);
  const actual: Record<string, number> = {
    contentPageJsBytes: weights.content!.js.raw,
    cssPerPageGzip: cssAll.pages[0]?.gzip ?? 0,
    contentPageCssGzip: weights.content!.css.gzip,
    planPageJsGzip: weights.plan!.jsChunks.gzip,
    qualityPageJsGzip: weights.quality!.jsChunks.gzip,
    planPageJsBytes: weights.plan!.js.raw,
    workspaceJsGzip: weights.workspace!.js.gzip,
    workspaceInteractiveMs: Math.round(workspace.listInteractiveMs),
    workspaceSaveMs: Math.round(workspace.saveMs * 10) / 10,
    taskRowHeightPx: meeting.rowHeightMax,
    meetingTaps: meeting.taps,
    meetingScreenHeights: meeting.screenHeights,
    workspaceCls: meeting.cls,
    fullBuildSeconds: Math.round(build.totalMs / 100) / 10,
    searchTop1: q.top1,
    searchTop5: q.top5,
    searchBlindTop5: searchQuality.blind.top5,
    fontBytesPerPage: Math.max(...Object.values(browser.wire).map((x) => x.fonts)),
    chapterWireBytes: browser.wire.content.total,
    searchFirstResultThrottledMs: Math.round(browser.searchThrottled.firstResultMs),
    pdfFirstClickBytes: browser.pdf.firstBytes,
    pdfFirstClickMs: Math.round(browser.pdf.preparedMs),
    pdfFirstClickColdMs: Math.round(browser.pdf.firstMs),
    pdfFirstClickThrottledMs: Math.round(browser.pdfThrottled.preparedMs),
    pdfSecondClickMs: Math.round(browser.pdf.secondMs),
    pdfLongestMainThreadTaskMs: Math.round(browser.pdf.longestTaskMs),
    pdfTaggingSizePercent: Math.round(Math.max(...pdfTypes.map((n) => (n.bytes / n.untaggedBytes - 1) * 100)) * 10) / 10,
    pdfTaggingTimePercent: taggingTimePercent(pdfTypes),
    archiveThrottledMs: Math.round(browser.archiveThrottled.ms),
    ...(thousand ? { build1000PlansColdSeconds: Math.round(thousand.totalMs / 100) / 10 } : {}),
    ...(thousand?.warm ? { build1000PlansWarmSeconds: Math.round(thousand.warm.totalMs / 100) / 10 } : {}),
    offlineSaveBytes: offline.saveBytes,
    offlineSaveSeconds: Math.round(offline.saveMs / 100) / 10,
    offlineNavigationMs: Math.round(offline.htmlMs),
    firstVisitChapterBytes: phone.firstVisit.bytes,
    phoneHeadingTopPx: Math.max(...Object.values(phone.headingTop)),
    phoneFirstSearchResultTopPx: phone.firstSearchResultTop,
    readingPageMenuJsGzip: phone.menuJsGzip,
    translatedPageJsGzip: languages.pageJsGzip,
    logbookStringsGzip: languages.logbookStringsGzip,
    offlineLanguageGrowthBytes: languages.offlineGrowthBytes,
  };
  console.log('\nBudgets (budgets.json)');
  let breached = 0;
  for (const [name, limit] of Object.entries(budgets)) {
    const value = actual[name];
    if (value === undefined) console.log(`  ${name}: no measurement with that name`);
    else if (value > limit) {
      breached++;
      console.log(`OVER BUDGET: ${name} = ${value} (budget ${limit})`);
    } else console.log(`  ok  ${name} = ${value} (budget ${limit})`);
  }
  // A breached budget fails the run, so CI or a script around it notices.
  if (breached) process.exitCode = 1;

  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpu: cpus()[0]?.model ?? '?', cores: cpus().length },
    build, weights, cssAll, designsystemet, nodePdf, pdfTypes, pdfSizes, prebuild, browser, searchQuality, workspace, meeting, offline, phone, scale, budgets, actual,
  };
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench', 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote .bench/bench-results.json');
} catch (error) {
  console.error(`bench stopped: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
