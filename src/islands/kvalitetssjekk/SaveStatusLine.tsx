import type { UiStrings } from '../../lib/i18n/nb.ts';
import type { SaveState } from '../shared/autosave.ts';
import { formatClock } from '../../lib/dates.ts';
import { fill } from '../../lib/i18n/fill.ts';

/** "Lagret kl. 10:42": always visible, so the user knows the work is safe. Announced politely, not on every keystroke. */
export function SaveStatusLine({ status, t }: { status: SaveState; t: UiStrings['quality'] }) {
  if (status.kind === 'failed') return <p class="kv-save kv-error" role="alert">{t.notSaved}</p>;
  const text = status.kind === 'saved' ? fill(t.savedAt, { time: formatClock(status.at) }) : status.kind === 'pending' ? t.saving : '';
  return <p class="kv-save no-print" role="status" aria-atomic="true">{text}</p>;
}
