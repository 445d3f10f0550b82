import { describe, expect, it } from 'vitest';
import { exportFile, loadState, mergeImport, parseImport, serializeState, storageKey, STATE_VERSION } from '../../src/lib/followup/storage.ts';
import { createFollowUp } from '../../src/lib/followup/state.ts';

const plans = new Set(['renhold', 'kjokken']);
const fu = (alias = 'AB', planSlug = 'renhold') => createFollowUp({ alias, planSlug, workplace: 'Sykehjem', mentor: 'K', startDate: '2026-01-05' });

describe('followup storage: load', () => {
  it('reads nothing as an empty state', () => {
    expect(loadState(null).state.followUps).toEqual([]);
  });
  it('round-trips names in any script and 10,000-character notes', () => {
    const a = { ...fu('مريم ሰላም Ольга'), assessments: { t1: { level: 3 as const, note: 'x'.repeat(10_000), updatedAt: '' } } };
    const r = loadState(serializeState({ version: STATE_VERSION, followUps: [a] }));
    expect(r.state.followUps[0]?.alias).toBe('مريم ሰላም Ольга');
    expect(r.state.followUps[0]?.assessments.t1?.note).toHaveLength(10_000);
    expect(r.warnings).toEqual([]);
  });
  it('sets corrupt JSON aside with a warning instead of throwing', () => {
    const r = loadState('{"followUps": [');
    expect(r.state.followUps).toEqual([]);
    expect(r.setAside).toEqual(['{"followUps": [']);
    expect(r.warnings[0]).toMatch(/skadet/);
  });
  it('keeps readable follow-ups and sets the broken one aside', () => {
    const r = loadState(JSON.stringify({ version: 2, followUps: [fu('OK'), { alias: 'no id' }] }));
    expect(r.state.followUps.map((f) => f.alias)).toEqual(['OK']);
    expect(r.setAside).toEqual([{ alias: 'no id' }]);
    expect(r.warnings[0]).toMatch(/1 oppfølging/);
  });
  it('migrates v1 (levels and notes apart) to v2 assessments', () => {
    const v1 = { version: 1, followUps: [{ id: 'a', alias: 'X', planSlug: 'renhold', startDate: '2025-09-01', levels: { t1: 2 }, notes: { t1: 'går bra', t2: 'øve mer' } }] };
    const f = loadState(JSON.stringify(v1)).state.followUps[0]!;
    expect(f.assessments.t1).toMatchObject({ level: 2, note: 'går bra' });
    expect(f.assessments.t2).toMatchObject({ note: 'øve mer' });
    expect(f.assessments.t2?.level).toBeUndefined();
    expect(f.customTasks).toEqual([]);
  });
  it('sets aside data from a newer version', () => {
    const r = loadState(JSON.stringify({ version: 99, followUps: [] }));
    expect(r.setAside).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/nyere versjon/);
  });
  it('namespaces the key by base path', () => {
    expect(storageKey('/a/')).not.toBe(storageKey('/b/'));
    expect(storageKey('/a/')).toBe(storageKey('/a'));
  });
});

describe('followup storage: import', () => {
  const good = exportFile([fu('AB'), fu('CD', 'kjokken')]);
  it('accepts its own export', () => {
    const r = parseImport(good, good.length, plans);
    expect(r.ok && r.followUps.map((f) => f.alias)).toEqual(['AB', 'CD']);
  });
  it.each([
    ['wrong JSON', 'not json', /ikke gyldig JSON/],
    ['another format', '{"followUps": []}', /ikke en eksport/],
    ['wrong version', JSON.stringify({ format: 'praksishandboka-oppfolging', version: 7, followUps: [] }), /versjon 7/],
    ['missing fields', JSON.stringify({ format: 'praksishandboka-oppfolging', version: 2, followUps: [{ id: 'x', alias: 'A' }] }), /planSlug/],
    ['bad level', JSON.stringify({ format: 'praksishandboka-oppfolging', version: 2, followUps: [{ ...fu(), assessments: { t: { level: 9 } } }] }), /1–4/],
    ['unknown plan', exportFile([fu('AB', 'borte')]), /finnes på dette nettstedet/],
    ['no follow-ups', exportFile([]), /ingen oppfølginger/],
  ])('refuses %s with a Norwegian message', (_name, text, message) => {
    const r = parseImport(text, text.length, plans);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });
  it('refuses a 50 MB file before parsing it', () => {
    const r = parseImport('', 50_000_000, plans);
    expect(!r.ok && r.message).toMatch(/for stor \(50 MB\)/);
  });
  it('merges by id: imported replace same id, others are kept', () => {
    const a = fu('A'), b = fu('B');
    const merged = mergeImport({ version: 2, followUps: [a, b] }, [{ ...a, alias: 'A2' }]);
    expect(merged.followUps.map((f) => f.alias).sort()).toEqual(['A2', 'B']);
  });
});
