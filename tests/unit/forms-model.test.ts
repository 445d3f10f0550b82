import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { formInputs } from '../../src/lib/forms/inputs.ts';
import { formFieldNames } from '../../src/lib/pdf/form-pdf.ts';
import { shownValue, storedValue, toPdfFill, validateAnswers } from '../../src/lib/forms/answers.ts';
import { masteredTasks } from '../../src/lib/forms/certificate.ts';
import { prefillForm } from '../../src/lib/forms/prefill.ts';
import { parseShortDate } from '../../src/lib/dates.ts';
import { putDraft, readDrafts, writeDrafts } from '../../src/lib/forms/drafts.ts';
import type { FormData } from '../../src/lib/schemas/form.ts';

const root = process.cwd();
const forms = readCollection(root, 'skjema');
const plan = readCollection(root, 'planer').find((p) => p.id === 'renhold')!.data;

describe('form inputs', () => {
  it('every form: the HTML inputs have exactly the PDF field names, in the same order', () => {
    for (const f of forms) expect(formInputs(f.data).map((i) => i.name)).toEqual(formFieldNames(f.data));
  });
});

describe('dates', () => {
  it('reads dd.mm.åååå and refuses dates that do not exist', () => {
    expect(parseShortDate('15.09.2026')).toBe('2026-09-15');
    expect(parseShortDate('1.2.2027')).toBe('2027-02-01');
    expect(parseShortDate('2026-09-15')).toBe('2026-09-15');
    expect(parseShortDate('31.02.2026')).toBeUndefined();
    expect(parseShortDate('15/09')).toBeUndefined();
  });
});

const form: FormData = {
  title: 'T', summary: 'S', kind: 'annet', order: 1, roles: ['veileder'], reviewed: new Date('2026-12-02'),
  sections: [
    { id: 'a', title: 'A', repeat: 1, fields: [
      { id: 'navn', label: 'Navn', type: 'text', required: true, prefill: 'deltaker' },
      { id: 'fra', label: 'Fra dato', type: 'date', prefill: 'startdato' },
      { id: 'ok', label: 'Ok', type: 'checkbox' },
    ] },
    { id: 'uke', title: 'Uke', repeat: 2, repeatLabel: 'uke', fields: [{ id: 'tekst', label: 'Tekst', type: 'textarea' }] },
  ],
};

describe('answers', () => {
  it('required, date format and length are checked with Norwegian messages naming the field', () => {
    const errors = validateAnswers(form, { a_fra: '31.02.2026', uke_2_tekst: 'x'.repeat(10_001) });
    expect(errors.map((e) => e.name)).toEqual(['a_navn', 'a_fra', 'uke_2_tekst']);
    expect(errors[0]!.message).toContain('Fyll ut «Navn»');
    expect(errors[1]!.message).toContain('dd.mm.åååå');
    expect(errors[2]!.message).toContain('Tekst (Uke – uke 2)');
  });

  it('dates are stored ISO and shown and printed as dd.mm.åååå; text is NFC', () => {
    const input = formInputs(form)[1]!;
    expect(storedValue(input, '15.09.2026')).toBe('2026-09-15');
    expect(shownValue(input, '2026-09-15')).toBe('15.09.2026');
    expect(toPdfFill(form, { a_fra: '2026-09-15', a_ok: true, a_navn: '' })).toEqual({ a_fra: '15.09.2026', a_ok: true });
    expect(storedValue(formInputs(form)[0]!, 'A\u030a')).toBe('Å');
  });
});

describe('prefill and certificate', () => {
  const followUp = {
    alias: 'ሰላም', workplace: 'Eksempel renhold', mentor: 'Fadder F', caseworker: 'Veileder V', startDate: '2026-09-01', endDate: '2026-12-01',
    assessments: {} as Record<string, { level?: 1 | 2 | 3 | 4; updatedAt: string }>, customTasks: [{ id: 'egen-1', phase: 1 as const, point: 'arbeid' as const, text: 'Fyller på såpe' }], hiddenTaskIds: [] as string[],
  };
  const tasks = plan.phases.flatMap((p) => [...p.tasks.sprak, ...p.tasks.arbeid, ...p.tasks.egnethet]);
  followUp.assessments[tasks[0]!.id] = { level: 4, updatedAt: '' };
  followUp.assessments[tasks[1]!.id] = { level: 3, updatedAt: '' };
  followUp.assessments[tasks[2]!.id] = { level: 2, updatedAt: '' };
  followUp.assessments['egen-1'] = { level: 4, updatedAt: '' };

  it('prefills only fields that ask for it, from the follow-up', () => {
    expect(prefillForm(form, { followUp, plan })).toEqual({ a_navn: 'ሰላም', a_fra: '2026-09-01' });
  });

  it('the certificate proposal lists exactly the level-4 and level-3 tasks, own tasks included', () => {
    const groups = masteredTasks(plan, followUp);
    const all = groups.flatMap((g) => [...g.independent, ...g.withSupport]).sort();
    expect(all).toEqual([tasks[0]!.text, tasks[1]!.text, 'Fyller på såpe'].sort());
  });
});

describe('standalone drafts', () => {
  it('survive a round trip, one per form, and an empty one is removed', () => {
    let drafts = putDraft([], 'loggbok', { a: 'x' }, '2026-12-02T10:00:00Z');
    drafts = putDraft(drafts, 'loggbok', { a: 'y' }, '2026-12-02T10:01:00Z');
    expect(readDrafts(writeDrafts(drafts)).drafts).toEqual([{ id: 'utkast-loggbok', formId: 'loggbok', values: { a: 'y' }, updatedAt: '2026-12-02T10:01:00Z' }]);
    expect(putDraft(drafts, 'loggbok', undefined, 'x')).toEqual([]);
    expect(readDrafts('{broken').damaged).toBe(true);
  });
});
