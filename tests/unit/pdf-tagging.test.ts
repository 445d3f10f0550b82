import { beforeAll, describe, expect, test } from 'vitest';
import { pdfTypeBuilders } from '../../scripts/bench/pdf-types.ts';
import { checkTagged, elementsWithLang, findTags, squash } from '../support/pdf-tagging.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { nodePdfSetup } from '../../src/lib/pdf/node.ts';
import { buildPlanPdf } from '../../src/lib/pdf/plan-pdf.ts';
import { buildCourseCertificate } from '../../src/lib/pdf/course-certificate.ts';
import { SIGN_IN_ROWS } from '../../src/lib/pdf/course-sign-in.ts';
import { buildFormPdf } from '../../src/lib/pdf/form-pdf.ts';
import { MEASUREMENT_POINTS, PHASES } from '../../src/lib/plan/structure.ts';
import { accessibleFieldName, formFieldNames, SIGNATURE_DATE } from '../../src/lib/pdf/form-pdf.ts';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFHexString, PDFName, PDFRawStream } from 'pdf-lib';
import { nb } from '../../src/lib/i18n/nb.ts';
import type { Issuer, LoadedFaces, PdfResult } from '../../src/lib/pdf/document.ts';

let builders: [string, () => Promise<PdfResult>][];
let issuer: Issuer;
let faces: LoadedFaces;
beforeAll(async () => {
  builders = await pdfTypeBuilders();
  ({ issuer, faces } = await nodePdfSetup());
}, 60_000);

describe('tagged PDFs', () => {
  test('every document type passes the tagging checker, and pdfinfo says «Tagged: yes»; on the bokmål project each is nb-NO with no other language than an Arabic name\'s', { timeout: 60_000 }, async () => {
    const failures: Record<string, string[]> = {};
    for (const [type, build] of builders) {
      const report = await checkTagged((await build()).bytes);
      expect(report.pdfinfoTagged, type).toBe(true);
      // The shared content is bokmål like the document: no Span or /Lang for it (pdf-language.test.ts has the nynorsk copy).
      expect(report.lang, type).toBe('nb-NO');
      expect(elementsWithLang(report.root).filter((e) => e.lang !== 'ar').map((e) => `${e.type} ${e.lang}`), type).toEqual([]);
      if (report.problems.length) failures[type] = report.problems.slice(0, 5);
    }
    expect(failures).toEqual({});
  });

  test('a plan\'s table reads row by row: the header cells first, then each task with its level and comment fields', { timeout: 30_000 }, async () => {
    const plan = readCollection(process.cwd(), 'planer').find((p) => p.id === 'renhold')!.data;
    const bytes = (await buildPlanPdf(plan, faces, issuer)).bytes;
    const report = { ...(await checkTagged(bytes)), bytes };
    expect(report.problems).toEqual([]);
    const tables = findTags(report.root, 'Table');
    expect(tables.length).toBe(plan.phases.length);
    const [header, ...rows] = tables[0]!.children;
    expect(header!.children.map((c) => [c.type, c.scope, squash(c.text)])).toEqual([['TH', 'Column', 'Oppgave'], ['TH', 'Column', '1 2 3 4'], ['TH', 'Column', 'Kommentar']]);
    // Each measurement point is a row header, followed by its tasks in order.
    const expected = MEASUREMENT_POINTS.flatMap((point) => [point.label, ...plan.phases[0]!.tasks[point.id].map((t) => t.text)]);
    expect(rows.map((r) => squash(r.text))).toEqual(expected);
    const task = rows[1]!;
    expect(task.children.map((c) => c.type)).toEqual(['TD', 'TD', 'TD']);
    expect(task.children[1]!.children.map((c) => [c.type, c.widgets])).toEqual([['Form', 4]]);
    expect(task.children[2]!.children.map((c) => [c.type, c.widgets])).toEqual([['Form', 1]]);
    expect(rows[0]!.children.map((c) => [c.type, c.scope])).toEqual([['TH', 'Row']]);
    // The level field's accessible name is the workspace's «Mestring: <task>», with where it is.
    const task1 = plan.phases[0]!.tasks[MEASUREMENT_POINTS[0]!.id][0]!;
    const names = (await PDFDocument.load(report.bytes)).getForm().getFields().map((f) => (f.acroField.dict.lookup(PDFName.of('TU')) as PDFHexString).decodeText());
    expect(names).toContain(`Mestring: ${task1.text} (${PHASES[0]!.title}, ${MEASUREMENT_POINTS[0]!.label})`);
    expect(names).toContain(`Kommentar: ${task1.text} (${PHASES[0]!.title}, ${MEASUREMENT_POINTS[0]!.label})`);
    // Headings in order: the title, one per phase, meetings and signatures.
    expect(findTags(report.root, 'H1').map((h) => squash(h.text))).toEqual([`Opplæringsplan: ${plan.title}`]);
    expect(findTags(report.root, 'H2').length).toBe(plan.phases.length + 2);
    // The repeated header on a new page is an artifact: the tree has one header row per table.
    expect(tables.every((t) => t.children.filter((r) => r.children.some((c) => c.type === 'TH' && c.scope === 'Column')).length === 1)).toBe(true);
  });

  test('an Arabic name is tagged lang="ar" with its letters in reading order; the logo is a figure with alternative text', { timeout: 30_000 }, async () => {
    const name = 'محمد الأحمد';
    const result = await buildCourseCertificate({ name, workplace: 'Lager', municipality: issuer.name, date: new Date('2026-12-02T12:00:00Z'), basis: 'practised', modules: [{ title: 'Modul 1', covers: ['Rollen'], situations: 3 }] }, faces, issuer);
    const report = await checkTagged(result.bytes);
    expect(report.problems).toEqual([]);
    const spans = findTags(report.root, 'Span').filter((s) => s.lang === 'ar');
    expect(spans.map((s) => [squash(s.actualText ?? ''), squash(s.text)])).toEqual([[name, name]]);
    expect(findTags(report.root, 'Figure').map((f) => f.alt)).toEqual([`Logo: ${issuer.name}`]);
    expect(findTags(report.root, 'H1').map((h) => squash(h.text))).toEqual(['Kursbevis']);
    expect(findTags(report.root, 'LI').map((h) => squash(h.text))).toEqual(['– Rollen']);
  });

  test.each([
    ['two Arabic sentences', 'أهلا وسهلا. شكرا جزيلا'],
    ['Arabic with a Latin name and digits', 'محمد Ali الأحمد 2026'],
  ])('a right-to-left line (%s) is in reading order in the tag tree, though drawn in visual order', { timeout: 30_000 }, async (_, name) => {
    const result = await buildCourseCertificate({ name, workplace: 'Lager', municipality: issuer.name, date: new Date('2026-12-02T12:00:00Z'), basis: 'practised', modules: [{ title: 'Modul 1', covers: ['Rollen'], situations: 3 }] }, faces, issuer);
    const report = await checkTagged(result.bytes);
    expect(report.problems).toEqual([]);
    // The element that holds the name reads it as written (logical order), Arabic parts tagged ar.
    const holders = findTags(report.root, 'P').concat(findTags(report.root, 'H2')).filter((n) => n.children.some((c) => c.type === 'Span' && c.lang === 'ar'));
    expect(holders.map((n) => squash(n.text))).toEqual([name]);
    for (const span of holders[0]!.children.filter((c) => c.lang === 'ar')) expect(name).toContain(squash(span.actualText ?? ''));
  });

  test('the sign-in sheet\'s table: a header row with a header per column, then one blank row per line for a name, each a single cell across the columns', { timeout: 30_000 }, async () => {
    const build = builders.find(([type]) => type === 'sign-in sheet')![1];
    const report = await checkTagged((await build()).bytes);
    expect(report.problems).toEqual([]);
    const [table] = findTags(report.root, 'Table');
    const rows = table!.children.filter((row) => row.type === 'TR');
    const columns = rows[0]!.children;
    expect(columns.map((cell) => `${cell.type} ${cell.scope}`)).toEqual(columns.map(() => 'TH Column'));
    expect(columns.length).toBeGreaterThanOrEqual(3);
    // The grid's blank lines for pen and paper: a screen reader hears how many there are, not «blank» for every square.
    expect(rows.slice(1)).toHaveLength(SIGN_IN_ROWS);
    for (const row of rows.slice(1)) expect(row.children.map((cell) => `${cell.type} ${cell.colSpan} «${cell.text.trim()}»`)).toEqual([`TD ${columns.length} «»`]);
  });

  test('decorations drawn one after another share one artifact sequence: the sign-in sheet\'s 25 grid rules and its header tint are one', { timeout: 30_000 }, async () => {
    const build = builders.find(([type]) => type === 'sign-in sheet')![1];
    const doc = await PDFDocument.load((await build()).bytes);
    const contents = doc.getPage(0).node.Contents()!;
    const stream = (contents instanceof PDFArray ? contents.lookup(0) : contents) as PDFRawStream;
    const ops = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    const artifacts = ops.split('\n').filter((line) => line === '/Artifact BMC').length;
    // The letterhead's rule, its title line, the grid (tint and rules), the page number: a few, not 30.
    expect(artifacts).toBeGreaterThanOrEqual(3);
    expect(artifacts).toBeLessThan(8);
    expect((ops.match(/\bBMC\n|\bBDC\n/g) ?? []).length).toBe((ops.match(/^EMC$/gm) ?? []).length);
    expect((await checkTagged((await build()).bytes)).problems).toEqual([]);
  });

  test('every form field has an accessible name with the label the HTML form shows', { timeout: 30_000 }, async () => {
    const forms = readCollection(process.cwd(), 'skjema');
    for (const { id, data } of forms) {
      const result = await buildFormPdf(data, faces, issuer);
      const report = await checkTagged(result.bytes);
      expect(report.problems, id).toEqual([]);
      expect(findTags(report.root, 'Form').length, id).toBe(formFieldNames(data).length);
      expect(findTags(report.root, 'H2').length, id).toBe(data.sections.reduce((n, s) => n + s.repeat, 0));
      // The first field's /TU is its HTML label with the section named.
      const first = data.sections[0]!;
      const tu = (await PDFDocument.load(result.bytes)).getForm().getFields()[0]!.acroField.dict.lookup(PDFName.of('TU')) as PDFHexString;
      expect(tu.decodeText(), id).toBe(accessibleFieldName(first.fields[0]!, first.repeat > 1 ? `${first.title} – ${first.repeatLabel ?? 'del'} 1` : first.title));
      expect(tu.decodeText(), id).toContain(first.fields[0]!.type === 'signature' ? `${nb.forms.signatureDate}: ${first.fields[0]!.label}` : first.fields[0]!.label);
    }
    expect(SIGNATURE_DATE).toBe(nb.forms.signatureDate);
  });

  test('the checker fails an untagged PDF: text neither tagged nor an artifact, no tree, no MarkInfo, a field without /TU', { timeout: 30_000 }, async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('Utkast', { showInWindowTitleBar: true });
    doc.setLanguage('nb-NO');
    const page = doc.addPage();
    page.drawText('Hei', { x: 50, y: 700 });
    doc.getForm().createTextField('navn').addToPage(page, { x: 50, y: 600 });
    const { problems } = await checkTagged(await doc.save());
    expect(problems).toEqual(expect.arrayContaining([
      'no /MarkInfo << /Marked true >>',
      'no XMP metadata stream',
      'no /StructTreeRoot',
      'page 1: 1 text run(s) neither tagged nor an artifact, first «Hei»',
      'field «navn» has no /TU',
      "page 1: a field's widget is in no /Form structure element",
      'pdfinfo: Tagged: no',
    ]));
  });
});
