import { useEffect, useRef, useState } from 'preact/hooks';

/** How long typing may pause before the note is written; a score or a click is written at once. */
export const SAVE_DELAY_MS = 600;

export type SaveStatus = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved'; at: Date } | { kind: 'failed' };

/**
 * Never lose a keystroke: every change is kept in memory at once and written after a short
 * pause; anything pending is written when the page is hidden or closed (pagehide,
 * visibilitychange), and the browser asks before leaving if a write failed.
 */
export function useAutosave<T>(write: (value: T) => boolean) {
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writeRef = useRef(write);
  writeRef.current = write;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  const flush = (): boolean => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return true;
    if (!writeRef.current(next.value)) {
      setStatus({ kind: 'failed' });
      return false;
    }
    pending.current = null;
    setStatus({ kind: 'saved', at: new Date() });
    return true;
  };

  const schedule = (value: T, now = false) => {
    pending.current = { value };
    clearTimeout(timer.current);
    if (now) flush();
    else {
      setStatus({ kind: 'pending' });
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    }
  };

  useEffect(() => {
    const onHide = () => { flush(); };
    const onVisibility = () => { if (document.visibilityState === 'hidden') flush(); };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (flush()) return;
      e.preventDefault();
      e.returnValue = '';
    };
    addEventListener('pagehide', onHide);
    addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      flush();
      removeEventListener('pagehide', onHide);
      removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  return { status, schedule, flush, hasPending: () => pending.current !== null };
}
