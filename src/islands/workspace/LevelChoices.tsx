import { MASTERY_SCALE, type MasteryLevel } from '../../lib/plan/mastery.ts';
import type { T } from './Status.tsx';

/**
 * The four mastery levels of one task as a segmented control: native radios (arrow keys move
 * between them), one row, each segment at least 44 px tall, the group named «Mestring: <task>».
 * Shared by the phase page and the meeting mode.
 */
export function LevelChoices({ t, name, text, custom, level, onLevel, heading }: {
  t: T; name: string; text: string; custom?: boolean; level?: MasteryLevel; onLevel: (level: MasteryLevel) => void;
  /** In the meeting mode the task is the step's heading, so the legend only names the group. */
  heading?: boolean;
}) {
  return (
    <fieldset class="ws-levels">
      <legend class={heading ? 'visually-hidden' : 'ws-task__text'}><span class="visually-hidden">{`${t.level}: `}</span>{text}{custom && <span class="ws-tag"> {t.ownTag}</span>}</legend>
      <div class="ws-levels__choices">
        {MASTERY_SCALE.map((m) => (
          <label class="ws-level" key={m.level}>
            <input type="radio" name={name} value={m.level} checked={level === m.level} onChange={() => onLevel(m.level)} />
            <span><b>{m.level}</b> <small>{m.label}</small></span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
