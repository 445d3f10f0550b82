import { useEffect, useRef, useState } from 'preact/hooks';
import type { Assessment } from '../../lib/quality/assessment.ts';
import { byDateDescending } from '../../lib/quality/assessment.ts';
import type { QualityState } from '../../lib/quality/storage.ts';
import { qualityStore } from './store.ts';
import { useAutosave } from '../shared/autosave.ts';

/** How long typing may pause before a note is written; a score or a click is written at once. */
export const SAVE_DELAY_MS = 600;

/**
 * The island's one copy of the saved assessments. Every change goes through `change`,
 * which keeps it in memory at once and hands it to the autosave.
 */
export function useQualityState(base: string) {
  // Lazy initialisers: storage is read once on mount, not on every render (every keystroke).
  const [store] = useState(() => qualityStore(base));
  const [first] = useState(() => store.read());
  const [state, setState] = useState<QualityState>(first.state);
  const [setAside, setSetAside] = useState<unknown[]>(first.setAside);
  const [warning, setWarning] = useState(first.warnings.join(' '));
  const deleted = useRef(new Set<string>());

  // Another tab may have added an assessment since we read: keep it rather than overwrite it.
  const write = (next: QualityState) => {
    const fresh = store.read().state.assessments;
    const ids = new Set(next.assessments.map((a) => a.id));
    const others = fresh.filter((a) => !ids.has(a.id) && !deleted.current.has(a.id));
    return store.write({ ...next, assessments: [...next.assessments, ...others] }, setAside);
  };
  // The latest state waits here for the autosave, which writes it after a pause or at once.
  const latest = useRef(first.state);
  const autosave = useAutosave(() => write(latest.current), SAVE_DELAY_MS);

  useEffect(
    () =>
      store.onChange(() => {
        if (autosave.hasPending()) return;
        const r = store.read();
        latest.current = r.state;
        setState(r.state);
        setWarning('');
      }),
    [],
  );

  const change = (next: QualityState, now = false) => {
    setState(next);
    latest.current = next;
    if (now) autosave.saveNow();
    else autosave.changed();
  };

  const active = state.assessments.find((a) => a.id === state.activeId) ?? byDateDescending(state.assessments)[0];

  return {
    state,
    active,
    setAside,
    warning,
    status: autosave.state,
    change,
    /** Replaces one assessment (typing, a score): notes wait for a pause, scores are written at once. */
    updateActive(fn: (a: Assessment) => Assessment, now = false) {
      if (!active) return;
      const updated = fn(active);
      change({ ...state, activeId: updated.id, assessments: state.assessments.map((a) => (a.id === updated.id ? updated : a)) }, now);
    },
    remove(id: string) {
      deleted.current.add(id);
      change({ ...state, activeId: state.activeId === id ? undefined : state.activeId, assessments: state.assessments.filter((a) => a.id !== id) }, true);
    },
    clearSetAside() {
      setSetAside([]);
    },
  };
}
export type QualityStateApi = ReturnType<typeof useQualityState>;
