import { beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument, PDFName, PDFRadioGroup, PDFTextField, type PDFField } from 'pdf-lib';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import type { Issuer, LoadedFaces } from '../../src/lib/pdf/document.ts';
import { nodePdfSetup } from '../../src/lib/pdf/node.ts';
import { buildPlanPdf } from '../../src/lib/pdf/plan-pdf.ts';
import { planFieldNames } from '../../src/lib/pdf/field-names.ts';
import { MEASUREMENT_POINTS } from '../../src/lib/plan/structure.ts';
import { pdfText, qpdfProblems, renderComplaints } from '../support/pdf-tools.ts';

const plans = readCollection(process.cwd(), 'planer').filter((p) => !p.data.draft);
let issuer: Issuer;
let faces: LoadedFaces;
beforeAll(async () => ({ issuer, faces } = await nodePdfSetup()));

const accessibleName = (f: PDFField) => f.acroField.dict.lookup(PDFName.of('TU'))?.toString() ?? '';

/** The field names a plan's PDF must have, worked out from the plan data alone. */
function expectedNames(plan: (typeof plans)[number]['data']): string[] {
  const n = planFieldNames;
  const names: string[] = [n.participant, n.workplace, n.mentor, n.caseworker, n.periodFrom, n.periodTo];
  for (const phase of plan.phases) {
    for (const point of MEASUREMENT_POINTS) {
      for (const task of phase.tasks[point.id]) names.push(n.level(phase.number, point.id, task.id), n.comment(phase.number, point.id, task.id));
    }
  }
  for (let i = 1; i <= 4; i++) names.push(n.meetingDate(i), n.meetingAgreed(i));
  names.push(n.signatureDate('deltaker'), n.signatureDate('fadder'), n.signatureDate('veileder'));
  return names;
}

describe('blank plan PDFs', () => {
  test('there are plans to test', () => expect(plans.length).toBeGreaterThan(0));

  test.each(plans.map((p) => [p.id, p.data] as const))('%s: fields, names, metadata, structure and text layer', async (_id, plan) => {
    const result = await buildPlanPdf(plan, faces, issuer);
    const doc = await PDFDocument.load(result.bytes);
    const fields = doc.getForm().getFields();
    expect(fields.map((f) => f.getName()).sort()).toEqual(expectedNames(plan).sort());
    for (const field of fields) expect(accessibleName(field), field.getName()).not.toBe('');
    const radios = fields.filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup);
    for (const radio of radios) expect(radio.getOptions()).toEqual(['1', '2', '3', '4']);
    expect(doc.getTitle()).toBe(`Opplæringsplan: ${plan.title} – ${issuer.name}`);
    expect(doc.getAuthor()).toBe(issuer.name);
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toContain('nb-NO');
    expect(qpdfProblems(result.bytes)).toBe('');
    expect(renderComplaints(result.bytes)).toBe('');
    const text = pdfText(result.bytes);
    for (const phase of plan.phases) {
      for (const point of MEASUREMENT_POINTS) for (const task of phase.tasks[point.id]) expect(text).toContain(task.text);
    }
    expect(text).toContain('Opplæringsplan');
    expect(text).toContain(issuer.name);
    expect(result.warnings).toEqual([]);
  });
});

describe('a plan filled with names in many scripts', () => {
  const names = ['Øyvind Ærø', 'Máret Čuđet', 'Dawit Tesfamariam', 'ዳዊት ተስፋማርያም', 'Олена Шевченко', 'محمد الأحمد'];
  const plan = plans[0]!.data;
  const firstTask = plan.phases[0]!.tasks.sprak[0]!;

  test('opens, keeps every name exactly, shows them in the text layer, and renders without font errors', async () => {
    const fill = {
      participant: names[5], workplace: names[3], mentor: names[1], caseworker: names[4], periodFrom: '2026-01-05', periodTo: '2026-06-30',
      levels: { [firstTask.id]: 3 },
      notes: { [firstTask.id]: `${names[0]} og ${names[2]} øver på å hilse.` },
      meetings: [{ date: '2026-02-01', agreed: 'Øve mer på å spørre om hjelp.' }],
    };
    const result = await buildPlanPdf(plan, faces, issuer, fill);
    const doc = await PDFDocument.load(result.bytes);
    const form = doc.getForm();
    expect(form.getTextField('deltaker').getText()).toBe(names[5]);
    expect(form.getTextField('arbeidssted').getText()).toBe(names[3]);
    expect(form.getTextField('fadder').getText()).toBe(names[1]);
    expect(form.getTextField('veileder').getText()).toBe(names[4]);
    expect(form.getRadioGroup(planFieldNames.level(1, 'sprak', firstTask.id)).getSelected()).toBe('3');
    expect(form.getTextField(planFieldNames.comment(1, 'sprak', firstTask.id)).getText()).toBe(fill.notes[firstTask.id]);
    expect(form.getTextField('trekantsamtale1_dato').getText()).toBe('2026-02-01');
    expect(qpdfProblems(result.bytes)).toBe('');
    expect(renderComplaints(result.bytes)).toBe('');
    const text = pdfText(result.bytes);
    for (const name of names) expect(text).toContain(name);
    expect(result.warnings).toEqual([]);
  });

  test('mixed directions and a 10,000-character note still give a PDF, the exact text and a plain warning', async () => {
    const long = 'Lang merknad. '.repeat(715);
    const mixed = 'محمد 123 Oslo';
    const result = await buildPlanPdf(plan, faces, issuer, { participant: mixed, notes: { [firstTask.id]: long } });
    const form = (await PDFDocument.load(result.bytes)).getForm();
    expect(form.getTextField('deltaker').getText()).toBe(mixed);
    expect((form.getField(planFieldNames.comment(1, 'sprak', firstTask.id)) as PDFTextField).getText()).toBe(long);
    expect(result.warnings.join(' ')).toMatch(/blander skriftretninger/);
    expect(result.warnings.join(' ')).toMatch(/for lang til å vises/);
    expect(qpdfProblems(result.bytes)).toBe('');
  });

  test('a character no font has becomes a warning, not a crash', async () => {
    const result = await buildPlanPdf(plan, faces, issuer, { participant: 'Ana 𓀀 中文' });
    expect((await PDFDocument.load(result.bytes)).getForm().getTextField('deltaker').getText()).toBe('Ana 𓀀 中文');
    expect(result.warnings.join(' ')).toMatch(/finnes ikke i skriftene/);
  });
});
