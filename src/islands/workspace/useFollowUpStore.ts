import { markUnsaved } from '../../lib/local-data/unsaved.ts';
import { useSaveOnLeave } from '../shared/save-on-leave.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { followUpStore } from '../../lib/followup/local-store.ts';
import { purgeDeleted, UNDO_WINDOW_MS } from '../../lib/followup/lifecycle.ts';
import { STATE_VERSION, type StoredState } from '../../lib/followup/storage.ts';

export type Phase = 'loading' | 'locked' | 'open';
type Merge = typeof import('../../lib/followup/merge.ts');
let merger: Merge | undefined;
const loadMerge = () => import('../../lib/followup/merge.ts').then((m) => (merger = m));
const EMPTY: StoredState = { version: STATE_VERSION, followUps: [] };
/** Notes are saved this long after the last keystroke (and at once when the page is left). */
export const NOTE_DEBOUNCE_MS = 400;

/** Drops follow-ups (and tasks, meetings) whose undo window has passed. */
function purge(state: StoredState, now = Date.now()): StoredState {
  const followUps = state.followUps
    .filter((f) => !f.deletedAt || now - Date.parse(f.deletedAt) <= UNDO_WINDOW_MS)
    .map((f) => purgeDeleted(f, now));
  return { ...state, followUps };
}

/**
 * The workspace's one connection to storage: keeps state in memory, saves every change
 * (debounced for typing), merges changes from other tabs, flushes when the page is left,
 * and handles the passphrase lock. Views call `commit` and never touch storage.
 */
export function useFollowUpStore(base: string) {
  const store = useRef(followUpStore(base)).current;
  const [phase, setPhase] = useState<Phase>('loading');
  const [state, setState] = useState<StoredState>(EMPTY);
  const [setAside, setSetAside] = useState<unknown[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const [isProtected, setIsProtected] = useState(false);
  // Refs mirror state so event handlers (pagehide, storage) see the latest values.
  const live = useRef({ state: EMPTY, setAside: [] as unknown[], synced: EMPTY, pending: false, timer: 0 as ReturnType<typeof setTimeout> | 0 });

  /** Not saved yet, or a note kept as a draft (too long): the page asks before it is left. */
  const unsaved = () => live.current.pending || !!live.current.state.noteDrafts;

  const adopt = (next: StoredState, aside: unknown[], warn: string[]) => {
    const clean = purge(next);
    live.current = { ...live.current, state: clean, setAside: aside, synced: clean, pending: false };
    setState(clean);
    setSetAside(aside);
    setWarnings(warn);
    setPhase('open');
    markUnsaved(unsaved());
  };

  const flush = async (): Promise<boolean> => {
    const l = live.current;
    if (l.timer) clearTimeout(l.timer);
    l.timer = 0;
    if (!l.pending) return true;
    // Another tab saved since this one last read: merge first, never write over its work.
    if (store.changedElsewhere()) {
      const other = merger && store.readPlain();
      if (!other) { await reloadFromOtherTab(); return !live.current.pending; }
      const merged = merger!.mergeStates(l.synced, l.state, other.state);
      live.current = { ...l, state: merged, synced: other.state };
      setState(merged);
      return flush();
    }
    l.pending = false;
    const ok = await store.write(l.state, l.setAside);
    setSaveFailed(!ok);
    if (ok) {
      l.synced = l.state;
      setSavedAt(new Date());
    } else l.pending = true;
    markUnsaved(unsaved());
    return ok;
  };

  /** Every change goes through here: memory now, storage now or after typing stops. */
  const commit = (next: StoredState, opts: { debounce?: boolean } = {}) => {
    // The merge rule loads with the first change (not with the page), so a save can use it at once.
    if (!merger) void loadMerge();
    const l = live.current;
    l.state = next;
    l.pending = true;
    markUnsaved(true);
    setState(next);
    if (l.timer) clearTimeout(l.timer);
    l.timer = 0;
    if (opts.debounce) l.timer = setTimeout(() => void flush(), NOTE_DEBOUNCE_MS);
    else void flush();
  };

  const reloadFromOtherTab = async () => {
    // Merging is needed only when another tab saved, so its code loads then (issue 12's
    // budget for the workspace's first JS). Loaded before reading `live`, so a keystroke
    // during the load is part of what is merged.
    const [{ mergeStates }, opened] = await Promise.all([loadMerge(), store.open()]);
    if (opened.kind === 'locked') {
      live.current.pending = false;
      setState(EMPTY);
      setPhase('locked');
      return;
    }
    setIsProtected(opened.protected);
    const l = live.current;
    const merged = l.pending ? mergeStates(l.synced, l.state, opened.result.state) : opened.result.state;
    live.current = { ...l, state: merged, synced: opened.result.state };
    setState(merged);
    if (l.pending) void flush();
  };

  useEffect(() => {
    void (async () => {
      const opened = await store.open();
      if (opened.kind === 'locked') setPhase('locked');
      else adopt(opened.result.state, opened.result.setAside, opened.result.warnings);
    })();
    return store.onChange(() => void reloadFromOtherTab());
  }, []);
  // Leaving the page writes what is typed now (plain writes are synchronous; locked ones may not finish).
  useSaveOnLeave(flush, unsaved);

  const lock = {
    isProtected,
    async unlock(passphrase: string): Promise<string | undefined> {
      try {
        const r = await store.unlock(passphrase);
        setIsProtected(true);
        adopt(r.state, r.setAside, r.warnings);
        return undefined;
      } catch (e) {
        if ((e as Error).name === 'WrongPassphraseError') return (e as Error).message;
        // In the copy's language; the messages load with the lock code, not the first script.
        return (await import('../../lib/local-data/messages.ts')).dataMessages().unlockFailed;
      }
    },
    async setPassphrase(passphrase: string): Promise<boolean> {
      await flush();
      const ok = await store.setPassphrase(passphrase, live.current.state, live.current.setAside);
      if (ok) live.current.synced = live.current.state;
      setIsProtected(store.isProtected());
      return ok;
    },
    removePassphrase(): boolean {
      const ok = store.removePassphrase(live.current.state, live.current.setAside);
      setIsProtected(store.isProtected());
      return ok;
    },
    /** Locks now: writes what is pending (encrypted), then forgets data and key in memory. */
    async lockNow() {
      await flush();
      store.forgetKey();
      setIsProtected(false);
      live.current = { ...live.current, state: EMPTY, setAside: [], synced: EMPTY, pending: false };
      setState(EMPTY);
      setSetAside([]);
      setPhase('locked');
    },
    /** "Glemt passordet": the data cannot be recovered, only deleted. */
    deleteAll() {
      store.clear();
      setIsProtected(false);
      adopt(EMPTY, [], []);
    },
  };

  return { phase, state, current: () => live.current.state, setAside, warnings, savedAt, saveFailed, commit, lock };
}
