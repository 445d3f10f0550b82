import { QUESTION_IDS, MAX_ANSWER, weekNumber, type LogbookWeek, type QuestionId } from '../../lib/logbook/model.ts';
import { formatShortDate } from '../../lib/dates.ts';
import { Both, type LogbookWords } from './text.tsx';

/** One week on one screen: the three measurement points as three short questions, and new words. */
export function WeekView({ week, w, onAnswer }: { week: LogbookWeek; w: LogbookWords; onAnswer(q: QuestionId, text: string): void }) {
  return (
    <section class="logbook-week" aria-labelledby={`${week.id}-title`}>
      <h2 id={`${week.id}-title`} class="ds-heading" data-size="sm" tabIndex={-1}>
        <Both w={w} id="week" values={{ n: weekNumber(week.weekStart) }} />
        <span class="logbook-week__date"> · <Both w={w} id="weekOf" values={{ date: formatShortDate(week.weekStart) }} /></span>
      </h2>
      {QUESTION_IDS.map((q) => {
        const id = `${week.id}-${q}`;
        const text = week.answers[q] ?? '';
        const tooLong = text.length > MAX_ANSWER;
        return (
          <div class="ds-field logbook-question" key={id}>
            <label class="ds-label" for={id}><Both w={w} id={`questions.${q}`} /></label>
            <div data-field="description" id={`${id}-hint`}><Both w={w} id={`hints.${q}`} /></div>
            <textarea
              id={id}
              class="ds-input"
              rows={q === 'nye-ord' ? 4 : 3}
              value={text}
              dir="auto"
              aria-describedby={`${id}-hint${tooLong ? ` ${id}-error` : ''}`}
              aria-invalid={tooLong || undefined}
              onInput={(e) => onAnswer(q, (e.currentTarget as HTMLTextAreaElement).value)}
            />
            {tooLong && <div class="ds-validation-message" data-color="danger" id={`${id}-error`}><Both w={w} id="tooLong" values={{ max: MAX_ANSWER }} /></div>}
          </div>
        );
      })}
    </section>
  );
}
