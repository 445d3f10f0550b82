import type { FormInput } from '../../lib/forms/inputs.ts';
import type { UiStrings } from '../../lib/i18n/nb.ts';

interface Props {
  input: FormInput;
  /** Add the section to the accessible name (the label alone is not unique in the form). */
  showContext: boolean;
  /** The value as shown (dates as dd.mm.åååå). */
  value: string | boolean;
  error?: string;
  disabled: boolean;
  t: UiStrings['forms'];
  onChange(value: string | boolean): void;
  onBlur(): void;
}

/** Empty writing lines on paper where nothing was typed; the answer where it was. */
function PrintValue({ input, value }: { input: FormInput; value: string }) {
  const lines = input.field.type === 'textarea' ? (input.field.lines ?? 4) : 1;
  return value ? (
    <div class="form-print-value" aria-hidden="true">{value}</div>
  ) : (
    <div class="form-print-value form-print-value--empty" aria-hidden="true" style={`--lines:${lines}`} />
  );
}

/** One input with its label, hint, required mark and error message, in Designsystemet's pattern. */
export function FieldControl({ input, showContext, value, error, disabled, t, onChange, onBlur }: Props) {
  const { field, name } = input;
  const id = `f-${name}`;
  const helpId = `${id}-hjelp`;
  const errorId = `${id}-feil`;
  const isDate = field.type === 'date' || field.type === 'signature';
  const hint = [field.help, isDate ? t.dateHint : undefined].filter(Boolean).join(' · ');
  const describedBy = [hint ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  // A label names its section in a repeated section, so every control's name is unique.
  const label = field.type === 'signature' ? `${t.signatureDate}: ${field.label}` : field.label;
  const context = showContext ? <span class="visually-hidden"> ({input.context})</span> : null;

  if (field.type === 'checkbox') {
    return (
      <div class="ds-field form-field form-field--checkbox">
        <input id={id} class="ds-input" type="checkbox" checked={value === true} disabled={disabled} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
        <label class="ds-label" for={id} data-weight="regular">{field.label}{context}</label>
        <span class="form-print-value form-print-check" aria-hidden="true">{value === true ? '☒' : '☐'}</span>
      </div>
    );
  }
  const common = {
    id,
    class: 'ds-input',
    value: value as string,
    disabled,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': field.required ? true : undefined,
    onInput: (e: Event) => onChange((e.currentTarget as HTMLInputElement).value),
    onBlur,
  };
  return (
    <div class={`ds-field form-field form-field--${field.type}`}>
      <label class="ds-label" for={id}>
        {label}{context}
        {field.required && <span class="form-required"> ({t.required})</span>}
      </label>
      {hint && <div data-field="description" id={helpId}>{hint}</div>}
      {field.type === 'textarea' ? (
        <textarea {...common} rows={Math.min(field.lines ?? 4, 8)} />
      ) : (
        <input {...common} type="text" autocomplete="off" inputMode={isDate ? 'numeric' : undefined} />
      )}
      {field.type === 'signature' && <div class="form-signature-line">{t.signHere}</div>}
      {error && <div class="ds-validation-message" data-color="danger" id={errorId}>{error}</div>}
      <PrintValue input={input} value={value as string} />
    </div>
  );
}
