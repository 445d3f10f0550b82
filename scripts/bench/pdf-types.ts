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
import { benchSwitch, type PdfResult } from '../../src/lib/pdf/document.ts';

export interface PdfTypeNumber { type: string; bytes: number; ms: number; untaggedBytes: number; untaggedMs: number }

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

/**
 * Each document type built in Node the way the build and the browser worker build them,
 * tagged and as before tagging (benchSwitch): size and CPU time of each.
 */
export async function pdfTypeNumbers(root = process.cwd()): Promise<PdfTypeNumber[]> {
  const builders = await pdfTypeBuilders(root);
  const out: PdfTypeNumber[] = [];
  for (const [type, build] of builders) {
    // Tagged and untagged builds alternate, so a busy machine slows both alike, and each is
    // timed in CPU time, not wall time: on a shared machine the wall time of a 20 ms build
    // mostly measures the other processes. The median of 15 is each one's time.
    const run = async (untagged: boolean) => {
      benchSwitch.untagged = untagged;
      const t = process.cpuUsage();
      const bytes = (await build()).bytes.length;
      const used = process.cpuUsage(t);
      return { ms: (used.user + used.system) / 1000, bytes };
    };
    for (let i = 0; i < 10; i++) await run(i % 2 === 0);
    const tagged: number[] = [];
    const untagged: number[] = [];
    let bytes = 0;
    let untaggedBytes = 0;
    for (let i = 0; i < 15; i++) {
      const u = await run(true);
      untagged.push(u.ms);
      untaggedBytes = u.bytes;
      const r = await run(false);
      tagged.push(r.ms);
      bytes = r.bytes;
    }
    benchSwitch.untagged = false;
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    out.push({ type, bytes, ms: median(tagged), untaggedBytes, untaggedMs: median(untagged) });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const n of await pdfTypeNumbers()) {
    console.log(`${n.type.padEnd(34)} ${(n.untaggedBytes / 1000).toFixed(1)} → ${(n.bytes / 1000).toFixed(1)} kB (${((n.bytes / n.untaggedBytes - 1) * 100).toFixed(1)} %)   ${n.untaggedMs.toFixed(1)} → ${n.ms.toFixed(1)} ms (${((n.ms / n.untaggedMs - 1) * 100).toFixed(0)} %)`);
  }
}
