import { describe, expect, it } from 'vitest';
import { levelAsOf, meetingsOf, orphanedAssessments, progress, purgeDeleted, UNDO_WINDOW_MS } from '../../src/lib/followup/state.ts';
import { createFollowUp, addCustomTask, addMeeting, deleteCustomTask, deleteMeeting, editCustomTask, editMeeting, restoreCustomTask, restoreMeeting, setFormAnswers, setHidden, setLevel, setNote, updateDetails } from '../../src/lib/followup/edits.ts';
import { tailorPlan } from '../../src/lib/followup/tailor.ts';
import { formatDate, InputError, textProblem } from '../../src/lib/followup/limits.ts';

const tasks = (p: string) => ({ sprak: [{ id: `${p}s1`, text: 's' }], egnethet: [{ id: `${p}e1`, text: 'e' }], arbeid: [{ id: `${p}a1`, text: 'a' }, { id: `${p}a2`, text: 'a2' }] });
const plan = { phases: [1, 2, 3].map((n) => ({ number: n, title: `F${n}`, tasks: tasks(`p${n}`) })) } as never;
const base = () => createFollowUp({ alias: 'AB', planSlug: 'x', workplace: '', mentor: '', startDate: '2026-01-05' });
const at = (day: string) => `${day}T10:00:00.000Z`;

describe('followup state', () => {
  it('sets and clears a mastery level without losing the note', () => {
    let f = setNote(setLevel(base(), 'p1s1', 4), 'p1s1', 'fint');
    f = setLevel(f, 'p1s1', null);
    expect(f.assessments.p1s1?.level).toBeUndefined();
    expect(f.assessments.p1s1?.note).toBe('fint');
  });
  it('counts progress per phase and per measurement point over the tailored plan', () => {
    let f = setLevel(base(), 'p1a1', 4);
    f = setLevel(f, 'p1a2', 3);
    expect(progress(plan, f, { phase: 1 })).toEqual({ done: 1, total: 4, percent: 25 });
    expect(progress(plan, f, { point: 'arbeid' }).total).toBe(6);
    f = setHidden(f, 'p1a2', true);
    expect(progress(plan, f, { phase: 1 })).toEqual({ done: 1, total: 3, percent: 33 });
  });
  it('keeps a dated history, one entry per day, and reads levels as of a date', () => {
    let f = setLevel(base(), 'p1s1', 2, at('2026-02-01'));
    f = setLevel(f, 'p1s1', 3, at('2026-02-01'));
    f = setLevel(f, 'p1s1', 4, at('2026-03-01'));
    const a = f.assessments.p1s1;
    expect(a?.history).toEqual([{ on: '2026-02-01', level: 3 }, { on: '2026-03-01', level: 4 }]);
    expect(levelAsOf(a, '2026-01-31')).toBeUndefined();
    expect(levelAsOf(a, '2026-02-15')).toBe(3);
    expect(levelAsOf(a, '2026-03-01')).toBe(4);
  });
  it('takes a meeting snapshot as of the meeting date, even when entered afterwards', () => {
    let f = setLevel(base(), 'p1s1', 4, at('2026-02-01'));
    f = setLevel(f, 'p2s1', 4, at('2026-04-01'));
    f = addMeeting(plan, f, { date: '2026-03-01', agreed: ' Øve på telefon ' }, 'm1', at('2026-05-01'));
    expect(f.meetings[0]).toMatchObject({ agreed: 'Øve på telefon', progress: { sprak: 33, egnethet: 0, arbeid: 0 } });
    f = editMeeting(plan, f, 'm1', { date: '2026-04-02', agreed: 'Endret' });
    expect(f.meetings[0]).toMatchObject({ date: '2026-04-02', agreed: 'Endret', progress: { sprak: 67 } });
  });
  it('adds a meeting once even when the form is sent twice', () => {
    let f = addMeeting(plan, base(), { date: '2026-03-01', agreed: '' }, 'same');
    f = addMeeting(plan, f, { date: '2026-03-01', agreed: '' }, 'same');
    expect(f.meetings).toHaveLength(1);
  });
  it('deletes and restores meetings and custom tasks (undo), purging only after the window', () => {
    let f = addMeeting(plan, base(), { date: '2026-03-01', agreed: 'x' }, 'm1');
    f = addCustomTask(f, 1, 'sprak', 'Les vaktlista');
    const id = f.customTasks[0]!.id;
    f = setLevel(f, id, 4);
    const deleted = deleteCustomTask(deleteMeeting(f, 'm1'), id);
    expect(meetingsOf(deleted)).toEqual([]);
    expect(progress(plan, deleted, { phase: 1, point: 'sprak' }).total).toBe(1);
    const back = restoreCustomTask(restoreMeeting(deleted, 'm1'), id);
    expect(meetingsOf(back)).toHaveLength(1);
    expect(progress(plan, back, { phase: 1, point: 'sprak' })).toMatchObject({ done: 1, total: 2 });
    expect(purgeDeleted(deleted, Date.now()).customTasks).toHaveLength(1);
    const purged = purgeDeleted(deleted, Date.now() + UNDO_WINDOW_MS + 1000);
    expect(purged.customTasks).toEqual([]);
    expect(purged.meetings).toEqual([]);
    expect(purged.assessments[id]).toBeUndefined();
  });
  it('edits and hides custom tasks', () => {
    let f = addCustomTask(base(), 2, 'sprak', ' Lese vaktlista ');
    const id = f.customTasks[0]!.id;
    f = editCustomTask(f, id, 'Lese vaktlista høyt');
    f = setHidden(f, 'p2s1', true);
    const t = tailorPlan(plan, f) as unknown as { phases: { tasks: { sprak: { text: string }[] } }[] };
    expect(t.phases[1]?.tasks.sprak.map((x) => x.text)).toEqual(['Lese vaktlista høyt']);
    const hidden = tailorPlan(plan, setHidden(f, id, true)) as unknown as { phases: { tasks: { sprak: unknown[] } }[] };
    expect(hidden.phases[1]?.tasks.sprak).toEqual([]);
    expect(setHidden(f, 'p2s1', false).hiddenTaskIds).toEqual([]);
  });
  it('lists assessments whose task is gone from the plan', () => {
    const f = setLevel(base(), 'removed-task', 2);
    expect(orphanedAssessments(plan, f)).toEqual(['removed-task']);
  });
  it('keeps caseworker and end date and checks the dates', () => {
    const f = updateDetails(base(), { alias: 'AB', caseworker: 'Veileder V', startDate: '2026-01-05', endDate: '2026-06-30' });
    expect(f).toMatchObject({ caseworker: 'Veileder V', endDate: '2026-06-30' });
    expect(() => updateDetails(f, { alias: 'AB', startDate: '2026-01-05', endDate: '2025-12-31' })).toThrow(/før startdatoen/);
    expect(() => updateDetails(f, { alias: 'AB', startDate: '2026-02-30' })).toThrow(/ikke gyldig/);
  });
  it('stores form answers for issue 20 under an instance id', () => {
    const f = setFormAnswers(base(), 'i1', { formId: 'samtale', meetingId: 'm1', values: { a: 'ja', b: true } });
    expect(f.forms?.i1).toMatchObject({ formId: 'samtale', meetingId: 'm1', values: { a: 'ja', b: true } });
  });
});

describe('input limits', () => {
  it('trims and normalises to NFC', () => {
    const decomposed = 'A\u030Ase'; // "Åse" with a combining ring
    expect(createFollowUp({ alias: `  ${decomposed} `, planSlug: 'x', startDate: '2026-01-05' }).alias).toBe('Åse');
  });
  it.each([
    ['alias', 60],
    ['taskText', 200],
    ['note', 10_000],
  ] as const)('refuses a %s longer than %i characters, never cuts it', (field, max) => {
    expect(textProblem(field, 'x'.repeat(max))).toBeUndefined();
    expect(textProblem(field, 'x'.repeat(max + 1))).toMatch(/høyst .* tegn.*Ingenting er kuttet/);
  });
  it('counts characters, not UTF-16 units (Ethiopic and emoji)', () => {
    expect(textProblem('alias', 'ሰ'.repeat(60))).toBeUndefined();
    expect(textProblem('alias', '😀'.repeat(60))).toBeUndefined();
  });
  it('throws an InputError naming the field', () => {
    try {
      createFollowUp({ alias: 'x'.repeat(61), planSlug: 'x', startDate: '2026-01-05' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe('alias');
    }
    expect(() => setNote(base(), 't', 'x'.repeat(10_001))).toThrow(InputError);
    expect(() => addCustomTask(base(), 1, 'sprak', '  ')).toThrow(/må fylles ut/);
  });
  it('shows dates as dd.mm.åååå', () => {
    expect(formatDate('2026-09-15')).toBe('15.09.2026');
    expect(formatDate('2026-09-15T10:42:00.000Z')).toBe('15.09.2026');
  });
});
