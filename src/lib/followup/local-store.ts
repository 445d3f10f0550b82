/**
 * The follow-ups' adapter for localStorage, with the optional passphrase lock. All format
 * rules live in storage.ts, all encryption in local-data/crypto-lock.ts; this file only
 * decides what goes into which key. While a passphrase is set, storage holds only the
 * encrypted envelope (and when the last export was made); the key lives in memory.
 */
import type { LockKey } from '../local-data/crypto-lock.ts';
import { storedText } from '../local-data/stored-text.ts';

/** The crypto code loads only when a lock is used, so the workspace starts with less JS. */
const crypto = () => import('../local-data/crypto-lock.ts');
import { loadState, readLockedEnvelope, serializeState, storageKey, STATE_VERSION, type LoadResult, type LockedEnvelope, type StoredState } from './storage.ts';

export type Opened = { kind: 'open'; result: LoadResult; protected: boolean } | { kind: 'locked'; envelope: LockedEnvelope };

export interface FollowUpStore {
  readonly key: string;
  /** Reads storage. Locked data needs `unlock`; with the key in memory it is decrypted. */
  open(): Promise<Opened>;
  /** Plain reads are synchronous (fast first paint); undefined while locked. */
  readPlain(): LoadResult | undefined;
  unlock(passphrase: string): Promise<LoadResult>;
  /** Saves. Plain data is written before this returns (safe in pagehide); locked data is re-encrypted. */
  write(state: StoredState, setAside: unknown[]): Promise<boolean>;
  setPassphrase(passphrase: string, state: StoredState, setAside: unknown[]): Promise<boolean>;
  removePassphrase(state: StoredState, setAside: unknown[]): boolean;
  /** Forgets the key; storage already holds only ciphertext. */
  forgetKey(): void;
  isProtected(): boolean;
  /** Deletes everything this site saved for follow-ups in this browser. */
  clear(): void;
  onChange(fn: () => void): () => void;
  /** True when storage holds something this store did not read or write last (another tab saved). */
  changedElsewhere(): boolean;
}

export function followUpStore(basePath: string, storage?: Storage): FollowUpStore {
  const item = storedText(storageKey(basePath), storage);
  const key = item.key;
  let lock: LockKey | undefined;
  // The text this store last read or wrote: anything else in storage came from another tab.
  let last: string | null = null;
  const raw = () => (last = item.read());
  // Full or blocked storage returns false: nothing in memory is lost, the UI says so.
  const put = (text: string) => {
    const ok = item.write(text);
    if (ok) last = text;
    return ok;
  };
  const envelopeOf = async (state: StoredState, setAside: unknown[], k: LockKey): Promise<string> => {
    const locked = await (await crypto()).sealWithKey(k, serializeState(state, setAside));
    const env: LockedEnvelope = { version: STATE_VERSION, locked, ...(state.lastExportAt ? { lastExportAt: state.lastExportAt } : {}), ...(state.autoLockMinutes ? { autoLockMinutes: state.autoLockMinutes } : {}) };
    return JSON.stringify(env);
  };

  return {
    key,
    readPlain() {
      const text = raw();
      return readLockedEnvelope(text) ? undefined : loadState(text);
    },
    async open() {
      const text = raw();
      const envelope = readLockedEnvelope(text);
      if (!envelope) {
        lock = undefined; // Another tab removed the passphrase.
        return { kind: 'open', result: loadState(text), protected: false };
      }
      if (!lock) return { kind: 'locked', envelope };
      try {
        return { kind: 'open', result: loadState(await (await crypto()).openWithKey(lock, envelope.locked)), protected: true };
      } catch {
        lock = undefined; // Another tab set a new passphrase: ask for it.
        return { kind: 'locked', envelope };
      }
    },
    async unlock(passphrase) {
      const envelope = readLockedEnvelope(raw());
      if (!envelope) return loadState(raw());
      const { plaintext, lock: k } = await (await crypto()).decryptJson(envelope.locked, passphrase); // throws on a wrong passphrase; storage untouched
      lock = k;
      return loadState(plaintext);
    },
    async write(state, setAside) {
      if (!lock) return put(serializeState(state, setAside));
      return put(await envelopeOf(state, setAside, lock));
    },
    async setPassphrase(passphrase, state, setAside) {
      const k = await (await crypto()).deriveKey(passphrase);
      lock = k;
      return put(await envelopeOf(state, setAside, k));
    },
    removePassphrase(state, setAside) {
      lock = undefined;
      return put(serializeState(state, setAside));
    },
    forgetKey() {
      lock = undefined;
    },
    isProtected: () => lock !== undefined,
    clear() {
      lock = undefined;
      item.remove();
      last = null;
    },
    onChange: item.onChange,
    changedElsewhere: () => item.read() !== last,
  };
}

