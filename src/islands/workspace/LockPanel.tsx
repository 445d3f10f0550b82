import { useState } from 'preact/hooks';
import { Field } from './Field.tsx';
import { Status, type Msg, type T } from './Status.tsx';

export const MIN_PASSPHRASE = 8;
const AUTO_LOCK = [0, 5, 15, 30, 60];

/** Setting, changing and removing the passphrase; locking now; automatic lock after idle minutes. */
export function LockPanel({ t, protectedNow, autoLockMinutes, onSet, onRemove, onLockNow, onAutoLock }: {
  t: T; protectedNow: boolean; autoLockMinutes: number;
  onSet: (passphrase: string) => Promise<boolean>; onRemove: () => boolean; onLockNow: () => void; onAutoLock: (minutes: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const [p1, setP1] = useState('');
  const [p2, setP2] = useState('');
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  const [msg, setMsg] = useState<Msg | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if ([...p1].length < MIN_PASSPHRASE) { setError({ field: 'lock-p1', text: t.passTooShort }); document.getElementById('lock-p1')?.focus(); return; }
    if (p1 !== p2) { setError({ field: 'lock-p2', text: t.passMismatch }); document.getElementById('lock-p2')?.focus(); return; }
    setBusy(true);
    setMsg({ text: t.locking });
    const ok = await onSet(p1);
    setBusy(false);
    setError(null);
    setP1(''); setP2('');
    setOpen(false);
    setMsg(ok ? { text: t.lockSet } : { text: t.storageFull, error: true });
    requestAnimationFrame(() => document.getElementById('lock-now')?.focus());
  };

  return (
    <section class="ws-section" aria-labelledby="lock-h">
      <h2 id="lock-h" class="ds-heading" data-size="sm">{t.lockHeading}</h2>
      <p class="ws-hint">{protectedNow ? t.lockOn : t.lockExplained}</p>
      {protectedNow ? (
        <>
          <div class="ws-actions">
            <button type="button" id="lock-now" class="ds-button" onClick={onLockNow}>{t.lockNow}</button>
            <button type="button" class="ds-button" data-variant="secondary" onClick={() => { if (onRemove()) { setMsg({ text: t.lockRemoved }); requestAnimationFrame(() => document.getElementById('lock-open')?.focus()); } else setMsg({ text: t.storageFull, error: true }); }}>{t.lockRemove}</button>
          </div>
          <div class="ds-field ws-field">
            <label class="ds-label" for="auto-lock">{t.autoLock}</label>
            <select id="auto-lock" class="ds-input" value={String(autoLockMinutes)} onChange={(e) => { onAutoLock(Number((e.currentTarget as HTMLSelectElement).value)); setMsg({ text: t.autoLockSaved }); }}>
              {AUTO_LOCK.map((m) => <option value={String(m)}>{m === 0 ? t.autoLockOff : t.autoLockMinutes.replace('{n}', String(m))}</option>)}
            </select>
          </div>
        </>
      ) : open ? (
        <form class="ws-inline-form" onSubmit={submit} noValidate>
          <Field id="lock-p1" type="password" label={t.passphrase} hint={t.passphraseHint} value={p1} onInput={setP1} error={error?.field === 'lock-p1' ? error.text : undefined} autoComplete="new-password" />
          <Field id="lock-p2" type="password" label={t.passphraseAgain} value={p2} onInput={setP2} error={error?.field === 'lock-p2' ? error.text : undefined} autoComplete="new-password" />
          <div class="ws-actions">
            <button type="submit" class="ds-button" disabled={busy}>{t.lockSetButton}</button>
            <button type="button" class="ds-button" data-variant="secondary" onClick={() => { setOpen(false); requestAnimationFrame(() => document.getElementById('lock-open')?.focus()); }}>{t.cancel}</button>
          </div>
        </form>
      ) : (
        <button type="button" id="lock-open" class="ds-button" data-variant="secondary" onClick={() => { setOpen(true); requestAnimationFrame(() => document.getElementById('lock-p1')?.focus()); }}>{t.lockOffer}</button>
      )}
      <Status msg={msg} t={t} />
    </section>
  );
}

/** Shown while locked: the passphrase, and an honest way out if it is forgotten. */
export function UnlockPanel({ t, onUnlock, onDeleteAll }: { t: T; onUnlock: (p: string) => Promise<string | undefined>; onDeleteAll: () => void }) {
  const [p, setP] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const problem = await onUnlock(p);
    setBusy(false);
    if (problem) { setError(problem); document.getElementById('unlock-p')?.focus(); }
  };
  return (
    <section class="ws-section" aria-labelledby="unlock-h">
      <h2 id="unlock-h" class="ds-heading" data-size="sm" tabIndex={-1}>{t.lockedHeading}</h2>
      <p>{t.lockedExplained}</p>
      <form class="ws-inline-form" onSubmit={submit} noValidate>
        <Field id="unlock-p" type="password" label={t.passphrase} value={p} onInput={setP} error={error} autoComplete="current-password" />
        <button type="submit" class="ds-button" disabled={busy}>{busy ? t.unlocking : t.unlock}</button>
      </form>
      <details class="ws-forgot">
        <summary>{t.forgot}</summary>
        <p>{t.forgotExplained}</p>
        {confirming ? (
          <div class="ws-actions">
            <button type="button" id="forgot-confirm" class="ds-button" data-color="danger" onClick={onDeleteAll}>{t.forgotConfirm}</button>
            <button type="button" class="ds-button" data-variant="secondary" onClick={() => setConfirming(false)}>{t.cancel}</button>
          </div>
        ) : (
          <button type="button" class="ds-button" data-variant="secondary" data-color="danger" onClick={() => { setConfirming(true); requestAnimationFrame(() => document.getElementById('forgot-confirm')?.focus()); }}>{t.forgotDelete}</button>
        )}
      </details>
    </section>
  );
}
