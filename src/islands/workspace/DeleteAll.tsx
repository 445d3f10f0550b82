import { useState } from 'preact/hooks';
import type { T } from './Status.tsx';

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** "Slett alle data" asks once, in the page (no window.confirm), and cannot be undone. */
export function DeleteAll({ t, onDelete }: { t: T; onDelete: () => void }) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <div role="group" aria-labelledby="delete-all-q">
      <p id="delete-all-q">{t.confirmDeleteAll}</p>
      <div class="ws-actions">
        <button type="button" id="delete-all-yes" class="ds-button" data-color="danger" onClick={onDelete}>{t.deleteAllYes}</button>
        <button type="button" class="ds-button" data-variant="secondary" onClick={() => { setAsking(false); focusSoon('delete-all'); }}>{t.cancel}</button>
      </div>
    </div>
  ) : <button type="button" id="delete-all" class="ds-button" data-variant="secondary" data-color="danger" onClick={() => { setAsking(true); focusSoon('delete-all-yes'); }}>{t.deleteAll}</button>;
}
