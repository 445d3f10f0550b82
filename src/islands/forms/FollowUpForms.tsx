import type { FollowUp } from '../../lib/followup/types.ts';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import { formatShortDate } from '../../lib/dates.ts';
import { meetingsOf } from '../../lib/followup/state.ts';
import { instanceId } from './followup-source.ts';

export interface FormLink {
  id: string;
  title: string;
  /** Forms that hold one copy per three-party meeting (the referat). */
  perMeeting: boolean;
}

interface Props {
  followUp: FollowUp;
  forms: FormLink[];
  base: string;
  t: UiStrings['forms'];
}

/** A form's fill-in page for a follow-up (and a meeting): only random ids, in the hash. */
export const formHref = (base: string, formId: string, followUpId: string, meetingId?: string) =>
  `${base.replace(/\/?$/, '/')}skjema/${formId}/fyll-ut/#oppfolging=${encodeURIComponent(followUpId)}${meetingId ? `&mote=${encodeURIComponent(meetingId)}` : ''}`;

/**
 * The forms of one follow-up, from the workspace. Links carry only the follow-up's random id
 * in the hash (never sent to a server); the form page reads the rest from this browser.
 */
export function FollowUpForms({ followUp, forms, base, t }: Props) {
  const link = (formId: string, meetingId?: string) => formHref(base, formId, followUp.id, meetingId);
  const started = (formId: string, meetingId?: string) => {
    const saved = followUp.forms?.[instanceId(formId, meetingId)];
    return saved ? <span class="followup-forms__state"> · {t.started.replace('{date}', formatShortDate(saved.updatedAt.slice(0, 10)))}</span> : null;
  };
  const meetings = meetingsOf(followUp);
  return (
    <section class="followup-forms" aria-labelledby={`skjema-${followUp.id}`}>
      <h3 id={`skjema-${followUp.id}`} class="ds-heading" data-size="xs">{t.formsForFollowUp}</h3>
      <ul>
        {forms.filter((f) => !f.perMeeting).map((f) => (
          <li key={f.id}><a class="ds-link" href={link(f.id)}>{f.title}</a>{started(f.id)}</li>
        ))}
        {forms.filter((f) => f.perMeeting).flatMap((f) =>
          meetings.map((m) => (
            <li key={`${f.id}-${m.id}`}>
              <a class="ds-link" href={link(f.id, m.id)}>{t.referatFor.replace('{date}', formatShortDate(m.date))}</a>{started(f.id, m.id)}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
