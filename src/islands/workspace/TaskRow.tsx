import { useState } from 'preact/hooks';
import { MASTERY_SCALE, type MasteryLevel } from '../../lib/plan/mastery.ts';
import { textProblem } from '../../lib/followup/limits.ts';
import type { Assessment } from '../../lib/followup/types.ts';
import { Status, type Msg, type T } from './Status.tsx';

export interface RowTask { id: string; text: string; custom: boolean }

export interface RowActions {
  level: (level: MasteryLevel) => void;
  note: (text: string) => void;
  hide: () => void;
  edit: (text: string) => string | undefined;
  remove: () => void;
}

/** One task: its four mastery choices, a note on demand, and hide/edit/delete. */
export function TaskRow({ t, task, a, act, msg, saved }: { t: T; task: RowTask; a?: Assessment; act: RowActions; msg?: Msg | null; saved: string }) {
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState(a?.note ?? '');
  const [noteError, setNoteError] = useState<string>();
  const [noteTouched, setNoteTouched] = useState(false);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(task.text);
  const [editError, setEditError] = useState<string>();
  const id = task.id.replace(/[^\w-]/g, '_');

  const typeNote = (value: string) => {
    setNote(value);
    setNoteTouched(true);
    const problem = textProblem('note', value);
    setNoteError(problem);
    if (!problem) act.note(value);
  };
  const saveEdit = (e: Event) => {
    e.preventDefault();
    const problem = act.edit(text);
    setEditError(problem);
    if (!problem) {
      setEditing(false);
      requestAnimationFrame(() => document.getElementById(`edit-${id}`)?.focus());
    }
  };

  return (
    <li class="ws-task" data-task={task.id}>
      {editing ? (
        <form class="ws-inline-form" onSubmit={saveEdit}>
          <label class="ds-label" for={`text-${id}`}>{t.taskText}</label>
          <input id={`text-${id}`} class="ds-input" value={text} aria-invalid={editError ? true : undefined} aria-describedby={editError ? `text-${id}-error` : undefined}
            onInput={(e) => { const v = (e.currentTarget as HTMLInputElement).value; setText(v); setEditError(textProblem('taskText', v, true)); }} />
          {editError && <p class="ws-field__error" id={`text-${id}-error`} role="alert">{editError}</p>}
          <div class="ws-actions">
            <button type="submit" class="ds-button" data-size="sm">{t.saveTask}</button>
            <button type="button" class="ds-button" data-size="sm" data-variant="secondary" onClick={() => { setEditing(false); setText(task.text); setEditError(undefined); }}>{t.cancel}</button>
          </div>
        </form>
      ) : (
        <fieldset class="ws-levels">
          <legend class="ws-task__text"><span class="visually-hidden">{`${t.level}: `}</span>{task.text}{task.custom && <span class="ws-tag"> {t.ownTag}</span>}</legend>
          <div class="ws-levels__choices">
            {MASTERY_SCALE.map((m) => (
              <label class="ws-level" key={m.level}>
                <input type="radio" name={`lv-${id}`} value={m.level} checked={a?.level === m.level} onChange={() => act.level(m.level)} />
                <span><b>{m.level}</b> {m.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div class="ws-task__tools">
        <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" aria-expanded={noteOpen} aria-controls={`note-${id}`} aria-label={`${a?.note ? t.noteShow : t.noteAdd}: ${task.text}`} onClick={() => { setNoteOpen(!noteOpen); if (!noteOpen) requestAnimationFrame(() => document.getElementById(`nt-${id}`)?.focus()); }}>
          {a?.note ? t.noteShow : t.noteAdd}
        </button>
        {task.custom && !editing && (
          <button type="button" id={`edit-${id}`} class="ds-button" data-variant="tertiary" data-size="sm" aria-label={`${t.editTask}: ${task.text}`} onClick={() => { setEditing(true); requestAnimationFrame(() => document.getElementById(`text-${id}`)?.focus()); }}>
            {t.editTask}
          </button>
        )}
        <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" aria-label={`${t.hideTask}: ${task.text}`} onClick={act.hide}>{t.hideTask}</button>
        {task.custom && (
          <button type="button" class="ds-button" data-variant="tertiary" data-color="danger" data-size="sm" aria-label={`${t.deleteTask}: ${task.text}`} onClick={act.remove}>{t.deleteTask}</button>
        )}
      </div>
      {!noteOpen && a?.note && <p class="ws-note-preview">{a.note.length > 120 ? `${a.note.slice(0, 120)}…` : a.note}</p>}
      {noteOpen && (
        <div class="ds-field ws-field" id={`note-${id}`}>
          <label class="ds-label" for={`nt-${id}`}>{t.note}</label>
          <textarea id={`nt-${id}`} aria-label={`${t.note}: ${task.text}`} class="ds-input ws-note" rows={3} value={note} aria-invalid={noteError ? true : undefined} aria-describedby={`nt-${id}-state`} onInput={(e) => typeNote((e.currentTarget as HTMLTextAreaElement).value)} />
          <p id={`nt-${id}-state`} class={noteError ? 'ws-field__error' : 'ws-hint'} role={noteError ? 'alert' : 'status'}>{noteError ?? (noteTouched ? saved : '')}</p>
        </div>
      )}
      {msg && <Status msg={msg} t={t} />}
    </li>
  );
}
