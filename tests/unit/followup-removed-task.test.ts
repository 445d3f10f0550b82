import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { loadState, serializeState, STATE_VERSION } from '../../src/lib/followup/storage.ts';
import { exportFile } from '../../src/lib/followup/export-format.ts';
import { createFollowUp, setLevel } from '../../src/lib/followup/edits.ts';
import { parseImport } from '../../src/lib/followup/import.ts';
import { orphanedAssessments, progress, tasksOf } from '../../src/lib/followup/state.ts';

/**
 * Plans change between releases (issue 26 split and replaced tasks). A follow-up saved
 * before the change may hold an assessment for a task id the plan no longer has: it must
 * load, survive saving and export, and be listed for the user, never silently dropped.
 */
const plan = readCollection(process.cwd(), 'planer').find((p) => p.id === 'butikk')!.data;
const goneId = 'oppgave-fjernet-fra-planen';

function storedBeforeTheChange() {
  const fu = createFollowUp({ alias: 'AB', planSlug: 'butikk', workplace: 'Butikk', mentor: 'K', startDate: '2026-01-05' });
  const first = tasksOf(plan)[0]!.id;
  return setLevel({ ...fu, assessments: { [goneId]: { level: 3, note: 'Rolig med kunder', history: [{ on: '2026-02-01', level: 3 }], updatedAt: '2026-02-01T08:00:00Z' } } }, first, 4);
}

describe('a stored assessment for a task that is no longer in the plan', () => {
  it('is not a task of the current plan (the test would prove nothing otherwise)', () => {
    expect(tasksOf(plan).map((t) => t.id)).not.toContain(goneId);
  });
  it('loads from storage with its level, note and history', () => {
    const loaded = loadState(serializeState({ version: STATE_VERSION, followUps: [storedBeforeTheChange()] }));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.state.followUps[0]!.assessments[goneId]).toMatchObject({ level: 3, note: 'Rolig med kunder', history: [{ on: '2026-02-01', level: 3 }] });
  });
  it('is listed as an assessment of a task no longer in the plan, and does not count in progress', () => {
    const fu = loadState(serializeState({ version: STATE_VERSION, followUps: [storedBeforeTheChange()] })).state.followUps[0]!;
    expect(orphanedAssessments(plan, fu)).toEqual([goneId]);
    expect(progress(plan, fu)).toMatchObject({ done: 1, total: tasksOf(plan).length });
  });
  it('survives a later edit and an export and import', () => {
    const fu = setLevel(storedBeforeTheChange(), tasksOf(plan)[1]!.id, 2);
    const text = exportFile([fu]);
    const imported = parseImport(text, text.length, new Set(['butikk']));
    if (imported.ok !== true) throw new Error('the export did not import');
    expect(imported.followUps[0]!.assessments[goneId]).toMatchObject({ level: 3, note: 'Rolig med kunder' });
    expect(fu.assessments[goneId]?.level).toBe(3);
  });
});
