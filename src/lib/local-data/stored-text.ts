/**
 * One item of the browser's own storage, as text. The one place that knows storage can be
 * blocked (a private window, a locked-down browser) or full:
 * - `read` never throws: blocked storage reads as nothing stored;
 * - `write` says whether the text was kept, so the caller keeps the work on screen and
 *   tells the user, instead of losing it;
 * - `onChange` reports a change made in another tab (or everything cleared there).
 */
export interface StoredText {
  readonly key: string;
  read(): string | null;
  write(text: string): boolean;
  remove(): void;
  onChange(fn: () => void): () => void;
}

export function storedText(key: string, storage?: Storage): StoredText {
  // Reading `localStorage` itself throws where the browser blocks it.
  const store = (): Storage | undefined => {
    try {
      return storage ?? globalThis.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    key,
    read() {
      try {
        return store()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(text) {
      try {
        const s = store();
        if (!s) return false;
        s.setItem(key, text);
        return true;
      } catch {
        return false;
      }
    },
    remove() {
      try {
        store()?.removeItem(key);
      } catch {
        /* blocked storage: nothing to remove */
      }
    },
    onChange(fn) {
      const h = (e: StorageEvent) => (e.key === key || e.key === null) && fn();
      addEventListener('storage', h);
      return () => removeEventListener('storage', h);
    },
  };
}
