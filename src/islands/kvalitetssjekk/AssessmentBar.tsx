import { useState } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import { byDateDescending, type Assessment } from '../../lib/quality/assessment.ts';
import { formatShortDate, todayIso } from '../../lib/dates.ts';

interface Props {
  assessments: Assessment[];
  active: Assessment | undefined;
  t: UiStrings['quality'];
  onChoose: (id: string) => void;
  onCreate: (date: string) => void;
  onDate: (date: string) => void;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Which assessment is open, its date, and a new one (a yearly check is a new dated assessment). */
export function AssessmentBar({ assessments, active, t, onChoose, onCreate, onDate }: Props) {
  const [date, setDate] = useState(todayIso());
  const start = (
    <div class="kv-new">
      <div class="ds-field">
        <label class="ds-label" for="kv-new-date">{t.assessmentDate}</label>
        <input class="ds-input" id="kv-new-date" type="date" value={date} onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <button type="button" class="ds-button" disabled={!DAY.test(date)} onClick={() => onCreate(date)}>{t.start}</button>
    </div>
  );
  if (!active) return <div class="kv-bar-start">{start}</div>;
  return (
    <div class="kv-assessment no-print">
      <div class="ds-field">
        <label class="ds-label" for="kv-active">{t.choose}</label>
        <select class="ds-input" id="kv-active" value={active.id} onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value)}>
          {byDateDescending(assessments).map((a) => <option key={a.id} value={a.id}>{formatShortDate(a.date)}{a.importedCopy ? ` (${t.copy})` : ''}</option>)}
        </select>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="kv-active-date">{t.changeDate}</label>
        <input class="ds-input" id="kv-active-date" type="date" value={active.date} onChange={(e) => { const v = (e.currentTarget as HTMLInputElement).value; if (DAY.test(v)) onDate(v); }} />
      </div>
      <details class="kv-new-details">
        <summary>{t.newAssessment}</summary>
        {start}
      </details>
    </div>
  );
}
