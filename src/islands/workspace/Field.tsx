/** A labelled text, date or textarea input with its own error message right below it. */
export function Field({ id, label, value, onInput, type = 'text', error, required, hint, multiline, autoComplete = 'off' }: {
  id: string; label: string; value: string; onInput: (v: string) => void; type?: string; error?: string; required?: boolean; hint?: string; multiline?: boolean; autoComplete?: string;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id, class: 'ds-input', value, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="ds-field ws-field">
      <label class="ds-label" for={id}>{label}</label>
      {hint && <p class="ws-hint" id={`${id}-hint`}>{hint}</p>}
      {multiline ? <textarea {...common} rows={3} /> : <input {...common} type={type} autoComplete={autoComplete} />}
      {error && <p class="ws-field__error" id={`${id}-error`} role="alert">{error}</p>}
    </div>
  );
}
