import { useEffect, useRef } from 'preact/hooks';
import type { ImportDecision, Resolution } from '../../lib/local-data/import-compare.ts';
import { weekNumber, type LogbookWeek } from '../../lib/logbook/model.ts';
import { Both, type LogbookWords } from './text.tsx';

/** Weeks that differ between the file and this browser: the participant chooses, nothing is replaced silently. */
export function ImportChoices({ conflicts, choices, w, onChoose, onDone }: {
  conflicts: Extract<ImportDecision<LogbookWeek>, { kind: 'conflict' }>[];
  choices: Record<string, Resolution>;
  w: LogbookWords;
  onChoose(id: string, r: Resolution): void;
  onDone(): void;
}) {
  // The file field this opened from is gone while the choice is open: focus moves here, so a
  // keyboard or screen reader user lands on the question instead of the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const options: [Resolution, string][] = [['keep-stored', 'keepMine'], ['take-incoming', 'takeFile'], ['keep-both', 'keepBoth']];
  return (
    <div class="logbook-import" role="group" aria-labelledby="logbook-import-title">
      <h2 ref={heading} id="logbook-import-title" class="ds-heading" data-size="xs" tabIndex={-1}><Both w={w} id="conflictTitle" /></h2>
      {conflicts.map((c) => (
        <fieldset class="ds-fieldset" key={c.stored.id}>
          <legend><Both w={w} id="conflictText" values={{ n: weekNumber(c.stored.weekStart) }} /></legend>
          {options.map(([value, label]) => (
            <div class="ds-field logbook-choice" key={value}>
              <input class="ds-input" type="radio" id={`${c.stored.id}-${value}`} name={`valg-${c.stored.id}`} checked={(choices[c.stored.id] ?? 'keep-stored') === value} onChange={() => onChoose(c.stored.id, value)} />
              <label class="ds-label" data-weight="regular" for={`${c.stored.id}-${value}`}><Both w={w} id={label} /></label>
            </div>
          ))}
        </fieldset>
      ))}
      <button type="button" class="ds-button" onClick={onDone}><Both w={w} id="importDone" /></button>
    </div>
  );
}
