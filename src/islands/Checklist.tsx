import { useEffect, useRef, useState } from 'preact/hooks';
import type { Plan } from '../lib/plan/model.ts';
import type { FollowUp } from '../lib/followup/types.ts';
import type { StoredState } from '../lib/followup/storage.ts';
import { exportFile, mergeImport, parseImport } from '../lib/followup/storage.ts';
import { addCustomTask, addMeeting, createFollowUp, orphanedAssessments, progress, setAssessment, setHidden } from '../lib/followup/state.ts';
import { tailorPlan } from '../lib/followup/tailor.ts';
import { MASTERY_SCALE } from '../lib/plan/mastery.ts';
import { MEASUREMENT_POINTS, PHASES } from '../lib/plan/structure.ts';
import { download, storeFor } from './checklist/store.ts';
import { Chart } from './checklist/Chart.tsx';
import type { UiStrings } from '../lib/i18n/nb.ts';
import type { PdfMunicipality } from '../lib/pdf/browser.ts';

/** The contract of lib/pdf/browser.ts; imported lazily so pdf-lib loads only when needed. */
interface PdfModule { downloadFilledPlan(a: { plan: Plan; followUp: FollowUp; municipality: PdfMunicipality }): Promise<{ warnings: string[] }>; preparePdf(): Promise<void> }
interface Props { plan: Plan; t: UiStrings['checklist']; base: string; planSlugs: string[]; municipality: PdfMunicipality; minePath: string }

export default function Checklist({ plan, t, base, planSlugs, municipality, minePath }: Props) {
  const store = useRef(storeFor(base)).current;
  const [state, setState] = useState<StoredState>({ version: 2, followUps: [] });
  const [setAside, setSetAside] = useState<unknown[]>([]);
  const [msg, setMsg] = useState('');
  const [err, setErr] = useState('');
  const [pdfWarnings, setPdfWarnings] = useState<string[]>([]);
  const [pdfBusy, setPdfBusy] = useState(false);

  const reload = (note?: string) => {
    const r = store.read();
    setState(r.state);
    setSetAside(r.setAside);
    if (r.warnings.length) setErr(r.warnings.join(' '));
    if (note) setMsg(note);
  };
  useEffect(() => { reload(); return store.onChange(() => reload(t.otherTab)); }, []);

  const save = (next: StoredState, note = t.saved) => {
    // Re-read first so a change from another tab is not overwritten.
    const fresh = store.read().state;
    const ids = new Set(next.followUps.map((f) => f.id));
    const merged = { ...next, followUps: [...next.followUps, ...fresh.followUps.filter((f) => !ids.has(f.id) && !state.followUps.some((o) => o.id === f.id))] };
    if (!store.write(merged, setAside)) { setErr(t.storageFull); return; }
    setErr('');
    setState(merged);
    setMsg(note);
  };

  const mine = state.followUps.filter((f) => f.planSlug === plan.slug);
  const active = mine.find((f) => f.id === state.activeId) ?? mine[0];
  const update = (fu: FollowUp, note?: string) => save({ ...state, activeId: fu.id, followUps: state.followUps.map((f) => (f.id === fu.id ? fu : f)) }, note);

  const onCreate = (e: Event) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(d.get(k) ?? '').trim();
    if (!get('alias') || !get('startDate')) { setErr(t.required); return; }
    const fu = createFollowUp({ alias: get('alias'), planSlug: plan.slug, workplace: get('workplace'), mentor: get('mentor'), startDate: get('startDate') });
    save({ ...state, activeId: fu.id, followUps: [...state.followUps, fu] }, `${t.saved} ${fu.alias}`);
    (e.currentTarget as HTMLFormElement).reset();
  };

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = file.size > 5_000_000 ? '' : await file.text();
    const r = parseImport(text, file.size, new Set(planSlugs));
    if (!r.ok) { setErr(r.message); setMsg(''); return; }
    save(mergeImport(state, r.followUps), `${t.imported} ${r.followUps.map((f) => f.alias).join(', ')}`);
  };

  const onDeleteOne = () => {
    if (!active || !confirm(t.confirmDeleteOne.replace('{alias}', active.alias))) return;
    const rest = state.followUps.filter((f) => f.id !== active.id);
    save({ ...state, activeId: rest.find((f) => f.planSlug === plan.slug)?.id, followUps: rest }, t.deletedOne.replace('{alias}', active.alias));
  };

  const onDeleteAll = () => {
    if (!confirm(t.confirmDelete)) return;
    store.clear();
    setState({ version: 2, followUps: [] });
    setSetAside([]);
    setErr('');
    setMsg(t.deleted);
  };

  // Once a follow-up exists, the PDF code and Latin fonts load while the page is idle,
  // so the first click costs what the second does.
  const hasFollowUp = mine.length > 0;
  useEffect(() => {
    if (!hasFollowUp) return;
    const warm = () => void import('../lib/pdf/browser.ts').then((m: PdfModule) => m.preparePdf()).catch(() => {});
    const id = 'requestIdleCallback' in window ? requestIdleCallback(warm, { timeout: 5000 }) : setTimeout(warm, 2000);
    return () => ('cancelIdleCallback' in window ? cancelIdleCallback(id as number) : clearTimeout(id));
  }, [hasFollowUp]);

  const onPdf = async () => {
    if (!active || pdfBusy) return;
    setPdfBusy(true);
    try {
      const { downloadFilledPlan }: PdfModule = await import('../lib/pdf/browser.ts');
      const r = await downloadFilledPlan({ plan, followUp: active, municipality });
      setPdfWarnings(r.warnings);
    } catch {
      setErr(t.pdfFailed);
    } finally {
      setPdfBusy(false);
    }
  };

  const tailored = active ? tailorPlan(plan, active) : plan;
  const orphans = active ? orphanedAssessments(plan, active) : [];
  const field = (name: string, label: string, type = 'text') => (
    <div class="ds-field"><label class="ds-label" for={`cl-${name}`}>{label}</label><input class="ds-input" id={`cl-${name}`} name={name} type={type} required={name === 'alias' || name === 'startDate'} /></div>
  );

  return (
    <section class="checklist no-print" aria-labelledby="cl-h">
      <h2 id="cl-h">{t.heading}</h2>
      <p>{t.privacy} <a class="ds-link" href={minePath}>{t.mine}</a></p>
      <p role="status" aria-live="polite" class="checklist-status">{msg}</p>
      {err && <p role="alert" class="ds-alert" data-color="danger">{err}</p>}
      {setAside.length > 0 && <button type="button" class="ds-button" data-variant="secondary" onClick={() => download('uleselige-data.json', JSON.stringify(setAside))}>{t.setAside}</button>}

      <details open={mine.length === 0}>
        <summary>{t.newFollowUp}</summary>
        <form onSubmit={onCreate}>
          {field('alias', t.alias)}{field('workplace', t.workplace)}{field('mentor', t.mentor)}{field('startDate', t.startDate, 'date')}
          <button class="ds-button" type="submit">{t.create}</button>
        </form>
      </details>

      {mine.length > 0 && active && (
        <div>
          <div class="ds-field"><label class="ds-label" for="cl-active">{t.choose}</label>
            <select class="ds-input" id="cl-active" value={active.id} onChange={(e) => save({ ...state, activeId: (e.currentTarget as HTMLSelectElement).value }, '')}>
              {mine.map((f) => <option value={f.id}>{f.alias} ({f.workplace || '–'}, {f.startDate})</option>)}
            </select>
          </div>
          <p>{t.progress}: {MEASUREMENT_POINTS.map((p) => `${p.label} ${progress(plan, active, { point: p.id }).percent} %`).join(' · ')}</p>
          {tailored.phases.map((phase) => (
            <fieldset class="checklist-phase">
              <legend>{PHASES.find((p) => p.number === phase.number)?.title} – {progress(plan, active, { phase: phase.number }).percent} %</legend>
              {MEASUREMENT_POINTS.map((point) => (
                <div>
                  <h3>{point.label}</h3>
                  <ul class="checklist-tasks">
                    {phase.tasks[point.id].map((task) => {
                      const a = active.assessments[task.id];
                      return (
                        <li data-task={task.id}>
                          <p>{task.text}</p>
                          <label for={`lv-${task.id}`}>{t.level}</label>{' '}
                          <select id={`lv-${task.id}`} value={a?.level ?? ''} onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; update(setAssessment(active, task.id, { level: v ? (Number(v) as 1) : null })); }}>
                            <option value="">{t.notSet}</option>
                            {MASTERY_SCALE.map((m) => <option value={m.level}>{m.level} – {m.label}</option>)}
                          </select>
                          <label for={`nt-${task.id}`}>{t.note}</label>
                          <textarea id={`nt-${task.id}`} rows={2} maxLength={10000} value={a?.note ?? ''} onChange={(e) => update(setAssessment(active, task.id, { note: (e.currentTarget as HTMLTextAreaElement).value }))} />
                          <button type="button" class="ds-button" data-variant="tertiary" onClick={() => update(setHidden(active, task.id, true), `${t.hide}: ${task.text}`)}>{t.hide}</button>
                        </li>
                      );
                    })}
                  </ul>
                  <form onSubmit={(e) => { e.preventDefault(); const f = e.currentTarget as HTMLFormElement; const v = String(new FormData(f).get('text') ?? '').trim(); if (v) { update(addCustomTask(active, phase.number, point.id, v)); f.reset(); } }}>
                    <label for={`add-${phase.number}-${point.id}`}>{t.addTask} ({point.short}, fase {phase.number})</label>
                    <input class="ds-input" id={`add-${phase.number}-${point.id}`} name="text" maxLength={500} />
                    <button type="submit" class="ds-button" data-variant="secondary">{t.add}</button>
                  </form>
                </div>
              ))}
            </fieldset>
          ))}
          {active.hiddenTaskIds.length > 0 && (
            <div><h3>{t.hidden}</h3><ul>{active.hiddenTaskIds.map((id) => <li>{plan.phases.flatMap((p) => Object.values(p.tasks).flat()).find((x) => x.id === id)?.text ?? id} <button type="button" class="ds-button" data-variant="tertiary" onClick={() => update(setHidden(active, id, false))}>{t.show}</button></li>)}</ul></div>
          )}
          {orphans.length > 0 && <div><h3>{t.orphans}</h3><ul>{orphans.map((id) => <li>{id}: {active.assessments[id]?.level ?? '–'} {active.assessments[id]?.note ?? ''}</li>)}</ul></div>}
          <h3>{t.meetings}</h3>
          <form onSubmit={(e) => { e.preventDefault(); const d = new FormData(e.currentTarget as HTMLFormElement); const date = String(d.get('date') ?? ''); if (date) update(addMeeting(plan, active, date, String(d.get('agreed') ?? ''))); }}>
            <label for="cl-mdate">{t.meetingDate}</label><input class="ds-input" id="cl-mdate" name="date" type="date" required />
            <label for="cl-agreed">{t.agreed}</label><textarea class="ds-input" id="cl-agreed" name="agreed" rows={2} />
            <button type="submit" class="ds-button" data-variant="secondary">{t.saveMeeting}</button>
          </form>
          <ul>{active.meetings.map((m) => <li>{m.date}: {m.agreed}</li>)}</ul>
          <Chart meetings={active.meetings} title={t.chartTitle} />
          <p>
            <button type="button" class="ds-button" onClick={onPdf} disabled={pdfBusy} aria-busy={pdfBusy}>{t.pdf}</button>{' '}
            <button type="button" class="ds-button" data-variant="secondary" onClick={() => download(`oppfolging-${active.alias}.json`, exportFile([active]))}>{t.exportOne}</button>{' '}
            <button type="button" class="ds-button" data-color="danger" data-variant="tertiary" onClick={onDeleteOne}>{t.deleteOne}</button>
          </p>
          {pdfWarnings.length > 0 && <ul>{pdfWarnings.map((w) => <li>{w}</li>)}</ul>}
        </div>
      )}
      <p>
        <button type="button" class="ds-button" data-variant="secondary" onClick={() => download('oppfolginger.json', exportFile(state.followUps))}>{t.exportAll}</button>{' '}
        <label class="ds-label" for="cl-import">{t.importFile}</label> <input id="cl-import" type="file" accept="application/json,.json" onChange={onImport} />{' '}
        <button type="button" class="ds-button" data-color="danger" data-variant="secondary" onClick={onDeleteAll}>{t.deleteAll}</button>
      </p>
    </section>
  );
}
