import type { UiStrings } from '../../lib/i18n/nb.ts';
import { formatClock } from '../../lib/dates.ts';

export type T = UiStrings['workspace'];

/** A message shown next to the control that caused it, and announced. */
export interface Msg { text: string; error?: boolean; undo?: () => void }

/**
 * The live region sits next to the control. Errors use role="alert"; other messages
 * role="status". An undo button follows the message for as long as it is shown.
 */
export function Status({ msg, t, id }: { msg?: Msg | null; t: T; id?: string }) {
  return (
    <div class="ws-status" id={id}>
      <p role={msg?.error ? 'alert' : 'status'} class={msg?.error ? 'ws-status__error' : undefined}>{msg?.text ?? ''}</p>
      {msg?.undo && <button type="button" class="ds-button" data-variant="secondary" data-size="sm" onClick={msg.undo}>{t.undo}</button>}
    </div>
  );
}

/** "Lagret kl. 10:42" */
export const savedLabel = (t: T, at: Date | null) => (at ? t.savedAt.replace('{time}', formatClock(at)) : '');
