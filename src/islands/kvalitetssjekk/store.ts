import { loadState, serializeState, storageKey, type LoadResult, type QualityState } from '../../lib/quality/storage.ts';
import { storedText } from '../../lib/local-data/stored-text.ts';

/** Thin localStorage adapter; the format and its checks live in lib/quality/storage.ts. */
export function qualityStore(basePath: string) {
  const item = storedText(storageKey(basePath));
  return {
    read: (): LoadResult => loadState(item.read()),
    /** False when storage is full or blocked; what is in memory stays, and the page says so. */
    write: (state: QualityState, setAside: readonly unknown[]): boolean => item.write(serializeState(state, setAside)),
    /** Another tab saved: the caller reloads, so neither tab overwrites the other. */
    onChange: item.onChange,
  };
}
export type QualityStore = ReturnType<typeof qualityStore>;
