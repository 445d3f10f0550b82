import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FormData } from '../../lib/schemas/form.ts';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import type { PdfMunicipality } from '../../lib/pdf/browser.ts';
import type { PlanData } from '../../lib/schemas/plan.ts';
import { formInputs } from '../../lib/forms/inputs.ts';
import { shownValue, storedValue, toPdfFill, validateAnswers, type FieldError, type FormValues } from '../../lib/forms/answers.ts';
import { prefillForm, suitabilityProposal } from '../../lib/forms/prefill.ts';
import { formatClock, formatShortDate } from '../../lib/dates.ts';
import { findFollowUp, instanceId, saveAnswers, unlockFollowUp, type FollowUpLookup } from './followup-source.ts';
import { UnlockPrompt } from './UnlockPrompt.tsx';
import type { FollowUp } from '../../lib/followup/types.ts';
import { draftStore } from './drafts-store.ts';
import { useAutosave } from '../shared/autosave.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { FieldControl } from './FieldControl.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { Toolbar } from './Toolbar.tsx';

/** The form as the page passes it: the definition, with its review date as text. */
export type FormDefinition = Omit<FormData, 'reviewed'> & { reviewed: string };

interface Props {
  formId: string;
  form: FormDefinition;
  t: UiStrings['forms'];
  base: string;
  municipality: PdfMunicipality;
  workspacePath: string;
  /** The language of the form's own text (labels, help) when it differs from the page's (WCAG 3.1.2). */
  textLang?: string | undefined;
}

type Context =
  | { kind: 'loading' }
  | { kind: 'standalone'; notice?: string }
  | { kind: 'locked'; fuId: string; meetingId?: string }
  | { kind: 'followup'; fuId: string; alias: string; meeting?: { id: string; date: string; agreed: string }; egnethet: string };

/** Only ids from the address's hash: nothing personal ever goes into a URL. */
function readHash(): { fuId?: string; meetingId?: string } {
  const p = new URLSearchParams(location.hash.slice(1));
  return { fuId: p.get('oppfolging') ?? undefined, meetingId: p.get('mote') ?? undefined };
}


export default function FormFiller({ formId, form, t, base, municipality, workspacePath, textLang }: Props) {
  const inputs = useMemo(() => formInputs(form), [form]);
  // A label used twice in the form ("Navn", "Telefon") names its section too, so every name is unique.
  const repeatedLabels = useMemo(() => {
    const seen = new Map<string, number>();
    for (const i of inputs) seen.set(i.field.label, (seen.get(i.field.label) ?? 0) + 1);
    return new Set([...seen].filter(([, n]) => n > 1).map(([label]) => label));
  }, [inputs]);
  const [ready, setReady] = useState(false);
  const [context, setContext] = useState<Context>({ kind: 'loading' });
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [checked, setChecked] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [status, setStatus] = useState<{ text: string; undo?: FormValues } | null>(null);
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const contextRef = useRef(context);
  contextRef.current = context;
  const drafts = useRef(draftStore(base)).current;

  /** Stored form of the answers: ISO dates, NFC text. */
  const toStored = (shown: FormValues): FormValues => {
    const out: FormValues = {};
    for (const input of inputs) if (shown[input.name] !== undefined) out[input.name] = storedValue(input, shown[input.name]!);
    return out;
  };
  const toShown = (stored: FormValues): FormValues => {
    const out: FormValues = {};
    for (const input of inputs) if (stored[input.name] !== undefined) out[input.name] = shownValue(input, stored[input.name]);
    return out;
  };

  const autosave = useAutosave(() => {
    const ctx = contextRef.current;
    const now = new Date().toISOString();
    const stored = toStored(valuesRef.current);
    if (ctx.kind === 'followup') {
      const instance = instanceId(formId, ctx.meeting?.id);
      return saveAnswers(base, ctx.fuId, instance, { formId, ...(ctx.meeting ? { meetingId: ctx.meeting.id } : {}), values: stored });
    }
    if (ctx.kind !== 'standalone') return false;
    return drafts.save(formId, stored, now);
  });

  useEffect(() => {
    setReady(true);
    const { fuId, meetingId } = readHash();
    if (!fuId) {
      setValues(toShown(drafts.load(formId) ?? {}));
      setContext({ kind: 'standalone' });
      return;
    }
    void findFollowUp(base, fuId).then((found) => show(found, fuId, meetingId));
  }, []);

  /** Shows the follow-up's answers, or its facts as a starting point the first time. */
  const show = (found: FollowUpLookup, fuId: string, meetingId?: string) => {
    if (!found.ok && found.reason === 'locked') return setContext({ kind: 'locked', fuId, meetingId });
    if (!found.ok) {
      setValues(toShown(drafts.load(formId) ?? {}));
      return setContext({ kind: 'standalone', notice: t.followUpMissing });
    }
    const fu: FollowUp = found.followUp;
    const meeting = fu.meetings.find((m) => m.id === meetingId && !m.deletedAt);
    const saved = fu.forms?.[instanceId(formId, meeting?.id)];
    return fetch(`${base.replace(/\/?$/, '/')}planer/${encodeURIComponent(fu.planSlug)}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<PlanData>) : Promise.reject(new Error(String(r.status)))))
      .catch(() => ({ title: fu.planSlug, phases: [] }) as unknown as PlanData)
      .then((plan) => {
        const src = { followUp: fu, plan, meeting };
        setValues(toShown(saved?.values ?? prefillForm(form, src)));
        setContext({ kind: 'followup', fuId, alias: fu.alias, meeting, egnethet: plan.phases.length ? suitabilityProposal(src) : '' });
      });
  };

  const unlock = async (passphrase: string): Promise<string | undefined> => {
    if (context.kind !== 'locked') return undefined;
    try {
      await show(await unlockFollowUp(base, passphrase, context.fuId), context.fuId, context.meetingId);
      return undefined;
    } catch {
      return t.wrongPassphrase;
    }
  };

  const onChange = (name: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [name]: value }));
    setStatus(null);
    autosave.changed();
  };
  const recheck = () => checked && setErrors(validateAnswers(form, toStored(valuesRef.current)));

  const check = (): boolean => {
    const found = validateAnswers(form, toStored(values));
    setErrors(found);
    setChecked(true);
    setFocusKey((k) => k + 1);
    return found.length === 0;
  };

  const clear = () => {
    const before = values;
    setValues({});
    setErrors([]);
    autosave.changed();
    setStatus({ text: t.cleared, undo: before });
  };
  const undo = (previous: FormValues) => {
    setValues(previous);
    autosave.changed();
    setStatus({ text: t.restored });
  };

  const insertSuitability = (name: string, text: string) => {
    const current = (values[name] as string | undefined) ?? '';
    onChange(name, current ? `${current}\n\n${text}` : text);
    setStatus({ text: t.inserted });
    document.getElementById(`f-${name}`)?.focus();
  };

  const disabled = !ready || context.kind === 'loading' || context.kind === 'locked';
  const saveText = autosave.state.kind === 'saved' ? fill(t.savedAt, { time: formatClock(autosave.state.at) }) : autosave.state.kind === 'pending' ? t.saving : autosave.state.kind === 'failed' ? t.storageFull : t.notSaved;
  const hasProposal = context.kind === 'followup' && inputs.some((i) => i.field.prefill?.startsWith('mestrer-') || i.field.prefill === 'attest-innledning');

  return (
    <div class="form-filler">
      {context.kind === 'standalone' && (
        <p class="form-filler__context">{context.notice ? <strong>{context.notice} </strong> : null}{t.standalone}</p>
      )}
      {context.kind === 'followup' && (
        <p class="form-filler__context">
          {fill(t.forFollowUp, { alias: context.alias })} {context.meeting ? fill(t.forMeeting, { date: formatShortDate(context.meeting.date) }) : null}{' '}
          <a href={`${workspacePath}#f=${encodeURIComponent(context.fuId)}`}>{t.backToWorkspace}</a>
        </p>
      )}
      {context.kind === 'locked' && <UnlockPrompt t={t} workspacePath={workspacePath} onUnlock={unlock} />}
      {hasProposal && <p class="form-filler__proposal">{t.proposalNote}</p>}
      <ErrorSummary errors={errors} heading={t.errorSummary} focusKey={focusKey} />
      {/* No <form> element before the island runs: nothing can be submitted into a URL. */}
      {form.sections.map((section) =>
        Array.from({ length: section.repeat }, (_, i) => {
          const mine = inputs.filter((x) => x.section.id === section.id && x.copy === i + 1);
          return (
            <fieldset class="ds-fieldset form-section" key={`${section.id}-${i}`} disabled={disabled} lang={textLang}>
              <legend class="ds-heading" data-size="xs">{mine[0]!.context}</legend>
              {section.help && i === 0 && <p class="form-section__help">{section.help}</p>}
              {mine.map((input) => (
                <>
                  <FieldControl
                    key={input.name}
                    input={input}
                    showContext={repeatedLabels.has(input.field.label)}
                    value={values[input.name] ?? (input.field.type === 'checkbox' ? false : '')}
                    error={errors.find((e) => e.name === input.name)?.message}
                    disabled={disabled}
                    t={t}
                    onChange={(v) => onChange(input.name, v)}
                    onBlur={recheck}
                  />
                  {input.field.prefill === 'forslag-egnethet' && context.kind === 'followup' && context.egnethet && (
                    <div class="form-suggestion no-print">
                      <p>{t.suitabilityNote}</p>
                      <button type="button" class="ds-button" data-variant="secondary" onClick={() => insertSuitability(input.name, context.egnethet)}>{t.insertSuitability}</button>
                    </div>
                  )}
                </>
              ))}
            </fieldset>
          );
        }),
      )}
      <Toolbar
        t={t}
        disabled={disabled}
        saveText={saveText}
        saveFailed={autosave.state.kind === 'failed'}
        status={status}
        onUndo={undo}
        onCheck={() => check() && setStatus({ text: t.checkedOk })}
        onClear={clear}
        onPdf={async () => {
          if (!check()) return { ok: false };
          autosave.flush();
          const { downloadFilledForm } = await import('../../lib/pdf/browser.ts');
          const definition: FormData = { ...form, reviewed: new Date(form.reviewed) };
          return { ok: true, ...(await downloadFilledForm({ formId, form: definition, fill: toPdfFill(form, toStored(values)), municipality })) };
        }}
      />
    </div>
  );
}
