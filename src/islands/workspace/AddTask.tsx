import { useState } from 'preact/hooks';
import { textProblem } from '../../lib/followup/limits.ts';
import type { T } from './Status.tsx';

/** "Legg til egen oppgave" for one phase and measurement point, opened on demand. */
export function AddTask({ t, id, pointLabel, onAdd }: { t: T; id: string; pointLabel: string; onAdd: (text: string) => string | undefined }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  if (!open) {
    return (
      <button type="button" id={`add-open-${id}`} class="ds-button" data-variant="secondary" data-size="sm" aria-label={`${t.addTask}: ${pointLabel}`} onClick={() => { setOpen(true); requestAnimationFrame(() => document.getElementById(`add-${id}`)?.focus()); }}>
        {t.addTask}
      </button>
    );
  }
  const submit = (e: Event) => {
    e.preventDefault();
    const problem = onAdd(text);
    setError(problem);
    if (!problem) {
      setText('');
      setOpen(false);
      requestAnimationFrame(() => document.getElementById(`add-open-${id}`)?.focus());
    }
  };
  return (
    <form class="ws-inline-form" onSubmit={submit}>
      <label class="ds-label" for={`add-${id}`}>{t.addTask} ({pointLabel})</label>
      <input id={`add-${id}`} class="ds-input" value={text} aria-invalid={error ? true : undefined} aria-describedby={error ? `add-${id}-error` : undefined}
        onInput={(e) => { const v = (e.currentTarget as HTMLInputElement).value; setText(v); setError(textProblem('taskText', v)); }} />
      {error && <p class="ws-field__error" id={`add-${id}-error`} role="alert">{error}</p>}
      <div class="ws-actions">
        <button type="submit" class="ds-button" data-size="sm">{t.add}</button>
        <button type="button" class="ds-button" data-size="sm" data-variant="secondary" onClick={() => { setOpen(false); setError(undefined); requestAnimationFrame(() => document.getElementById(`add-open-${id}`)?.focus()); }}>{t.cancel}</button>
      </div>
    </form>
  );
}
