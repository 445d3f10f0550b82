import { MASTERY_SCALE, type MasteryLevel } from '../../lib/plan/mastery.ts';
import type { T } from './Status.tsx';

/**
 * The four mastery levels of one task as a segmented control: native radios (arrow keys move
 * between them), one row, each segment at least 44 px tall, the group named «Mestring: <task>».
 * Shared by the phase page and the meeting mode.
 */
export function LevelChoices({ t, name, text, custom, level, onLevel, heading, onPointerPick }: {
  t: T; name: string; text: string; custom?: boolean; level?: MasteryLevel; onLevel: (level: MasteryLevel) => void;
  /** In the meeting mode the task is the step's heading, so the legend only names the group. */
  heading?: boolean;
  /**
   * A tap or click on a level (also on the one already chosen) after it is saved: the meeting
   * mode goes on to the next task. Arrow keys only choose, so a keyboard user is not carried off.
   */
  onPointerPick?: (level: MasteryLevel) => void;
}) {
  const pick = (e: MouseEvent, l: MasteryLevel) => {
    if (!onPointerPick || e.detail === 0) return;
    // Saved here, before the next step replaces this group (the change event comes after the click).
    onLevel(l);
    onPointerPick(l);
  };
  return (
    <fieldset class="ws-levels">
      <legend class={heading ? 'visually-hidden' : 'ws-task__text'}><span class="visually-hidden">{`${t.level}: `}</span>{text}{custom && <span class="ws-tag"> {t.ownTag}</span>}</legend>
      <div class="ws-levels__choices">
        {MASTERY_SCALE.map((m) => (
          <label class="ws-level" key={m.level}>
            <input type="radio" name={name} value={m.level} checked={level === m.level} onClick={(e) => pick(e, m.level)}
              onChange={() => level !== m.level && onLevel(m.level)} />
            <span><b>{m.level}</b> <small>{m.label}</small></span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
