import { describe, expect, it } from 'vitest';
import { applyImport, compareImport } from '../../src/lib/local-data/import-compare.ts';

interface Rec { id: string; updatedAt: string; value: number }
const same = (a: Rec, b: Rec) => a.value === b.value;
const copy = (r: Rec): Rec => ({ ...r, id: `${r.id}-kopi` });

describe('import compare', () => {
  const stored: Rec[] = [
    { id: 'a', updatedAt: '2026-11-20T10:00:00Z', value: 17 },
    { id: 'b', updatedAt: '2026-11-20T10:00:00Z', value: 1 },
  ];
  const incoming: Rec[] = [
    { id: 'a', updatedAt: '2026-11-13T10:00:00Z', value: 15 },
    { id: 'b', updatedAt: '2026-11-20T10:00:00Z', value: 1 },
    { id: 'c', updatedAt: '2026-11-13T10:00:00Z', value: 3 },
  ];

  it('sorts into conflict, identical and new, and tells which side is newer', () => {
    const d = compareImport(stored, incoming, same);
    expect(d.map((x) => x.kind)).toEqual(['conflict', 'identical', 'new']);
    expect(d[0]).toMatchObject({ newer: 'stored' });
  });

  it('an unresolved conflict keeps the stored (newer) record: last week\'s file never overwrites', () => {
    const out = applyImport(stored, compareImport(stored, incoming, same), {}, copy);
    expect(out.records.find((r) => r.id === 'a')?.value).toBe(17);
    expect(out).toMatchObject({ added: 1, unchanged: 1, keptStored: 1, replaced: 0 });
  });

  it('take-incoming replaces; keep-both adds a copy', () => {
    const d = compareImport(stored, incoming, same);
    expect(applyImport(stored, d, { a: 'take-incoming' }, copy).records.find((r) => r.id === 'a')?.value).toBe(15);
    const both = applyImport(stored, d, { a: 'keep-both' }, copy);
    expect(both.records.map((r) => r.id)).toEqual(['a', 'b', 'a-kopi', 'c']);
    expect(both.keptBoth).toBe(1);
  });
});
