import { describe, expect, it } from 'vitest';
import { loadState, serializeState, storageKey, STATE_VERSION } from '../../src/lib/followup/storage.ts';
import { exportFile, exportFileName } from '../../src/lib/followup/export-format.ts';

import { createFollowUp, setFormAnswers, setLevel, setNote } from '../../src/lib/followup/edits.ts';
import { withNoteDraft, noteDraftOf, hasNoteDrafts } from '../../src/lib/followup/note-drafts.ts';
import { storageExpiresUnused } from '../../src/lib/local-data/eviction.ts';
import { applyFollowUpImport, compareFollowUps, parseImport } from '../../src/lib/followup/import.ts';
import { mergeStates } from '../../src/lib/followup/merge.ts';

const plans = new Set(['renhold', 'kjokken']);
const fu = (alias = 'AB', planSlug = 'renhold') => createFollowUp({ alias, planSlug, workplace: 'Sykehjem', mentor: 'K', startDate: '2026-01-05' });

describe('followup storage: load', () => {
  it('reads nothing as an empty state', () => {
    expect(loadState(null).state.followUps).toEqual([]);
  });
  it('round-trips names in any script, 10,000-character notes and form answers', () => {
    const a = setFormAnswers({ ...fu('مريم ሰላም Ольга'), assessments: { t1: { level: 3 as const, note: 'x'.repeat(10_000), updatedAt: '' } } }, 'f1', { formId: 'samtale', values: { ok: true } });
    const r = loadState(serializeState({ version: STATE_VERSION, followUps: [a] }));
    expect(r.state.followUps[0]?.alias).toBe('مريم ሰላም Ольга');
    expect(r.state.followUps[0]?.assessments.t1?.note).toHaveLength(10_000);
    expect(r.state.followUps[0]?.forms?.f1).toMatchObject({ formId: 'samtale', values: { ok: true } });
    expect(r.warnings).toEqual([]);
  });
  it('sets corrupt JSON aside with a warning instead of throwing', () => {
    const r = loadState('{"followUps": [');
    expect(r.state.followUps).toEqual([]);
    expect(r.setAside).toEqual(['{"followUps": [']);
    expect(r.warnings[0]).toMatch(/skadet/);
  });
  it('keeps readable follow-ups and sets the broken one aside, saying why', () => {
    const r = loadState(JSON.stringify({ version: 2, followUps: [fu('OK'), { alias: 'no id' }] }));
    expect(r.state.followUps.map((f) => f.alias)).toEqual(['OK']);
    expect(r.setAside).toEqual([{ alias: 'no id' }]);
    expect(r.warnings[0]).toMatch(/1 oppfølging.*«id» mangler/);
  });
  it('migrates v1 (levels and notes apart) to v3 assessments with a dated history', () => {
    const v1 = { version: 1, followUps: [{ id: 'a', alias: 'X', planSlug: 'renhold', startDate: '2025-09-01', updatedAt: '2025-10-02T08:00:00Z', levels: { t1: 2 }, notes: { t1: 'går bra', t2: 'øve mer' } }] };
    const f = loadState(JSON.stringify(v1)).state.followUps[0]!;
    expect(f.assessments.t1).toMatchObject({ level: 2, note: 'går bra', history: [{ on: '2025-10-02', level: 2 }] });
    expect(f.assessments.t2).toMatchObject({ note: 'øve mer' });
    expect(f.assessments.t2?.level).toBeUndefined();
    expect(f.customTasks).toEqual([]);
  });
  it('migrates v2 to v3: the level is dated to its last change', () => {
    const v2 = { version: 2, followUps: [{ ...fu(), assessments: { t1: { level: 4, updatedAt: '2026-02-03T09:00:00Z' } }, meetings: [{ id: 'm', date: '2026-02-10', agreed: 'x' }] }] };
    const r = loadState(JSON.stringify(v2));
    expect(r.state.version).toBe(3);
    expect(r.state.followUps[0]?.assessments.t1?.history).toEqual([{ on: '2026-02-03', level: 4 }]);
    expect(r.state.followUps[0]?.meetings).toHaveLength(1);
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
    expect(r.ok === true && r.followUps.map((f) => f.alias)).toEqual(['AB', 'CD']);
  });
  it.each([
    ['wrong JSON', 'not json', /ikke gyldig JSON/],
    ['another format', '{"followUps": []}', /ikke en eksport/],
    ['wrong version', JSON.stringify({ format: 'praksishandboka-oppfolging', version: 7, followUps: [] }), /versjon 7/],
    ['missing fields', JSON.stringify({ format: 'praksishandboka-oppfolging', version: 2, followUps: [{ id: 'x', alias: 'A' }] }), /planSlug/],
    ['bad level', JSON.stringify({ format: 'praksishandboka-oppfolging', version: 2, followUps: [{ ...fu(), assessments: { t: { level: 9 } } }] }), /1–4/],
    ['a 10,000-character alias', exportFile([{ ...fu(), alias: 'x'.repeat(10_000) }]), /høyst 60 tegn/],
    ['unknown plan', exportFile([fu('AB', 'borte')]), /finnes på dette nettstedet/],
    ['no follow-ups', exportFile([]), /ingen oppfølginger/],
  ])('refuses %s with a Norwegian message', (_name, text, message) => {
    const r = parseImport(text, text.length, plans);
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.message).toMatch(message);
  });
  it('refuses a 52 MB file before parsing it', () => {
    const r = parseImport('', 52_000_000, plans);
    expect(r.ok === false && r.message).toMatch(/for stor \(52 MB\)/);
  });
  it('names export files without names or aliases', () => {
    expect(exportFileName({ count: 1, planSlug: 'renhold' }, '2026-11-28')).toBe('oppfolging-renhold-2026-11-28.json');
    expect(exportFileName({ count: 3 }, '2026-11-28')).toBe('oppfolginger-2026-11-28.json');
    expect(exportFileName({ count: 3, encrypted: true }, '2026-11-28')).toBe('oppfolginger-2026-11-28-kryptert.json');
  });
});

describe('import choices (shared rule)', () => {
  const stored = setLevel(fu('AB'), 't1', 4, '2026-03-01T10:00:00Z');
  const older = { ...stored, assessments: {}, updatedAt: '2026-02-01T10:00:00Z' };
  it('identical → nothing changes, and the message says so', () => {
    const d = compareFollowUps([stored], [{ ...stored, updatedAt: '2030-01-01T00:00:00Z' }]);
    expect(d[0]?.kind).toBe('identical');
    const r = applyFollowUpImport([stored], d, {});
    expect(r.followUps).toEqual([stored]);
    expect(r.message).toMatch(/1 oppfølging var lik.*ikke endret/);
  });
  it('an older file never silently replaces newer work', () => {
    const d = compareFollowUps([stored], [older]);
    expect(d[0]).toMatchObject({ kind: 'conflict', newer: 'stored' });
    const r = applyFollowUpImport([stored], d, {});
    expect(r.followUps).toEqual([stored]);
    expect(r.message).toMatch(/beholdt slik den var lagret/);
  });
  it('take the file’s / keep both', () => {
    const d = compareFollowUps([stored], [older]);
    expect(applyFollowUpImport([stored], d, { [stored.id]: 'take-incoming' }).followUps).toEqual([older]);
    const both = applyFollowUpImport([stored], d, { [stored.id]: 'keep-both' });
    expect(both.followUps.map((f) => f.alias)).toEqual(['AB', 'AB (fra fil)']);
    expect(new Set(both.followUps.map((f) => f.id)).size).toBe(2);
    expect(both.message).toMatch(/1 kopi fra fila/);
  });
});

describe('two tabs merge', () => {
  it('keeps each tab’s latest change per task, and follows removals', () => {
    const a = fu('A');
    const base = { version: 3, followUps: [a] };
    const mine = { version: 3, followUps: [setLevel(a, 't1', 3, '2026-03-01T10:00:00Z')] };
    const other = fu('B');
    const theirs = { version: 3, followUps: [setLevel(a, 't2', 4, '2026-03-01T10:05:00Z'), other] };
    const merged = mergeStates(base, mine, theirs);
    expect(merged.followUps.map((f) => f.alias)).toEqual(['A', 'B']);
    expect(merged.followUps[0]?.assessments).toMatchObject({ t1: { level: 3 }, t2: { level: 4 } });
    expect(mergeStates(base, mine, { version: 3, followUps: [] }).followUps).toEqual([]);
  });
});

describe('two tabs on the same task (issue 29)', () => {
  it('merges field by field: a level from one tab and a note from the other both stay', () => {
    const a = fu('A');
    const base = { version: 3, followUps: [a] };
    const mine = { version: 3, followUps: [setNote(a, 't1', 'Trenger påminnelse', '2026-03-01T10:00:00Z')] };
    const theirs = { version: 3, followUps: [setLevel(a, 't1', 3, '2026-03-01T10:00:05Z')] };
    const merged = mergeStates(base, mine, theirs).followUps[0]!.assessments.t1!;
    expect(merged).toMatchObject({ level: 3, note: 'Trenger påminnelse' });
    expect(merged.history).toEqual([{ on: '2026-03-01', level: 3 }]);
    // The other way round gives the same.
    expect(mergeStates(base, theirs, mine).followUps[0]!.assessments.t1).toMatchObject({ level: 3, note: 'Trenger påminnelse' });
  });
  it('a note cleared later wins over an older note', () => {
    const a = setNote(fu('A'), 't1', 'gammel', '2026-03-01T10:00:00Z');
    const cleared = setNote(a, 't1', '', '2026-03-01T11:00:00Z');
    expect(mergeStates({ version: 3, followUps: [a] }, { version: 3, followUps: [a] }, { version: 3, followUps: [cleared] }).followUps[0]!.assessments.t1?.note).toBeUndefined();
  });
  it('keeps the per-field times through a save and a load', () => {
    const a = setNote(setLevel(fu('A'), 't1', 2, '2026-03-01T10:00:00Z'), 't1', 'n', '2026-03-01T10:01:00Z');
    const back = loadState(serializeState({ version: STATE_VERSION, followUps: [a] })).state.followUps[0]!.assessments.t1;
    expect(back).toMatchObject({ levelAt: '2026-03-01T10:00:00Z', noteAt: '2026-03-01T10:01:00Z' });
  });
});

describe('note drafts (too long to save as the note)', () => {
  it('are stored with the state, read back whole, and never exported', () => {
    const a = fu('A');
    const long = 'x'.repeat(20_000);
    const state = withNoteDraft({ version: STATE_VERSION, followUps: [a] }, a.id, 't1', long);
    const back = loadState(serializeState(state)).state;
    expect(noteDraftOf(back, a.id, 't1')).toHaveLength(20_000);
    expect(hasNoteDrafts(back)).toBe(true);
    expect(exportFile(back.followUps)).not.toContain(long);
    expect(hasNoteDrafts(withNoteDraft(back, a.id, 't1', undefined))).toBe(false);
  });
});

describe('Safari deletes unused storage after 7 days', () => {
  const ua = (s: string) => ({ userAgent: s, vendor: 'Apple Computer, Inc.' });
  it('is detected in Safari outside the home screen only', () => {
    expect(storageExpiresUnused(ua('Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Version/18.1 Mobile/15E148 Safari/604.1'), false)).toBe(true);
    expect(storageExpiresUnused(ua('Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/18.1 Safari/605.1.15'), false)).toBe(true);
    expect(storageExpiresUnused(ua('Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Version/18.1 Mobile/15E148 Safari/604.1'), true)).toBe(false);
    expect(storageExpiresUnused({ ...ua('Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1'), standalone: true }, false)).toBe(false);
    expect(storageExpiresUnused(ua('Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 CriOS/131.0 Mobile/15E148 Safari/604.1'), false)).toBe(false);
    expect(storageExpiresUnused({ userAgent: 'Mozilla/5.0 (X11; Linux) AppleWebKit/537.36 Chrome/131 Safari/537.36', vendor: 'Google Inc.' }, false)).toBe(false);
  });
});
