import { describe, expect, test } from 'vitest';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { createFollowUp, addMeeting, setFormAnswers } from '../../src/lib/followup/edits.ts';
import { archiveDocuments, archiveFileName, documentList, type PublishedForm } from '../../src/lib/archive/contents.ts';

const plan = readCollection(process.cwd(), 'planer').find((p) => p.id === 'renhold')!.data;
const forms = Object.fromEntries(readCollection(process.cwd(), 'skjema').map((f) => [f.id, { ...f.data, reviewed: undefined } as unknown as PublishedForm]));

describe('the archive package of a follow-up', () => {
  const alias = 'فاطمة Ås';
  let fu = createFollowUp({ planSlug: 'renhold', alias, workplace: 'Eksempel sykehjem', mentor: 'Fadder', startDate: '2026-09-01' }, '2026-09-01T08:00:00.000Z');
  for (const [i, date] of ['2026-10-01', '2026-11-01', '2026-11-01'].entries()) {
    fu = addMeeting(plan, fu, { date, agreed: `Avtale ${i + 1}` }, `mote-${i + 1}`);
    fu = setFormAnswers(fu, `trekantsamtale:mote-${i + 1}`, { formId: 'trekantsamtale', meetingId: `mote-${i + 1}`, values: { x: `Referat ${i + 1}` } }, '2026-11-02T10:00:00.000Z');
  }
  fu = setFormAnswers(fu, 'praksisavtale', { formId: 'praksisavtale', values: { x: 'Avtale' } }, '2026-09-02T10:00:00.000Z');
  fu = setFormAnswers(fu, 'kartlegging', { formId: 'kartlegging', values: { x: '', y: false } }, '2026-09-03T10:00:00.000Z');
  fu = setFormAnswers(fu, 'gone', { formId: 'finnes-ikke', values: { x: 'Svar' } }, '2026-09-03T10:00:00.000Z');
  const today = new Date('2026-12-07T12:00:00Z');
  const docs = archiveDocuments(fu, plan.title, forms, today);

  test('holds the plan, each referat by its meeting date and the other forms by their last change; empty and unknown forms are left out', () => {
    expect(docs.map((d) => d.file)).toEqual([
      '2026-09-02-praksisavtale.pdf',
      '2026-10-01-referat-trekantsamtale.pdf',
      '2026-11-01-referat-trekantsamtale.pdf',
      '2026-11-01-referat-trekantsamtale-2.pdf',
      '2026-12-07-opplaeringsplan-renhold.pdf',
    ]);
    expect(archiveFileName(today)).toBe('oppfolging-arkiv-2026-12-07.zip');
  });

  test('no name of a person in any file name', () => {
    for (const name of [...docs.map((d) => d.file), archiveFileName(today)]) {
      for (const part of [...alias.split(' '), 'Fadder', 'Eksempel']) expect(name).not.toContain(part);
      expect(name).toMatch(/^[a-z0-9.-]+$/);
    }
  });

  test('the document list gives title, type, date and meeting date, as JSON and as CSV', () => {
    const { json, csv } = documentList(docs);
    const rows = JSON.parse(json).dokumenter;
    expect(rows[1]).toEqual({ fil: '2026-10-01-referat-trekantsamtale.pdf', tittel: forms.trekantsamtale!.title, type: 'referat-trekantsamtale', dato: '2026-10-01', motedato: '2026-10-01' });
    expect(rows[4]).toEqual({ fil: '2026-12-07-opplaeringsplan-renhold.pdf', tittel: `Opplæringsplan: ${plan.title}`, type: 'opplaeringsplan-renhold', dato: '2026-12-07', motedato: '' });
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('fil;tittel;type;dato;motedato');
    expect(lines).toHaveLength(6);
    expect(json + csv).not.toContain('فاطمة');
  });
});
