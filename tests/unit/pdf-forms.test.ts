import { beforeAll, describe, expect, test } from 'vitest';
import { PDFCheckBox, PDFDocument, PDFName } from 'pdf-lib';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import type { Issuer, LoadedFaces } from '../../src/lib/pdf/document.ts';
import { nodePdfSetup } from '../../src/lib/pdf/node.ts';
import { buildFormPdf, formFieldNames } from '../../src/lib/pdf/form-pdf.ts';
import { pdfText, qpdfProblems, renderComplaints } from '../support/pdf-tools.ts';

const forms = readCollection(process.cwd(), 'skjema');
let issuer: Issuer;
let faces: LoadedFaces;
beforeAll(async () => ({ issuer, faces } = await nodePdfSetup()));

describe('form PDFs', () => {
  test('there are forms to test', () => expect(forms.length).toBeGreaterThan(0));

  test.each(forms.map((f) => [f.id, f.data] as const))('%s: one field per form field (per copy), all named, sound and readable', async (_id, form) => {
    const result = await buildFormPdf(form, faces, issuer);
    const doc = await PDFDocument.load(result.bytes);
    const fields = doc.getForm().getFields();
    expect(fields.map((f) => f.getName())).toEqual(formFieldNames(form));
    expect(new Set(formFieldNames(form)).size).toBe(formFieldNames(form).length);
    for (const field of fields) expect(field.acroField.dict.lookup(PDFName.of('TU'))?.toString(), field.getName()).toBeTruthy();
    const checkboxes = form.sections.flatMap((s) => s.fields.filter((f) => f.type === 'checkbox').map(() => s.repeat)).reduce((a, b) => a + b, 0);
    expect(fields.filter((f) => f instanceof PDFCheckBox)).toHaveLength(checkboxes);
    expect(doc.getTitle()).toBe(`${form.title} – ${issuer.name}`);
    expect(qpdfProblems(result.bytes)).toBe('');
    expect(renderComplaints(result.bytes)).toBe('');
    const text = pdfText(result.bytes);
    expect(text).toContain(form.title);
    for (const section of form.sections) {
      expect(text).toContain(section.title);
      for (const field of section.fields) if (field.type !== 'checkbox') expect(text.replace(/ /g, '')).toContain(field.label.replace(/\s/g, ''));
    }
  });

  test('a filled form keeps the text exactly, in any script', async () => {
    const form = forms[0]!.data;
    const first = formFieldNames(form).find((name) => {
      const field = form.sections.flatMap((s) => s.fields).find((f) => name.endsWith(f.id));
      return field && field.type !== 'checkbox';
    })!;
    const value = 'ዳዊት ተስፋማርያም og Олена Шевченко';
    const result = await buildFormPdf(form, faces, issuer, { [first]: value });
    expect((await PDFDocument.load(result.bytes)).getForm().getTextField(first).getText()).toBe(value);
    expect(pdfText(result.bytes)).toContain(value);
  });
});
