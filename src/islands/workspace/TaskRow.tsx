import { useState } from 'preact/hooks';
import type { MasteryLevel } from '../../lib/plan/mastery.ts';
import { textProblem } from '../../lib/followup/limits.ts';
import { LevelChoices } from './LevelChoices.tsx';
import { useNoteEditor } from './useNoteEditor.ts';
import type { Assessment } from '../../lib/followup/types.ts';
import { Status, type Msg, type T } from './Status.tsx';

export interface RowTask { id: string; text: string; custom: boolean }

export interface RowActions {
  level: (level: MasteryLevel) => void;
  note: (text: string) => void;
  /** Keeps a note that cannot be saved yet (too long) as a draft; undefined drops it. */
  draft: (text: string | undefined) => void;
  hide: () => void;
  edit: (text: string) => string | undefined;
  remove: () => void;
}

/** One task: its four mastery choices in one row, a note behind a button, and hide/edit/delete. */
export function TaskRow({ t, task, a, draft, act, msg, saved }: { t: T; task: RowTask; a?: Assessment; draft?: string; act: RowActions; msg?: Msg | null; saved: string }) {
  const [noteOpen, setNoteOpen] = useState(false);
  const [noteTouched, setNoteTouched] = useState(false);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(task.text);
  const [editError, setEditError] = useState<string>();
  const id = task.id.replace(/[^\w-]/g, '_');
  const note = useNoteEditor(a?.note ?? '', draft, act.note, act.draft);
  // A draft or an open choice keeps the box open: nothing typed is hidden away.
  const open = noteOpen || note.held;
  const focusNote = () => requestAnimationFrame(() => document.getElementById(`nt-${id}`)?.focus());

  const saveEdit = (e: Event) => {
    e.preventDefault();
    const problem = act.edit(text);
    setEditError(problem);
    if (!problem) {
      setEditing(false);
      requestAnimationFrame(() => document.getElementById(`edit-${id}`)?.focus());
    }
  };
  const toggleNote = () => {
    if (open && !note.held) { note.release(); setNoteOpen(false); return; }
    setNoteOpen(true);
    focusNote();
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
        <LevelChoices t={t} name={`lv-${id}`} text={task.text} custom={task.custom} level={a?.level} onLevel={act.level} />
      )}
      <div class="ws-task__tools">
        <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" aria-expanded={open} aria-controls={`note-${id}`} aria-label={`${a?.note ? t.noteShow : t.noteAdd}: ${task.text}`} onClick={toggleNote}>
          {a?.note || draft ? t.noteShow : t.noteAdd}
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
      {!open && a?.note && <p class="ws-note-preview">{a.note.length > 120 ? `${a.note.slice(0, 120)}…` : a.note}</p>}
      {open && (
        <div class="ds-field ws-field" id={`note-${id}`}>
          <label class="ds-label" for={`nt-${id}`}>{t.note}</label>
          <textarea id={`nt-${id}`} aria-label={`${t.note}: ${task.text}`} class="ds-input ws-note" rows={3} value={note.value} aria-invalid={note.problem ? true : undefined} aria-describedby={`nt-${id}-state`}
            onInput={(e) => { setNoteTouched(true); note.type((e.currentTarget as HTMLTextAreaElement).value); }} />
          <p id={`nt-${id}-state`} class={note.problem ? 'ws-field__error' : 'ws-hint'} role={note.problem ? 'alert' : 'status'}>
            {note.problem ? `${t.noteDraft} ${note.problem}` : noteTouched ? saved : ''}
          </p>
          {note.other !== undefined && (
            <div class="ws-conflict" role="group" aria-labelledby={`nt-${id}-other-h`}>
              <p id={`nt-${id}-other-h`} role="alert"><strong>{t.noteChangedElsewhere}</strong></p>
              <p class="ws-note-preview">{note.other || t.noteEmpty}</p>
              <div class="ws-actions">
                <button type="button" class="ds-button" data-size="sm" onClick={() => { note.keepMine(); focusNote(); }}>{t.noteKeepMine}</button>
                <button type="button" class="ds-button" data-size="sm" data-variant="secondary" onClick={() => { note.useOther(); focusNote(); }}>{t.noteUseOther}</button>
              </div>
            </div>
          )}
        </div>
      )}
      {msg && <Status msg={msg} t={t} />}
    </li>
  );
}
