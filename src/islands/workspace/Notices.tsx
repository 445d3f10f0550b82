import { useEffect, useState } from 'preact/hooks';
import type { StoredState } from '../../lib/followup/storage.ts';
import type { T } from './Status.tsx';
import { downloadSetAside } from './export-file.ts';
import { storageExpiresUnused } from '../../lib/local-data/eviction.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const BACKUP_AFTER_MS = 14 * DAY_MS;
/** Safari deletes a site's storage after 7 days without use: remind well before that. */
const BACKUP_AFTER_IN_SAFARI_MS = 5 * DAY_MS;
/** Chromium's private windows get a small fixed quota; a normal profile gets far more. */
const PRIVATE_QUOTA_BELOW = 200 * 1024 * 1024;

/** Is a backup reminder due? Last export older than two weeks, or never exported and work older than that. */
export function backupDue(state: StoredState, now = Date.now(), after = BACKUP_AFTER_MS): boolean {
  const live = state.followUps.filter((f) => !f.deletedAt);
  if (live.length === 0) return false;
  const since = state.lastExportAt ?? live.map((f) => f.createdAt).filter(Boolean).sort()[0];
  return since !== undefined && now - Date.parse(since) > after;
}

/** Asks the browser to keep the data, and warns when it probably will not (private window). */
export function Notices({ t, state, warnings, setAside, saveFailed, onBackup }: {
  t: T; state: StoredState; warnings: string[]; setAside: unknown[]; saveFailed: boolean; onBackup?: () => void;
}) {
  const [privateWindow, setPrivateWindow] = useState(false);
  const [safari] = useState(() => storageExpiresUnused(navigator, matchMedia('(display-mode: standalone)').matches));
  const hasWork = state.followUps.some((f) => !f.deletedAt);
  useEffect(() => {
    void navigator.storage?.persist?.().catch(() => false);
    navigator.storage?.estimate?.().then((e) => setPrivateWindow((e.quota ?? Infinity) < PRIVATE_QUOTA_BELOW), () => undefined);
  }, []);
  return (
    <>
      {saveFailed && <p role="alert" class="ds-alert ws-alert" data-color="danger">{t.storageFull}</p>}
      {warnings.map((w) => <p role="alert" class="ds-alert ws-alert" data-color="warning">{w}</p>)}
      {setAside.length > 0 && <p><button type="button" class="ds-button" data-variant="secondary" onClick={() => downloadSetAside(setAside)}>{t.setAside}</button></p>}
      {privateWindow && <p class="ds-alert ws-alert" data-color="warning">{t.privateWindow}</p>}
      {safari && hasWork && <p class="ds-alert ws-alert" data-color="warning" id="ws-safari">{t.safariStorage}</p>}
      {backupDue(state, Date.now(), safari ? BACKUP_AFTER_IN_SAFARI_MS : BACKUP_AFTER_MS) && <p class="ds-alert ws-alert" data-color="info">{safari ? t.backupReminderSafari : t.backupReminder} {onBackup && <button type="button" class="ds-button" data-size="sm" data-variant="secondary" onClick={onBackup}>{t.backupNow}</button>}</p>}
    </>
  );
}
