import { loadState, serializeState, storageKey, type LoadResult, type StoredState } from '../../lib/followup/storage.ts';

/** Thin localStorage adapter; all logic lives in lib/followup/storage.ts. */
export function storeFor(basePath: string) {
  const key = storageKey(basePath);
  return {
    key,
    read(): LoadResult {
      try {
        return loadState(localStorage.getItem(key));
      } catch {
        return loadState(null);
      }
    },
    /** Returns false when storage is full or blocked; nothing in memory is lost. */
    write(state: StoredState, setAside: unknown[]): boolean {
      try {
        localStorage.setItem(key, serializeState(state, setAside));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      localStorage.removeItem(key);
    },
    /** Another tab saved: reload from storage so no update is lost. */
    onChange(fn: () => void): () => void {
      const h = (e: StorageEvent) => e.key === key && fn();
      addEventListener('storage', h);
      return () => removeEventListener('storage', h);
    },
  };
}

export { download } from '../../lib/download.ts';
