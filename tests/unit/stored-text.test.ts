import { describe, expect, test } from 'vitest';
import { storedText } from '../../src/lib/local-data/stored-text.ts';

/** A Storage that keeps items in a Map, and can be made full. */
function memoryStorage(): Storage & { full: boolean } {
  const items = new Map<string, string>();
  return {
    full: false,
    get length() { return items.size; },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem(k: string, v: string) {
      if (this.full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
  };
}

describe('storedText: storage that is blocked or full never loses work silently', () => {
  test('a write is read back, and removing it leaves nothing', () => {
    const item = storedText('k', memoryStorage());
    expect(item.write('tekst')).toBe(true);
    expect(item.read()).toBe('tekst');
    item.remove();
    expect(item.read()).toBeNull();
  });

  test('full storage: the write says false and what was stored before stays', () => {
    const storage = memoryStorage();
    const item = storedText('k', storage);
    item.write('før');
    storage.full = true;
    expect(item.write('etter')).toBe(false);
    expect(item.read()).toBe('før');
  });

  test('blocked storage (every call throws): reads as nothing, writes say false, nothing throws', () => {
    const blocked = new Proxy({} as Storage, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    const item = storedText('k', blocked);
    expect(item.read()).toBeNull();
    expect(item.write('x')).toBe(false);
    expect(() => item.remove()).not.toThrow();
  });
});
