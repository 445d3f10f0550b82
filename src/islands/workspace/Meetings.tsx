import { useState } from 'preact/hooks';
import { InputError, formatDate, textProblem, todayIso } from '../../lib/followup/limits.ts';
import { newId } from '../../lib/followup/state.ts';
import { meetingDateWarning } from '../../lib/followup/meetings.ts';
import { type MeetingInput } from '../../lib/followup/edits.ts';
import type { Meeting } from '../../lib/followup/types.ts';
import { Field } from './Field.tsx';
import { Status, type Msg, type T } from './Status.tsx';

/** The meeting form: one id per opening, so a double click saves once; cleared after saving. */
function MeetingForm({ t, initial, startDate, onSave, onCancel }: { t: T; initial?: Meeting; startDate: string; onSave: (id: string, v: MeetingInput) => void; onCancel?: () => void }) {
  const [id, setId] = useState(() => initial?.id ?? newId('mote'));
  const [v, setV] = useState<MeetingInput>({ date: initial?.date ?? todayIso(), agreed: initial?.agreed ?? '' });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const prefix = `m-${initial ? initial.id : 'new'}`;
  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      onSave(id, v);
      if (!initial) {
        setId(newId('mote'));
        setV({ date: todayIso(), agreed: '' });
      }
      setErrors({});
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      setErrors({ [err.field]: err.message });
      document.getElementById(`${prefix}-${err.field}`)?.focus();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="ws-form" onSubmit={submit} noValidate>
      <Field id={`${prefix}-date`} label={t.meetingDate} type="date" value={v.date} error={errors.date} required onInput={(date) => setV({ ...v, date })} />
      <p class="ws-hint" role="status">{meetingDateWarning({ startDate }, v.date) ?? ''}</p>
      <Field id={`${prefix}-agreed`} label={t.agreed} multiline value={v.agreed} error={errors.agreed} onInput={(agreed) => { setV({ ...v, agreed }); setErrors({ agreed: textProblem('agreed', agreed) }); }} />
      <div class="ws-actions">
        <button type="submit" class="ds-button" data-size="sm" disabled={busy}>{initial ? t.saveChanges : t.saveMeeting}</button>
        {onCancel && <button type="button" class="ds-button" data-size="sm" data-variant="secondary" onClick={onCancel}>{t.cancel}</button>}
      </div>
    </form>
  );
}

/** Meetings ("trekantsamtaler"): list with edit and delete (undo), and the form for a new one. */
export function Meetings({ t, meetings, startDate, msg, onAdd, onEdit, onDelete }: {
  t: T; meetings: Meeting[]; startDate: string; msg?: Msg | null;
  onAdd: (id: string, v: MeetingInput) => void; onEdit: (id: string, v: MeetingInput) => void; onDelete: (m: Meeting) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  return (
    <section class="ws-section" aria-labelledby="meetings-h">
      <h2 id="meetings-h" class="ds-heading" data-size="sm">{t.meetings}</h2>
      <p class="ws-hint">{t.meetingsExplained}</p>
      {meetings.length === 0 ? <p>{t.noMeetings}</p> : (
        <ol class="ws-meetings">
          {meetings.map((m) => (
            <li key={m.id} class="ws-meeting">
              {editing === m.id ? (
                <MeetingForm t={t} startDate={startDate} initial={m} onSave={(id, v) => { onEdit(id, v); setEditing(null); focus(`medit-${m.id}`); }} onCancel={() => { setEditing(null); focus(`medit-${m.id}`); }} />
              ) : (
                <>
                  <h3 class="ws-meeting__date">{formatDate(m.date)}</h3>
                  {m.agreed && <p class="ws-meeting__agreed">{m.agreed}</p>}
                  <div class="ws-actions">
                    <button type="button" id={`medit-${m.id}`} class="ds-button" data-size="sm" data-variant="tertiary" aria-label={`${t.edit}: ${t.meeting} ${formatDate(m.date)}`} onClick={() => { setEditing(m.id); focus(`m-${m.id}-date`); }}>{t.edit}</button>
                    <button type="button" class="ds-button" data-size="sm" data-variant="tertiary" data-color="danger" aria-label={`${t.delete}: ${t.meeting} ${formatDate(m.date)}`} onClick={() => onDelete(m)}>{t.delete}</button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <Status msg={msg} t={t} id="meetings-status" />
      {adding ? (
        <>
          <h3 class="ds-heading" data-size="2xs">{t.newMeeting}</h3>
          <MeetingForm t={t} startDate={startDate} onSave={(id, v) => { onAdd(id, v); }} onCancel={() => { setAdding(false); focus('meeting-open'); }} />
        </>
      ) : (
        <button type="button" id="meeting-open" class="ds-button" data-variant="secondary" onClick={() => { setAdding(true); focus('m-new-date'); }}>{t.newMeeting}</button>
      )}
    </section>
  );
}
