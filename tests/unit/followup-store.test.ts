import { afterEach, expect, test, vi } from 'vitest';
import { storeFor } from '../../src/islands/checklist/store.ts';
import { createFollowUp } from '../../src/lib/followup/state.ts';

afterEach(() => vi.unstubAllGlobals());

test('a full storage makes write return false and keeps what was saved before', () => {
  const saved = new Map<string, string>();
  let full = false;
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => saved.get(k) ?? null,
    setItem: (k: string, v: string) => { if (full) throw new DOMException('full', 'QuotaExceededError'); saved.set(k, v); },
    removeItem: (k: string) => saved.delete(k),
  });
  const store = storeFor('/praksis/');
  const a = createFollowUp({ alias: 'A', planSlug: 'renhold', workplace: '', mentor: '', startDate: '2026-01-05' });
  expect(store.write({ version: 2, followUps: [a] }, [])).toBe(true);
  full = true;
  expect(store.write({ version: 2, followUps: [a, { ...a, id: 'b' }] }, [])).toBe(false);
  expect(store.read().state.followUps.map((f) => f.id)).toEqual([a.id]);
  expect(storeFor('/annen/').read().state.followUps).toEqual([]);
});
