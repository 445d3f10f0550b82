import { useIdleLock } from './useIdleLock.ts';
import type { T } from './Status.tsx';

/**
 * The automatic lock, a part of its own: loaded only while a passphrase and a time are set.
 * It says it is on, so a caseworker who comes back to a locked page knows why.
 */
export function IdleLock({ t, minutes, onLock }: { t: T; minutes: number; onLock: () => void }) {
  useIdleLock(minutes, onLock);
  return <p class="ws-saved">{t.autoLockOn.replace('{n}', String(minutes))}</p>;
}
