import { useEffect, useState } from 'preact/hooks';
import { emptyProgress, parseProgress, progressStorageKey, serializeProgress, type CourseProgress } from '../../lib/fadderkurs/progress.ts';
import { storedText } from '../../lib/local-data/stored-text.ts';

/** Thin localStorage adapter for the course progress; the rules live in lib/fadderkurs/progress.ts. */
export function progressStore(basePath: string) {
  const item = storedText(progressStorageKey(basePath));
  return {
    read(): CourseProgress {
      try {
        return parseProgress(item.read());
      } catch {
        return emptyProgress(); // unreadable progress: the course still reads
      }
    },
    /** False when storage is full or blocked; the change stays on screen for this visit. */
    write: (progress: CourseProgress): boolean => item.write(serializeProgress(progress)),
    clear: item.remove,
    onChange: item.onChange,
  };
}

/**
 * The progress, read after the island has hydrated (the server render has no storage:
 * `ready` is false until then) and kept in step with other tabs. `save` returns false when
 * the browser refused to store it.
 */
export function useProgress(basePath: string) {
  const [store] = useState(() => progressStore(basePath));
  const [progress, setProgress] = useState<CourseProgress>(emptyProgress);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setProgress(store.read());
    setReady(true);
    return store.onChange(() => setProgress(store.read()));
  }, []);
  const save = (change: (p: CourseProgress) => CourseProgress): boolean => {
    // Re-read first so a module finished in another tab is not lost.
    const next = change(store.read());
    setProgress(next);
    return store.write(next);
  };
  const clear = () => {
    store.clear();
    setProgress(emptyProgress());
  };
  return { progress, ready, save, clear };
}
