import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { nodePdfSetup } from '../../src/lib/pdf/node.ts';
import { buildPlanPdf } from '../../src/lib/pdf/plan-pdf.ts';
import { buildFormPdf } from '../../src/lib/pdf/form-pdf.ts';
import { buildSignInSheet } from '../../src/lib/pdf/course-sign-in.ts';
import { buildCourseCertificate } from '../../src/lib/pdf/course-certificate.ts';
import { buildQualityReportPdf } from '../../src/lib/pdf/quality-report.ts';
import { logbookPdf } from '../../src/lib/logbook/pdf-fill.ts';
import { allIndicators, buildCheck, SCORES } from '../../src/lib/quality/check.ts';
import { createAssessment, setAnswer } from '../../src/lib/quality/assessment.ts';
import { buildReport } from '../../src/lib/quality/report.ts';
import { Worker, isMainThread } from 'node:worker_threads';
import type { PdfResult } from '../../src/lib/pdf/document.ts';

export interface PdfTypeNumber {
  type: string;
  bytes: number;
  /** CPU time per document (median of its blocks, see pdfTypeNumbers). */
  ms: number;
  untaggedBytes: number;
  untaggedMs: number;
  /** CPU time per document, untagged, written as tagged ones are. */
  compactMs: number;
  /** What tagging adds to the time, as a fraction (see pdfTypeNumbers): against documents made as before tagging. */
  timeGrowth: number;
  /**
   * Against untagged documents written by the same writer as tagged ones (writer.ts, made for
   * tagging's many small objects): what the structure tree and XMP cost by themselves.
   */
  treeGrowth: number;
  /** The growth in each round (fresh threads), as a check: far apart means a noisy machine. */
  rounds: number[];
  /** Blocks built tagged (as many of each other way), and the builds in each block. */
  blocks: number;
  buildsPerBlock: number;
}

const DATE = new Date('2026-12-07T12:00:00Z');

/** One document of each type the site makes, with a builder that makes it again. */
export async function pdfTypeBuilders(root = process.cwd()): Promise<[string, () => Promise<PdfResult>][]> {
  const { issuer, faces } = await nodePdfSetup(root);
  const plans = readCollection(root, 'planer').filter((p) => !p.data.draft);
  const forms = readCollection(root, 'skjema');
  const form = (id: string) => forms.find((f) => f.id === id)!.data;
  const plan = plans[0]!.data;
  const firstTask = plan.phases[0]!.tasks;
  const taskIds = Object.values(firstTask).flat().map((t) => t.id);
  const check = buildCheck(readCollection(root, 'kvalitetssjekk'));
  let assessment = createAssessment('2026-11-12');
  allIndicators(check).forEach((i, n) => { assessment = setAnswer(assessment, i.key, { score: SCORES[n % 5]!, note: n === 0 ? 'Avtalen går ut i mars.' : '' }); });
  const report = buildReport(check, assessment, {});
  const weeks = Array.from({ length: 4 }, (_, i) => ({ id: `w${i}`, weekStart: `2026-11-0${i + 2}`, answers: { oppgaver: `Jeg vasket gulv og tørket støv, uke ${i + 1}.` }, updatedAt: '' }));
  const logbook = logbookPdf(form('loggbok'), weeks);
  const modules = readCollection(root, 'fadderkurs').map((m) => ({ title: m.data.title, covers: ['Rollen som fadder', 'Første dag'], situations: m.data.scenarios.length }));
  const builders: [string, () => Promise<PdfResult>][] = [
    ['plan (blank)', () => buildPlanPdf(plan, faces, issuer)],
    ['plan (filled)', () => buildPlanPdf(plan, faces, issuer, { participant: 'محمد', workplace: 'Kantina', levels: Object.fromEntries(taskIds.map((id) => [id, 2])), notes: { [taskIds[0]!]: 'Går bra.' }, meetings: [{ date: '01.02.2026', agreed: 'Øve mer.' }] }, DATE)],
    ['form (blank, trekantsamtale)', () => buildFormPdf(form('trekantsamtale'), faces, issuer)],
    ['form (blank, praksisavtale)', () => buildFormPdf(form('praksisavtale'), faces, issuer)],
    ['form (filled, praksisattest)', () => buildFormPdf(form('praksisattest'), faces, issuer, {}, DATE)],
    ['logbook (4 weeks)', () => buildFormPdf(logbook.form, faces, issuer, logbook.fill, DATE)],
    ['sign-in sheet', () => buildSignInSheet(3, faces, issuer, DATE)],
    ['course certificate (Arabic name)', () => buildCourseCertificate({ name: 'محمد علي', workplace: 'Eksempel sykehjem', municipality: issuer.name, date: DATE, basis: 'practised', modules }, faces, issuer)],
    ['quality report', () => buildQualityReportPdf(report, faces, issuer, DATE)],
  ];
  return builders;
}

export interface PdfTypeOptions {
  /** Rounds, each in a fresh thread (see pdfTypeNumbers). */
  rounds?: number;
  /** CPU time (ms) to spend per document type in all rounds together, at least. */
  cpuMs?: number;
  /** CPU time (ms) a block of builds aims at: ten ticks of the clock or more. */
  blockMs?: number;
  /** Only the document types whose name contains this. */
  only?: string;
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
type Side = 'tagged' | 'before' | 'compact';

interface Block {
  cpuMs: number;
  wallMs: number;
  bytes: number;
}

/** A thread that makes documents tagged or untagged (pdf-type-worker.ts), one block at a time. */
async function startBuilder(root: string) {
  const worker = new Worker(new URL('./pdf-type-worker.ts', import.meta.url), { workerData: { root } });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return {
    block: (side: Side, type: string, builds: number) =>
      new Promise<Block>((resolve, reject) => {
        const fail = (error: Error) => reject(error);
        worker.once('error', fail);
        worker.once('message', (block: Block) => {
          worker.off('error', fail);
          resolve(block);
        });
        worker.postMessage({ type, builds, side });
      }),
    stop: () => worker.terminate(),
  };
}

const SIDES: readonly Side[] = ['tagged', 'before', 'compact'];
/** Each round of blocks visits the sides in an order and then in its reverse, so no side is always first or last. */
const ORDERS: readonly (readonly Side[])[] = [SIDES, [...SIDES].reverse(), ['before', 'tagged', 'compact'], ['compact', 'tagged', 'before']];

/**
 * Each document type built in Node the way the build and the browser worker build them,
 * tagged, as before tagging, and untagged but written as tagged ones are (benchSwitch): size
 * and CPU time of each.
 *
 * How, and why (checked on 7 Dec 2026 on this 2-core virtual machine):
 * - The same document made in fresh processes took up to ±30 % more or less CPU time from one
 *   process to the next on a quiet machine (the compiler's choices differ), far more than
 *   tagging adds. So the three ways are built in one thread, block by block, and compared
 *   within it: a thread's luck is shared by all three. Each round starts a fresh thread; the
 *   figure is the median of the rounds' figures. Rounds still differ (on 8 Dec 2026 one
 *   type's 15 rounds ranged from -3 to +74 %), so there are 15: with 5, one type's figure
 *   moved by up to 15 points from run to run, and the budget's figure is the largest of nine.
 * - Blocks of builds in turns (the order rotates), so whatever else the machine does hits all
 *   ways alike. Each block is timed in the thread's CPU time (wall time on a shared machine
 *   mostly measures the other processes).
 * - A block is about ten ticks of the clock or more: the thread CPU clock moves in steps of
 *   4 ms here (process.threadCpuUsage() advanced only in steps of 3.99–4.00 ms), so a single
 *   build of a 2 ms document reads 0 or 4 ms; medians or trimmed means of single builds (used
 *   before) cut whole ticks unevenly from the sides.
 * - Within a round, the figure is the median of the ratios of blocks made next to each other:
 *   time the virtual machine's host takes away is counted as the thread's own, so a block
 *   that lost time to the host is one odd ratio, not a share of a sum.
 */
export async function pdfTypeNumbers(root = process.cwd(), { rounds = 15, cpuMs = 8000, blockMs = 40, only }: PdfTypeOptions = {}): Promise<PdfTypeNumber[]> {
  const types = (await pdfTypeBuilders(root)).map(([type]) => type).filter((type) => !only || type.includes(only));
  const results = types.map(() => ({ blocks: { tagged: [], before: [], compact: [] } as Record<Side, Block[]>, growths: [] as number[], treeGrowths: [] as number[], builds: 0 }));
  for (let round = 0; round < rounds; round++) {
    const builder = await startBuilder(root);
    try {
      for (const [t, type] of types.entries()) {
        // Warm-up (compiling, font caches), then the block's size from the untagged side's CPU time.
        for (let i = 0; i < 2; i++) for (const side of SIDES) await builder.block(side, type, 5);
        const calibration = await builder.block('before', type, 10);
        const builds = Math.max(1, Math.round(blockMs / Math.max(calibration.cpuMs, calibration.wallMs / 2)));
        const blocks: Record<Side, Block[]> = { tagged: [], before: [], compact: [] };
        let spent = 0;
        for (let visit = 0; visit < 4 || spent < cpuMs / rounds; visit++) {
          for (const side of ORDERS[visit % ORDERS.length]!) {
            const block = await builder.block(side, type, builds);
            blocks[side].push(block);
            spent += block.cpuMs * builds;
          }
        }
        const growth = (than: Side) => median(blocks.tagged.map((b, i) => b.cpuMs / blocks[than][i]!.cpuMs)) - 1;
        const mine = results[t]!;
        mine.growths.push(growth('before'));
        mine.treeGrowths.push(growth('compact'));
        for (const side of SIDES) mine.blocks[side].push(...blocks[side]);
        mine.builds = builds;
      }
    } finally {
      await builder.stop();
    }
  }
  return types.map((type, t) => {
    const { blocks, growths, treeGrowths, builds } = results[t]!;
    return {
      type,
      bytes: blocks.tagged[0]!.bytes,
      untaggedBytes: blocks.before[0]!.bytes,
      ms: median(blocks.tagged.map((b) => b.cpuMs)),
      untaggedMs: median(blocks.before.map((b) => b.cpuMs)),
      compactMs: median(blocks.compact.map((b) => b.cpuMs)),
      timeGrowth: median(growths),
      treeGrowth: median(treeGrowths),
      rounds: growths,
      blocks: blocks.tagged.length,
      buildsPerBlock: builds,
    };
  });
}

/**
 * The budget's figure (pdfTaggingTimePercent): what tagging adds to the time of the document
 * type it slows most, in per cent.
 */
export const taggingTimePercent = (numbers: readonly PdfTypeNumber[]) => Math.round(Math.max(...numbers.map((n) => n.timeGrowth * 100)));
/** The same over all types together: the time all nine take tagged against untagged. */
export const taggingTimePercentAll = (numbers: readonly PdfTypeNumber[]) =>
  Math.round((numbers.reduce((s, n) => s + n.ms, 0) / numbers.reduce((s, n) => s + n.untaggedMs, 0) - 1) * 100);
/** What the structure tree itself adds, for the type it slows most (see treeGrowth). */
export const treeTimePercent = (numbers: readonly PdfTypeNumber[]) => Math.round(Math.max(...numbers.map((n) => n.treeGrowth * 100)));

/** A whole per cent with its sign. */
export const signed = (n: number) => `${n >= 0 ? '+' : ''}${n}`;
const pct = (x: number) => `${signed(Math.round(x * 100))} %`;

export function printPdfTypes(numbers: readonly PdfTypeNumber[], print = console.log): void {
  for (const n of numbers) {
    print(`${n.type.padEnd(34)} ${(n.untaggedBytes / 1000).toFixed(1)} → ${(n.bytes / 1000).toFixed(1)} kB (${((n.bytes / n.untaggedBytes - 1) * 100).toFixed(1)} %)   ${n.untaggedMs.toFixed(2)} → ${n.ms.toFixed(2)} ms (${pct(n.timeGrowth)}; rounds ${n.rounds.map(pct).join(', ')}; tree alone ${pct(n.treeGrowth)}; ${n.blocks} blocks of ${n.buildsPerBlock})`);
  }
  print(`tagging time against documents made as before: ${signed(taggingTimePercent(numbers))} % for the type it slows most; ${signed(taggingTimePercentAll(numbers))} % over all types`);
  print(`the structure tree alone (against untagged documents written by the same writer): ${signed(treeTimePercent(numbers))} % for the type it slows most`);
}

if (isMainThread && import.meta.url === `file://${process.argv[1]}`) printPdfTypes(await pdfTypeNumbers());
