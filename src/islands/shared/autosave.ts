import { useEffect, useRef, useState } from 'preact/hooks';
import { markUnsaved } from '../../lib/local-data/unsaved.ts';

export type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved'; at: Date } | { kind: 'failed' };

// In a module of its own so the workspace's first load takes only this part.
export { useSaveOnLeave } from './save-on-leave.ts';
import { useSaveOnLeave } from './save-on-leave.ts';

/**
 * Saves shortly after typing stops, at once when asked (a click, a score), and when the page
 * is left, so a reload right after a keystroke keeps it. While anything is unsaved the page
 * says so (<html data-unsaved>), so the offline update never reloads over it.
 * `save` returns whether the write succeeded; a failed write stays pending.
 */
export function useAutosave(save: () => boolean | Promise<boolean>, delay = 400) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const saveRef = useRef(save);
  saveRef.current = save;

  const done = (ok: boolean) => {
    if (!ok) pending.current = true;
    markUnsaved(pending.current);
    setState(ok ? { kind: 'saved', at: new Date() } : { kind: 'failed' });
  };

  const flush = () => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    pending.current = false;
    // Plain writes are synchronous, so a closing page keeps them.
    const result = saveRef.current();
    if (typeof result === 'boolean') done(result);
    else void result.then(done, () => done(false));
  };

  useSaveOnLeave(flush, () => pending.current);

  return {
    state,
    /** Call after every change that may wait for a pause in typing. */
    changed() {
      pending.current = true;
      markUnsaved(true);
      setState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    /** Call after a change that must be written now. */
    saveNow() {
      pending.current = true;
      flush();
    },
    flush,
    hasPending: () => pending.current,
  };
}
