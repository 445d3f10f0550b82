import type { FormData } from '../schemas/form.ts';
import type { PREFILL_KEYS } from '../schemas/form.ts';
import type { PlanData } from '../schemas/plan.ts';
import type { FollowUp } from '../followup/types.ts';
import { isoDate } from '../dates.ts';
import { tasksOf } from '../plan/model.ts';
import { tailorPlan } from '../followup/tailor.ts';
import { groupText, masteredTasks, periodText } from './certificate.ts';
import { formInputs } from './inputs.ts';
import type { FormValues } from './answers.ts';

export type PrefillKey = (typeof PREFILL_KEYS)[number];

export interface PrefillSource {
  followUp: Pick<FollowUp, 'alias' | 'workplace' | 'mentor' | 'caseworker' | 'startDate' | 'assessments' | 'customTasks' | 'hiddenTaskIds'> & { endDate?: string };
  plan: Pick<PlanData, 'title' | 'phases'>;
  /** The three-party meeting a referat belongs to. */
  meeting?: { date: string; agreed: string; nextDate?: string };
  today?: Date;
}

/**
 * What each prefill key means, from the follow-up. `forslag-egnethet` stays empty: personal
 * suitability goes into a certificate only when the caseworker inserts it (suitabilityProposal).
 */
export function prefillValue(key: PrefillKey, src: PrefillSource): string {
  const { followUp, plan } = src;
  const groups = () => masteredTasks(plan, followUp);
  switch (key) {
    case 'deltaker': return followUp.alias;
    case 'praksisplass': return followUp.workplace;
    case 'fadder': return followUp.mentor;
    case 'veileder': return followUp.caseworker ?? '';
    case 'startdato': return followUp.startDate;
    case 'sluttdato': return followUp.endDate ?? '';
    case 'plan': return plan.title;
    case 'oppgaver': {
      const phase1 = tasksOf(tailorPlan(plan, followUp)).filter((t) => t.phase === 1 && t.point === 'arbeid');
      return [`Oppgavene i opplæringsplanen «${plan.title}». Vi begynner med:`, ...phase1.map((t) => `– ${t.text}`)].join('\n');
    }
    case 'idag': return isoDate(src.today ?? new Date());
    case 'motedato': return src.meeting?.date ?? '';
    case 'avtalt': return src.meeting?.agreed ?? '';
    case 'neste-mote': return src.meeting?.nextDate ?? '';
    case 'attest-innledning': return periodText(followUp, plan.title);
    case 'mestrer-sprak': return groupText(groups().find((g) => g.point === 'sprak')!);
    case 'mestrer-egnethet': return groupText(groups().find((g) => g.point === 'egnethet')!);
    case 'mestrer-arbeid': return groupText(groups().find((g) => g.point === 'arbeid')!);
    case 'forslag-egnethet': return '';
  }
}

/** Personal suitability goes into a certificate only when the caseworker chooses it: offered, never filled. */
export function suitabilityProposal(src: PrefillSource): string {
  return groupText(masteredTasks(src.plan, src.followUp).find((g) => g.point === 'egnethet')!);
}

/** Starting answers for a form opened from a follow-up: only fields that declare a prefill key. */
export function prefillForm(form: Pick<FormData, 'sections'>, src: PrefillSource): FormValues {
  const values: FormValues = {};
  for (const input of formInputs(form)) {
    const key = input.field.prefill;
    if (!key || input.copy > 1) continue;
    const value = prefillValue(key, src);
    if (value) values[input.name] = value;
  }
  return values;
}
