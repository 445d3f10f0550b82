import { afterEach, expect, test, vi } from 'vitest';
import { followUpStore } from '../../src/lib/followup/local-store.ts';

import { createFollowUp, setNote } from '../../src/lib/followup/edits.ts';
import { decryptJson, encryptJson, MIN_ITERATIONS, WrongPassphraseError } from '../../src/lib/local-data/crypto-lock.ts';

afterEach(() => vi.unstubAllGlobals());

function memoryStorage() {
  const saved = new Map<string, string>();
  let full = false;
  const storage = {
    getItem: (k: string) => saved.get(k) ?? null,
    setItem: (k: string, v: string) => { if (full) throw new DOMException('full', 'QuotaExceededError'); saved.set(k, v); },
    removeItem: (k: string) => saved.delete(k),
  } as unknown as Storage;
  return { saved, storage, fill: () => { full = true; } };
}
const make = (alias = 'A') => createFollowUp({ alias, planSlug: 'renhold', startDate: '2026-01-05' });

test('a full storage makes write return false and keeps what was saved before', async () => {
  const m = memoryStorage();
  const store = followUpStore('/praksis/', m.storage);
  const a = make();
  expect(await store.write({ version: 3, followUps: [a] }, [])).toBe(true);
  m.fill();
  expect(await store.write({ version: 3, followUps: [a, { ...a, id: 'b' }] }, [])).toBe(false);
  expect(store.readPlain()?.state.followUps.map((f) => f.id)).toEqual([a.id]);
  expect(followUpStore('/annen/', m.storage).readPlain()?.state.followUps).toEqual([]);
});

// Each passphrase costs 600,000 PBKDF2 rounds (about half a second on one free core), so these
// tests get room for a busy CI machine running two test files at once.
test('crypto-lock: AES-GCM with PBKDF2 ≥ 600,000 iterations, random salt and IV; wrong passphrase throws', { timeout: 30_000 }, async () => {
  const { blob } = await encryptJson('{"x":"hemmelig"}', 'riktig passord');
  const again = await encryptJson('{"x":"hemmelig"}', 'riktig passord');
  expect(blob.iterations).toBeGreaterThanOrEqual(MIN_ITERATIONS);
  expect(blob.salt).not.toBe(again.blob.salt);
  expect(blob.iv).not.toBe(again.blob.iv);
  expect(JSON.stringify(blob)).not.toMatch(/hemmelig/);
  expect((await decryptJson(blob, 'riktig passord')).plaintext).toBe('{"x":"hemmelig"}');
  await expect(decryptJson(blob, 'feil')).rejects.toBeInstanceOf(WrongPassphraseError);
});

test('the lock: nothing personal in storage, wrong passphrase changes nothing, unlock restores', { timeout: 30_000 }, async () => {
  const m = memoryStorage();
  const store = followUpStore('/', m.storage);
  const fu = setNote(make('Fatima ሰላም'), 't1', 'Notat om fremgang');
  await store.setPassphrase('lang nok setning', { version: 3, followUps: [fu], lastExportAt: '2026-01-01T00:00:00Z' }, []);
  const stored = [...m.saved.values()].join('');
  expect(stored).not.toMatch(/Fatima|ሰላም|Notat om fremgang|renhold/);
  expect(stored).toMatch(/lastExportAt/);
  store.forgetKey();
  expect((await store.open()).kind).toBe('locked');
  const before = [...m.saved.values()].join('');
  await expect(store.unlock('feil')).rejects.toThrow(/Feil passord/);
  expect([...m.saved.values()].join('')).toBe(before);
  const opened = await store.unlock('lang nok setning');
  expect(opened.state.followUps[0]?.assessments.t1?.note).toBe('Notat om fremgang');
  // Saving while unlocked stays encrypted.
  await store.write({ version: 3, followUps: [setNote(fu, 't1', 'Nytt notat')] }, []);
  expect([...m.saved.values()].join('')).not.toMatch(/Nytt notat/);
  const again = await store.open();
  expect(again.kind === 'open' && again.result.state.followUps[0]?.assessments.t1?.note).toBe('Nytt notat');
  store.removePassphrase(opened.state, []);
  expect([...m.saved.values()].join('')).toMatch(/Fatima/);
});

test('knows when another tab saved since this store last read or wrote (so a save merges first)', async () => {
  const m = memoryStorage();
  const mine = followUpStore('/', m.storage);
  const other = followUpStore('/', m.storage);
  await mine.open();
  expect(mine.changedElsewhere()).toBe(false);
  await mine.write({ version: 3, followUps: [make('A')] }, []);
  expect(mine.changedElsewhere()).toBe(false);
  await other.open();
  await other.write({ version: 3, followUps: [make('B')] }, []);
  expect(mine.changedElsewhere()).toBe(true);
  expect(other.changedElsewhere()).toBe(false);
  mine.readPlain();
  expect(mine.changedElsewhere()).toBe(false);
  mine.clear();
  expect(mine.changedElsewhere()).toBe(false);
});
