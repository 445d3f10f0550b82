import { useEffect, useRef, useState } from 'preact/hooks';
import { markUnsaved } from '../../lib/local-data/unsaved.ts';

export type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved'; at: Date } | { kind: 'failed' };

/**
 * Saves shortly after typing stops, and at once when the page is hidden or closed, so a
 * reload right after a keystroke keeps it. Leaving with a save that failed asks first.
 */
export function useAutosave(save: () => boolean | Promise<boolean>, delay = 400) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = () => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    // The write itself happens synchronously for plain data, so a closing page keeps it.
    const done = (ok: boolean) => {
      if (!ok) pending.current = true;
      markUnsaved(pending.current);
      setState(ok ? { kind: 'saved', at: new Date() } : { kind: 'failed' });
    };
    const result = saveRef.current();
    pending.current = false;
    if (typeof result === 'boolean') done(result);
    else void result.then(done, () => done(false)).then(() => undefined);
  };

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      flush();
      if (pending.current) e.preventDefault();
    };
    addEventListener('pagehide', onHide);
    addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onHide);
      removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  return {
    state,
    /** Call after every change. */
    changed() {
      pending.current = true;
      markUnsaved(true);
      setState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    flush,
  };
}

export function clockTime(d: Date): string {
  return d.toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' });
}
