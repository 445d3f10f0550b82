import { useState } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';

/** The follow-ups are locked with a passphrase: ask for it here, or go back to the workspace. */
export function UnlockPrompt({ t, workspacePath, onUnlock }: { t: UiStrings['forms']; workspacePath: string; onUnlock(passphrase: string): Promise<string | undefined> }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const problem = await onUnlock(value);
    setBusy(false);
    if (problem) setError(problem);
  };
  return (
    <form class="form-unlock" onSubmit={submit} method="dialog">
      <p>{t.followUpLocked}</p>
      <div class="ds-field">
        <label class="ds-label" for="form-unlock">{t.passphrase}</label>
        <input id="form-unlock" class="ds-input" type="password" autocomplete="current-password" value={value} aria-invalid={error ? true : undefined} aria-describedby={error ? 'form-unlock-feil' : undefined} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
        {error && <div class="ds-validation-message" data-color="danger" id="form-unlock-feil">{error}</div>}
      </div>
      <p>
        <button type="submit" class="ds-button" disabled={busy || !value}>{t.unlock}</button>{' '}
        <a class="ds-link" href={workspacePath}>{t.backToWorkspace}</a>
      </p>
    </form>
  );
}
