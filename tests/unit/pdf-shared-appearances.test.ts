import { beforeAll, describe, expect, test } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRadioGroup, PDFRef, PDFStream, PDFTextField, type PDFObject } from 'pdf-lib';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import type { Issuer, LoadedFaces } from '../../src/lib/pdf/document.ts';
import { nodePdfSetup } from '../../src/lib/pdf/node.ts';
import { buildPlanPdf } from '../../src/lib/pdf/plan-pdf.ts';
import { FormFields } from '../../src/lib/pdf/fields.ts';
import { DocumentFonts } from '../../src/lib/pdf/fonts.ts';
import { samplePlan } from '../../src/lib/pdf/warm-up.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { planSchema } from '../../src/lib/schemas/plan.ts';

const plan = readCollection(process.cwd(), 'planer').find((p) => p.id === 'renhold')!.data;
let issuer: Issuer;
let faces: LoadedFaces;
beforeAll(async () => ({ issuer, faces } = await nodePdfSetup()));

/** Every object number the file's catalog and info dictionary lead to. */
function reachable(doc: PDFDocument): Set<PDFRef> {
  const seen = new Set<PDFRef>();
  const visit = (obj: PDFObject | undefined): void => {
    if (obj instanceof PDFRef) {
      if (seen.has(obj)) return;
      seen.add(obj);
      visit(doc.context.lookup(obj));
    } else if (obj instanceof PDFDict) for (const [, value] of obj.entries()) visit(value);
    else if (obj instanceof PDFArray) for (const value of obj.asArray()) visit(value);
    else if (obj instanceof PDFStream) visit(obj.dict);
  };
  visit(doc.context.trailerInfo.Root);
  visit(doc.context.trailerInfo.Info);
  return seen;
}

const normalAppearance = (dict: PDFDict) => dict.lookupMaybe(PDFName.of('AP'), PDFDict)?.get(PDFName.of('N'));

describe('PDF form fields share their appearances', () => {
  test('radio buttons of one look use one set of streams, empty fields of one size one stream, and nothing is left over', async () => {
    const result = await buildPlanPdf(plan, faces, issuer, { participant: 'BM', notes: { [plan.phases[0]!.tasks.sprak[0]!.id]: 'Går bra.' } });
    const doc = await PDFDocument.load(result.bytes);
    const fields = doc.getForm().getFields();

    const offStates = new Set<PDFObject | undefined>();
    const onStates = new Set<PDFObject | undefined>();
    for (const group of fields.filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup)) {
      for (const widget of group.acroField.getWidgets()) {
        const states = normalAppearance(widget.dict) as PDFDict;
        offStates.add(states.get(PDFName.of('Off')));
        onStates.add(states.get(widget.getOnValue()!));
      }
    }
    expect(offStates.size).toBe(1);
    expect(onStates.size).toBe(1);

    const texts = fields.filter((f): f is PDFTextField => f instanceof PDFTextField);
    const empty = texts.filter((f) => !f.getText());
    const emptyStreams = new Set(empty.map((f) => normalAppearance(f.acroField.getWidgets()[0]!.dict)));
    expect(emptyStreams.size).toBeLessThan(10); // a handful of sizes, not one per field
    const filled = texts.filter((f) => f.getText());
    expect(filled.map((f) => f.getName()).sort()).toEqual(['deltaker', planFieldComment()].sort());
    // A filled field has its own appearance.
    for (const field of filled) expect(emptyStreams.has(normalAppearance(field.acroField.getWidgets()[0]!.dict))).toBe(false);

    // No appearance stream drawn and then replaced stays in the file.
    const all = doc.context.enumerateIndirectObjects().map(([ref]) => ref);
    const used = reachable(doc);
    expect(all.filter((ref) => !used.has(ref)).map(String)).toEqual([]);
  });

  test('a field filled or ticked later by another program changes that field only', async () => {
    const blank = await buildPlanPdf(plan, faces, issuer);
    const doc = await PDFDocument.load(blank.bytes);
    const form = doc.getForm();
    const comment = form.getTextField(planFieldComment());
    comment.setText('Skrevet inn senere');
    const groups = form.getFields().filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup);
    groups[0]!.select('2');
    const text = pdfText(await doc.save());
    expect(text.split('Skrevet inn senere').length - 1).toBe(1);
    const again = (await PDFDocument.load(await doc.save())).getForm();
    const selected = again.getFields().filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup).map((g) => g.getSelected());
    expect(selected.filter(Boolean)).toEqual(['2']);
    // Each radio button shows On only for the chosen one: its state is its own, not shared.
    const states = again.getFields().filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup).flatMap((g) => g.acroField.getWidgets().map((w) => w.getAppearanceState()?.toString()));
    expect(states.filter((s) => s !== '/Off')).toHaveLength(1);
  });

  test('a field name cannot be used twice', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const fields = new FormFields(doc, new DocumentFonts(doc, faces));
    await fields.text(page, 'navn', 'Navn', { x: 10, y: 10, width: 100, height: 20 });
    await expect(fields.text(page, 'navn', 'Navn igjen', { x: 10, y: 40, width: 100, height: 20 })).rejects.toThrow(/navn/);
    expect(() => fields.checkbox(page, 'navn', 'Navn som avkrysning', { x: 10, y: 70, width: 12, height: 12 })).toThrow(/navn/);
  });
});

describe('the warm-up plan', () => {
  test('is a valid plan and draws without warnings', async () => {
    expect(planSchema.safeParse(samplePlan()).success).toBe(true);
    const result = await buildPlanPdf(samplePlan(), faces, issuer);
    expect(result.warnings).toEqual([]);
    expect(result.pages).toBeGreaterThan(0);
  });
});

function planFieldComment(): string {
  const first = plan.phases[0]!.tasks.sprak[0]!;
  return `fase1_sprak_${first.id}_kommentar`;
}
