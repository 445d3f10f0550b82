import { describe, expect, it } from 'vitest';
import { addCustomTask, addMeeting, createFollowUp, orphanedAssessments, progress, setAssessment, setHidden } from '../../src/lib/followup/state.ts';
import { tailorPlan } from '../../src/lib/followup/tailor.ts';

const tasks = (p: string) => ({ sprak: [{ id: `${p}s1`, text: 's' }], egnethet: [{ id: `${p}e1`, text: 'e' }], arbeid: [{ id: `${p}a1`, text: 'a' }, { id: `${p}a2`, text: 'a2' }] });
const plan = { phases: [1, 2, 3].map((n) => ({ number: n, title: `F${n}`, tasks: tasks(`p${n}`) })) } as never;
const base = () => createFollowUp({ alias: 'AB', planSlug: 'x', workplace: '', mentor: '', startDate: '2026-01-05' });

describe('followup state', () => {
  it('sets and clears a mastery level without losing the note', () => {
    let f = setAssessment(base(), 'p1s1', { level: 4, note: 'fint' });
    f = setAssessment(f, 'p1s1', { level: null });
    expect(f.assessments.p1s1?.level).toBeUndefined();
    expect(f.assessments.p1s1?.note).toBe('fint');
  });
  it('counts progress per phase and per measurement point over the tailored plan', () => {
    let f = setAssessment(base(), 'p1a1', { level: 4 });
    f = setAssessment(f, 'p1a2', { level: 3 });
    expect(progress(plan, f, { phase: 1 })).toEqual({ done: 1, total: 4, percent: 25 });
    expect(progress(plan, f, { point: 'arbeid' }).total).toBe(6);
    f = setHidden(f, 'p1a2', true);
    expect(progress(plan, f, { phase: 1 })).toEqual({ done: 1, total: 3, percent: 33 });
  });
  it('adds custom tasks to the tailored plan and hides and shows tasks', () => {
    let f = addCustomTask(base(), 2, 'sprak', ' Lese vaktlista ');
    f = setHidden(f, 'p2s1', true);
    const t = tailorPlan(plan, f) as unknown as { phases: { tasks: { sprak: { text: string }[] } }[] };
    expect(t.phases[1]?.tasks.sprak.map((x) => x.text)).toEqual(['Lese vaktlista']);
    expect(setHidden(f, 'p2s1', false).hiddenTaskIds).toEqual([]);
  });
  it('freezes progress per point at each meeting, sorted by date', () => {
    let f = setAssessment(base(), 'p1s1', { level: 4 });
    f = addMeeting(plan, f, '2026-03-01', 'Mer språk');
    f = addMeeting(plan, f, '2026-02-01', 'Start');
    expect(f.meetings.map((m) => m.date)).toEqual(['2026-02-01', '2026-03-01']);
    expect(f.meetings[0]?.progress).toEqual({ sprak: 33, egnethet: 0, arbeid: 0 });
  });
  it('keeps assessments of tasks that left the plan and lists them', () => {
    const f = setAssessment(setAssessment(base(), 'gone', { level: 2 }), 'p1s1', { level: 1 });
    expect(orphanedAssessments(plan, f)).toEqual(['gone']);
    expect(f.assessments.gone?.level).toBe(2);
  });
});
