import type { T } from './Status.tsx';

/**
 * What a part of the workspace shows in its place when its code (or stylesheet) could not be
 * fetched: offline before the handbook was saved, or a dropped connection. Announced; what
 * was saved before is untouched, and a reload tries again.
 */
export function PartFailed({ t }: { t: T }) {
  return <p role="alert" class="ws-status__error">{t.partFailed}</p>;
}
