import { masteryLabel, type MasteryLevel } from '../../lib/plan/mastery.ts';
import type { Plan } from '../../lib/plan/model.ts';
import { formatDate } from '../../lib/followup/limits.ts';
import { changesSinceLastMeeting } from '../../lib/followup/meetings.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { T } from './Status.tsx';

const level = (t: T, l?: MasteryLevel) => (l ? `${l} ${masteryLabel(l)}` : t.notAssessed);

/** What was assessed, noted or added since the last recorded meeting, and what was agreed then. */
export function SinceLastMeeting({ t, plan, fu }: { t: T; plan: Plan; fu: FollowUp }) {
  const since = changesSinceLastMeeting(plan, fu);
  if (!since) return null;
  const { meeting, levels, notes, addedTasks } = since;
  const nothing = !levels.length && !notes.length && !addedTasks.length;
  return (
    <section class="ws-section ws-since" aria-labelledby="since-h">
      <h2 id="since-h" class="ds-heading" data-size="sm">{t.sinceHeading.replace('{date}', formatDate(meeting.date))}</h2>
      {nothing && <p>{t.sinceNothing}</p>}
      {levels.length > 0 && (
        <>
          <h3 class="ds-heading" data-size="2xs">{t.sinceLevels} ({levels.length})</h3>
          <ul>
            {levels.map((c) => <li key={c.id}>{c.text}: <span class="ws-nowrap">{level(t, c.before)}</span> → <strong class="ws-nowrap">{level(t, c.now)}</strong></li>)}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <>
          <h3 class="ds-heading" data-size="2xs">{t.sinceNotes} ({notes.length})</h3>
          <ul>{notes.map((c) => <li key={c.id}>{c.text}</li>)}</ul>
        </>
      )}
      {addedTasks.length > 0 && (
        <>
          <h3 class="ds-heading" data-size="2xs">{t.sinceAdded} ({addedTasks.length})</h3>
          <ul>{addedTasks.map((c) => <li key={c.id}>{c.text}</li>)}</ul>
        </>
      )}
      {meeting.agreed && (
        <details>
          <summary>{t.sinceAgreed}</summary>
          <p class="ws-meeting__agreed">{meeting.agreed}</p>
        </details>
      )}
      {meeting.nextDate && <p>{t.sinceNextDate.replace('{date}', formatDate(meeting.nextDate))}</p>}
    </section>
  );
}
