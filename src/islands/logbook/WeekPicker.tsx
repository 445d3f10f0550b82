import { useEffect, useRef, useState } from 'preact/hooks';
import { weekNumber } from '../../lib/logbook/model.ts';
import { say } from '../../lib/logbook/strings.ts';
import { formatShortDate } from '../../lib/dates.ts';
import { Both, no, type LogbookWords } from './text.tsx';

/** Which week to write: this week, one of the last four, or next week (issue 27). */
export function WeekPicker({ w, choices, onStart, onCancel }: { w: LogbookWords; choices: string[]; onStart(weekStart: string): void; onCancel?: () => void }) {
  const [choice, setChoice] = useState(choices[0]!);
  const select = useRef<HTMLSelectElement>(null);
  // Opened by a button that is now gone: focus goes to the question.
  useEffect(() => select.current?.focus(), []);
  const label = (week: string) => {
    const values = { n: weekNumber(week), date: formatShortDate(week) };
    const other = w.tr && say(w.tr.strings, 'weekChoice', values);
    return other ? `${no(w, 'weekChoice', values)} · ${other}` : no(w, 'weekChoice', values);
  };
  return (
    <div class="logbook-pick" role="group" aria-labelledby="logbook-pick-label">
      <div class="ds-field">
        <label id="logbook-pick-label" class="ds-label" for="logbook-pick"><Both w={w} id="chooseWeek" /></label>
        <select ref={select} id="logbook-pick" class="ds-input" value={choice} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}>
          {choices.map((week) => <option key={week} value={week}>{label(week)}</option>)}
        </select>
      </div>
      <div class="logbook-pick__buttons">
        <button type="button" class="ds-button" onClick={() => onStart(choice)}><Both w={w} id="writeWeek" /></button>
        {onCancel && <button type="button" class="ds-button" data-variant="tertiary" onClick={onCancel}><Both w={w} id="cancel" /></button>}
      </div>
    </div>
  );
}
