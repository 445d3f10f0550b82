import { useState } from 'preact/hooks';
import { InputError, textProblem, type TextField } from '../../lib/followup/limits.ts';
import type { FollowUpDetails } from '../../lib/followup/state.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { CatalogueEntry } from './plans.ts';
import { Field } from './Field.tsx';
import type { T } from './Status.tsx';

type Values = Required<Record<keyof FollowUpDetails, string>> & { planSlug: string };
const FIELDS: [keyof FollowUpDetails, TextField | null, string?][] = [
  ['alias', 'alias'], ['workplace', 'workplace'], ['mentor', 'mentor'], ['caseworker', 'caseworker'], ['startDate', null, 'date'], ['endDate', null, 'date'],
];

/**
 * Creating a follow-up, or editing its details. Limits are checked while typing; the model
 * has the last word (InputError) and its message is shown under the field it names.
 */
export function DetailsForm({ t, idPrefix, initial, plans, onSave, onCancel, submitLabel }: {
  t: T; idPrefix: string; initial?: Partial<FollowUp>; plans?: CatalogueEntry[];
  onSave: (v: FollowUpDetails & { planSlug: string }) => void; onCancel?: () => void; submitLabel: string;
}) {
  const [v, setV] = useState<Values>({
    alias: initial?.alias ?? '', workplace: initial?.workplace ?? '', mentor: initial?.mentor ?? '', caseworker: initial?.caseworker ?? '',
    startDate: initial?.startDate ?? '', endDate: initial?.endDate ?? '', planSlug: initial?.planSlug ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Values, field: TextField | null) => (value: string) => {
    setV((old) => ({ ...old, [k]: value }));
    setErrors((old) => ({ ...old, [k]: field ? textProblem(field, value) : undefined }));
  };
  const focusField = (k: string) => requestAnimationFrame(() => document.getElementById(`${idPrefix}-${k}`)?.focus());

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (plans && !v.planSlug) { setErrors({ planSlug: t.choosePlan }); focusField('planSlug'); return; }
    try {
      setBusy(true);
      onSave(v);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      setErrors({ [err.field]: err.message });
      focusField(err.field);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="ws-form" onSubmit={submit} noValidate>
      {plans && (
        <div class="ds-field ws-field">
          <label class="ds-label" for={`${idPrefix}-planSlug`}>{t.plan}</label>
          <select id={`${idPrefix}-planSlug`} class="ds-input" value={v.planSlug} aria-invalid={errors.planSlug ? true : undefined} aria-describedby={errors.planSlug ? `${idPrefix}-planSlug-error` : undefined} onChange={(e) => set('planSlug', null)((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t.choosePlan}</option>
            {plans.map((p) => <option value={p.slug}>{p.title}</option>)}
          </select>
          {errors.planSlug && <p class="ws-field__error" id={`${idPrefix}-planSlug-error`} role="alert">{errors.planSlug}</p>}
        </div>
      )}
      {FIELDS.map(([k, field, type]) => (
        <Field key={k} id={`${idPrefix}-${k}`} label={t.fields[k]} hint={k === 'alias' ? t.aliasHint : undefined} type={type} value={v[k]} onInput={set(k, field)} error={errors[k]} required={k === 'alias' || k === 'startDate'} />
      ))}
      <div class="ws-actions">
        <button type="submit" class="ds-button" disabled={busy}>{submitLabel}</button>
        {onCancel && <button type="button" class="ds-button" data-variant="secondary" onClick={onCancel}>{t.cancel}</button>}
      </div>
    </form>
  );
}
