import { loadState, serializeState, storageKey, type LoadResult, type QualityState } from '../../lib/quality/storage.ts';

/** Thin localStorage adapter; the format and its checks live in lib/quality/storage.ts. */
export function qualityStore(basePath: string) {
  const key = storageKey(basePath);
  return {
    read(): LoadResult {
      try {
        return loadState(localStorage.getItem(key));
      } catch {
        return loadState(null);
      }
    },
    /** False when storage is full or blocked; what is in memory stays, and the page says so. */
    write(state: QualityState, setAside: readonly unknown[]): boolean {
      try {
        localStorage.setItem(key, serializeState(state, setAside));
        return true;
      } catch {
        return false;
      }
    },
    /** Another tab saved: the caller reloads, so neither tab overwrites the other. */
    onChange(fn: () => void): () => void {
      const h = (e: StorageEvent) => e.key === key && fn();
      addEventListener('storage', h);
      return () => removeEventListener('storage', h);
    },
  };
}
export type QualityStore = ReturnType<typeof qualityStore>;
