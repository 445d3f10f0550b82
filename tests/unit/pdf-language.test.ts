import { beforeAll, describe, expect, test, vi } from 'vitest';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { checkTagged, findTags, languageOf, type TagReport } from '../support/pdf-tagging.ts';
import { MEASUREMENT_POINTS } from '../../src/lib/plan/structure.ts';

/**
 * The PDFs' languages on a nynorsk copy: the document is in the interface's language
 * (nn-NO: the labels and headings made by code are nynorsk), and the shared content printed
 * in it (a plan's tasks, a form's labels, the indicators, the course's modules) is bokmål,
 * tagged nb-NO where it is drawn, so a screen reader switches voice for it (WCAG 3.1.2).
 * The copy's language is set as the build sets it for its own Node code, before the modules
 * load (see nynorsk-text.test.ts). The same PDFs on the bokmål project: pdf-tagging.test.ts.
 */
vi.stubEnv('PUBLIC_PRAKSIS_LANG', 'nn');
vi.resetModules();

const load = async () => ({
  plan: await import('../../src/lib/pdf/plan-pdf.ts'),
  form: await import('../../src/lib/pdf/form-pdf.ts'),
  certificate: await import('../../src/lib/pdf/course-certificate.ts'),
  qualityPdf: await import('../../src/lib/pdf/quality-report.ts'),
  node: await import('../../src/lib/pdf/node.ts'),
  check: await import('../../src/lib/quality/check.ts'),
  assessment: await import('../../src/lib/quality/assessment.ts'),
  report: await import('../../src/lib/quality/report.ts'),
  labels: await import('../../src/lib/i18n/pdf-labels.ts'),
  courseText: await import('../../src/lib/pdf/course-pdf-text.ts'),
  reportText: await import('../../src/lib/pdf/quality-report-text.ts'),
  logbook: await import('../../src/lib/logbook/pdf-fill.ts'),
  strings: await import('../../src/lib/logbook/strings-source.ts'),
  languages: await import('../../src/lib/pdf/languages.ts'),
  text: await import('../../src/lib/pdf/text.ts'),
  fonts: await import('../../src/lib/pdf/fonts.ts'),
});
let m: Awaited<ReturnType<typeof load>>;
let setup: Awaited<ReturnType<Awaited<ReturnType<typeof load>>['node']['nodePdfSetup']>>;
beforeAll(async () => {
  m = await load();
  setup = await m.node.nodePdfSetup();
}, 60_000);

/** The document's language in the catalog, in the XMP metadata and on the structure tree's root. */
function documentLanguages(report: TagReport, bytes: Uint8Array): (string | undefined)[] {
  const xmp = /<dc:language>[\s\S]*?<rdf:li>([^<]*)<\/rdf:li>/.exec(new TextDecoder('latin1').decode(bytes));
  return [report.lang, xmp?.[1], findTags(report.root, 'Document')[0]?.lang];
}

const plans = () => readCollection(process.cwd(), 'planer').filter((p) => !p.data.draft);

describe('PDFs on a nynorsk copy', () => {
  test('a label with content in it: the content keeps its language through filling and wrapping', async () => {
    const { fillParts, contentTag, DOCUMENT_LANG } = m.languages;
    expect(DOCUMENT_LANG).toBe('nn-NO');
    expect([contentTag(undefined), contentTag('nb'), contentTag('nn')]).toEqual(['nb-NO', 'nb-NO', undefined]);
    const measures = 'Andelen deltakere som har en fadder den første dagen på arbeidsplassen';
    const parts = fillParts('Kva som blir målt: {measures} ({n})', { measures, n: 3 }, { measures: 'nb-NO' });
    expect(parts).toEqual([{ text: 'Kva som blir målt: ', lang: undefined }, { text: measures, lang: 'nb-NO' }, { text: ' (3)', lang: undefined }]);
    const { PDFDocument } = await import('pdf-lib');
    const fonts = new m.fonts.DocumentFonts(await PDFDocument.create(), setup.faces);
    const lines = await m.text.wrapParts(fonts, parts, 160, { size: 10 });
    expect(lines.length).toBeGreaterThan(2);
    // Every line is the wrapped text; every letter of the content is still marked as the content's.
    expect(lines.map((l) => l.map((p) => p.text).join(''))).toEqual(await m.text.wrap(fonts, parts.map((p) => p.text).join(''), 160, { size: 10 }));
    const tagged = lines.flat().filter((p) => p.lang === 'nb-NO').map((p) => p.text).join(' ');
    expect(tagged.replace(/\s+/g, ' ').trim()).toBe(measures);
  });

  test('a plan: the document is nn-NO; the plan\'s title, summary and tasks are nb-NO; its labels and a task the caseworker wrote are not', { timeout: 30_000 }, async () => {
    const plan = plans().find((p) => p.id === 'renhold')!.data;
    const L = m.labels.pdfLabels();
    const point = MEASUREMENT_POINTS[0]!;
    const own = { id: 'egen-1', text: 'Vaske golvet i kantina' };
    const tailored = { ...plan, phases: plan.phases.map((p, i) => (i ? p : { ...p, tasks: { ...p.tasks, [point.id]: [...p.tasks[point.id], own] } })) };
    const { bytes } = await m.plan.buildPlanPdf(tailored, setup.faces, setup.issuer, { participant: 'Åse', customTaskIds: [own.id] });
    const report = await checkTagged(bytes);
    expect(report.problems).toEqual([]);
    expect(documentLanguages(report, bytes)).toEqual(['nn-NO', 'nn-NO', 'nn-NO']);
    const task = plan.phases[0]!.tasks[point.id][0]!.text;
    expect(languageOf(report, task)).toBe('nb-NO');
    expect(languageOf(report, plan.summary)).toBe('nb-NO');
    expect(languageOf(report, plan.phases[0]!.focus)).toBe('nb-NO');
    // The heading is the label's words around the plan's title: each part in its own language.
    const h1 = findTags(report.root, 'H1')[0]!;
    expect(languageOf({ root: h1, lang: 'nn-NO' }, plan.title)).toBe('nb-NO');
    expect(languageOf(report, L.participant)).toBe('nn-NO');
    expect(languageOf(report, L.meetingsHint)).toBe('nn-NO');
    expect(languageOf(report, own.text)).toBe('nn-NO');
  });

  test('a form: its title, sections, labels and hints are nb-NO, its own words not', { timeout: 30_000 }, async () => {
    const form = readCollection(process.cwd(), 'skjema').find((f) => f.id === 'praksisavtale')!.data;
    const { bytes } = await m.form.buildFormPdf(form, setup.faces, setup.issuer);
    const report = await checkTagged(bytes);
    expect(report.problems).toEqual([]);
    expect(documentLanguages(report, bytes)).toEqual(['nn-NO', 'nn-NO', 'nn-NO']);
    const section = form.sections[0]!;
    const field = section.fields.find((f) => f.help)!;
    for (const text of [form.title, form.summary, section.title, field.label, field.help!]) expect(languageOf(report, text), text).toBe('nb-NO');
    const signature = form.sections.flatMap((s) => s.fields).some((f) => f.type === 'signature');
    expect(signature).toBe(true);
    expect(languageOf(report, 'Underskrift', { exact: true })).toBe('nn-NO');
  });

  test('the logbook: the Norwegian questions are nb-NO, the participant\'s language, in the hints, the title and the introduction, keeps its own (Arabic as before)', { timeout: 30_000 }, async () => {
    const nb = m.strings.norwegianLogbook();
    const weeks = [{ id: 'w1', weekStart: '2026-11-02', answers: { oppgaver: 'Eg vaska golv.' }, updatedAt: '' }];
    for (const kode of ['so', 'ar']) {
      const tr = m.strings.logbookLanguages().find((l) => l.kode === kode)!;
      const { form, fill } = m.logbook.logbookPdf(m.logbook.logbookPdfForm(nb, tr.strings, 1, new Date('2026-12-02'), tr.kode), weeks);
      const { bytes } = await m.form.buildFormPdf(form, setup.faces, setup.issuer, fill);
      const report = await checkTagged(bytes);
      expect(report.problems, kode).toEqual([]);
      const question = form.sections[0]!.fields.find((f) => f.id === 'oppgaver')!;
      expect(languageOf(report, question.label), kode).toBe('nb-NO');
      expect(languageOf(report, question.help!), kode).toBe(kode);
      // The title and the introduction: the Norwegian, then the participant's language, each tagged with its own.
      const [title, titleTr] = form.title.split(' · ');
      const [intro, introTr] = form.summary.split('\n');
      const h1 = { root: findTags(report.root, 'H1')[0]!, lang: 'nn-NO' };
      expect([languageOf(h1, title!), languageOf(h1, titleTr!)], kode).toEqual(['nb-NO', kode]);
      // (Its first sentence: a right-to-left line's sentences are in the tree in the order they are drawn.)
      expect([languageOf(report, intro!), languageOf(report, introTr!.split('.')[0]!)], kode).toEqual(['nb-NO', kode]);
      const h2 = { root: findTags(report.root, 'H2')[0]!, lang: 'nn-NO' };
      expect(languageOf(h2, form.sections[0]!.title.split(' · ')[1]!), kode).toBe(kode);
    }
  });

  test('the quality report: the indicators\' text is nb-NO, the report\'s own words are nn-NO', { timeout: 30_000 }, async () => {
    const check = m.check.buildCheck(readCollection(process.cwd(), 'kvalitetssjekk'));
    const indicators = m.check.allIndicators(check);
    let a = m.assessment.createAssessment('2026-11-12');
    indicators.slice(0, 6).forEach((i, n) => { a = m.assessment.setAnswer(a, i.key, { score: m.check.SCORES[n % 5]! }); });
    const { bytes } = await m.qualityPdf.buildQualityReportPdf(m.report.buildReport(check, a, {}), setup.faces, setup.issuer, new Date('2026-11-12T12:00:00Z'));
    const report = await checkTagged(bytes);
    expect(report.problems).toEqual([]);
    expect(documentLanguages(report, bytes)).toEqual(['nn-NO', 'nn-NO', 'nn-NO']);
    const first = indicators[0]!;
    expect(findTags(report.root, 'H3').find((h) => h.text.includes(first.title))?.lang).toBe('nb-NO');
    expect(languageOf(report, first.measures)).toBe('nb-NO');
    expect(languageOf(report, first.levels[1])).toBe('nb-NO');
    expect(languageOf(report, check.groups[0]!.title)).toBe('nb-NO');
    expect(languageOf(report, m.reportText.reportPdfText().groups)).toBe('nn-NO');
    expect(languageOf(report, m.reportText.reportPdfText().notAssessed)).toBe('nn-NO');
  });

  test('the course certificate: the modules are nb-NO; the certificate\'s words and the name typed are nn-NO', { timeout: 30_000 }, async () => {
    const modules = readCollection(process.cwd(), 'fadderkurs').map((e) => ({ title: e.data.title, covers: e.data.covers, situations: e.data.scenarios.length }));
    const { bytes } = await m.certificate.buildCourseCertificate({ name: 'Kari Nordmann', workplace: 'Lager nord', municipality: setup.issuer.name, date: new Date('2026-12-02T12:00:00Z'), basis: 'practised', modules }, setup.faces, setup.issuer);
    const report = await checkTagged(bytes);
    expect(report.problems).toEqual([]);
    expect(documentLanguages(report, bytes)).toEqual(['nn-NO', 'nn-NO', 'nn-NO']);
    expect(languageOf(report, modules[0]!.title)).toBe('nb-NO');
    expect(languageOf(report, modules[0]!.covers[0]!)).toBe('nb-NO');
    expect(languageOf(report, m.courseText.coursePdfText().certificate.covered)).toBe('nn-NO');
    expect(languageOf(report, 'Kari Nordmann')).toBe('nn-NO');
  });

  test('a copy\'s own module in nynorsk is not tagged: it is in the document\'s language', { timeout: 30_000 }, async () => {
    const { bytes } = await m.certificate.buildCourseCertificate({ name: 'Kari', workplace: 'Lager', municipality: setup.issuer.name, date: new Date('2026-12-02T12:00:00Z'), basis: 'practised', modules: [{ title: 'Vår eiga økt', covers: ['Korleis vi tek imot'], situations: 2, language: 'nn' }] }, setup.faces, setup.issuer);
    const report = await checkTagged(bytes);
    expect(report.problems).toEqual([]);
    expect(languageOf(report, 'Vår eiga økt')).toBe('nn-NO');
    expect(findTags(report.root, 'H3')[0]!.lang).toBeUndefined();
  });
});
