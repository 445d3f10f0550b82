import { useIdleLock } from './useIdleLock.ts';

/** The automatic lock as a part of its own (renders nothing): loaded only while a passphrase and a time are set. */
export function IdleLock({ minutes, onLock }: { minutes: number; onLock: () => void }) {
  useIdleLock(minutes, onLock);
  return null;
}
