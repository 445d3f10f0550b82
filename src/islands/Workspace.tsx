import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteFollowUp, restoreFollowUp } from '../lib/followup/lifecycle.ts';
import type { FollowUp } from '../lib/followup/types.ts';
import type { PdfMunicipality } from '../lib/pdf/browser.ts';
import type { PhaseNumber } from '../lib/plan/structure.ts';
import { useFollowUpStore } from './workspace/useFollowUpStore.ts';
import { useCatalogue, usePlans } from './workspace/usePlans.ts';
import { readRoute, routeHash, type Route } from './workspace/route.ts';
import { FollowUpList } from './workspace/FollowUpList.tsx';
import { stylesheet, useLazy } from './workspace/useLazy.ts';
import followUpCss from './workspace/followup.css?url';
import { Status, savedLabel, type Msg, type T } from './workspace/Status.tsx';
import type { FormLink } from './forms/FollowUpForms.tsx';
import type { UpdateOptions } from './workspace/FollowUpView.tsx';
import type { UiStrings } from '../lib/i18n/nb.ts';

// Parts not needed for the first view load on demand (see useLazy).
const loadCreate = () => import('./workspace/CreateFollowUp.tsx').then((m) => m.CreateFollowUp);
const loadIdleLock = () => import('./workspace/IdleLock.tsx').then((m) => m.IdleLock);
// The view's stylesheet comes with its code: the view shows once both are here, styled from its first paint.
const loadView = () => Promise.all([import('./workspace/FollowUpView.tsx'), stylesheet(followUpCss)]).then(([m]) => m.FollowUpView);
const loadImportExport = () => import('./workspace/ImportExport.tsx').then((m) => m.ImportExport);
const loadLockPanel = () => import('./workspace/LockPanel.tsx').then((m) => m.LockPanel);
const loadDeleteAll = () => import('./workspace/DeleteAll.tsx').then((m) => m.DeleteAll);
const loadUnlockPanel = () => import('./workspace/LockPanel.tsx').then((m) => m.UnlockPanel);
// Warnings and the backup reminder: alerts, announced when they appear.
const loadNotices = () => import('./workspace/Notices.tsx').then((m) => m.Notices);
interface Props { t: T; base: string; municipality: PdfMunicipality; forms: FormLink[]; formsT: UiStrings['forms']; points: string[] }

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** The caseworker's workspace: this browser's follow-ups, one follow-up by phase, import, lock. */
export default function Workspace({ t, base, municipality, forms, formsT, points }: Props) {
  const s = useFollowUpStore(base);
  const [route, setRoute] = useState<Route>(() => readRoute());
  const [listMsg, setListMsg] = useState<Msg | null>(null);
  const [creating, setCreating] = useState(false);
  const { catalogue, catalogueFailed } = useCatalogue(base);
  const live = s.state.followUps.filter((f) => !f.deletedAt);
  const active = route.followUpId ? live.find((f) => f.id === route.followUpId) : undefined;
  const { plans, failed } = usePlans(base, active ? [active.planSlug] : live.map((f) => f.planSlug));
  const FollowUpView = useLazy(loadView, !!active);
  const ImportExport = useLazy(loadImportExport, s.phase === 'open' && !active);
  const LockPanel = useLazy(loadLockPanel, s.phase === 'open' && !active);
  const DeleteAll = useLazy(loadDeleteAll, s.phase === 'open' && !active);
  const UnlockPanel = useLazy(loadUnlockPanel, s.phase === 'locked');
  const Create = useLazy(loadCreate, creating);
  const autoLock = s.phase === 'open' && s.lock.isProtected ? s.state.autoLockMinutes ?? 0 : 0;
  const IdleLock = useLazy(loadIdleLock, autoLock > 0);
  const Notices = useLazy(loadNotices, s.phase === 'open');
  // The store's latest state (also between a commit and the next render).
  const stateRef = { get current() { return s.current(); } };

  useEffect(() => {
    const on = () => setRoute(readRoute());
    addEventListener('hashchange', on);
    // The address may have changed between the first render and this effect (after paint).
    on();
    return () => removeEventListener('hashchange', on);
  }, []);
  // A new view gets its heading focused (once it has rendered: parts load on demand), so
  // keyboard and screen reader users start at the top of it. Not on the first page load.
  const pendingFocus = useRef<string | null>(null);
  const firstRoute = useRef(true);
  useEffect(() => {
    if (firstRoute.current) { firstRoute.current = false; return; }
    // Unless an action already put focus on something that is still there (e.g. an undo button).
    const kept = document.activeElement && document.activeElement !== document.body;
    if (!kept) pendingFocus.current ??= route.followUpId ? '#fu-h' : '#ws-list-h';
  }, [route.followUpId]);
  useEffect(() => {
    const el = pendingFocus.current && (document.querySelector(pendingFocus.current) as HTMLElement | null);
    if (el) { pendingFocus.current = null; el.focus(); }
  });
  useEffect(() => { if (route.planSlug && !route.followUpId) setCreating(true); }, [route.planSlug]);

  const go = (r: Route) => { location.hash = routeHash(r); };
  const setFollowUps = (followUps: FollowUp[]) => s.commit({ ...stateRef.current, followUps });
  const update = (next: FollowUp, opts: UpdateOptions = {}) => {
    const state = { ...stateRef.current, followUps: stateRef.current.followUps.map((f) => (f.id === next.id ? next : f)) };
    s.commit(opts.also ? opts.also(state) : state, opts);
  };
  // The file itself is saved by the part the user acted in (export-file.ts); here the date.
  const exported = () => s.commit({ ...stateRef.current, lastExportAt: new Date().toISOString() });
  const removeFollowUp = (fu: FollowUp) => {
    update(deleteFollowUp(fu));
    go({});
    setListMsg({ text: t.followUpDeleted.replace('{alias}', fu.alias), undo: () => {
      const stored = stateRef.current.followUps.find((f) => f.id === fu.id);
      if (stored) update(restoreFollowUp(stored));
      setListMsg({ text: t.restored });
      go({ followUpId: fu.id });
    } });
    pendingFocus.current = '#ws-list-status button';
  };

  if (s.phase === 'loading') return <p>{t.loading}</p>;
  if (s.phase === 'locked') return !UnlockPanel ? <p>{t.loading}</p> : <UnlockPanel t={t} onUnlock={s.lock.unlock} onDeleteAll={() => { s.lock.deleteAll(); setListMsg({ text: t.allDeleted }); focusSoon('ws-list-h'); }} />;

  const saved = savedLabel(t, s.savedAt);
  return (
    <div class="ws">
      {IdleLock && autoLock > 0 && <IdleLock t={t} minutes={autoLock} onLock={() => void s.lock.lockNow()} />}
      {Notices && <Notices t={t} state={s.state} warnings={s.warnings} setAside={s.setAside} saveFailed={s.saveFailed}
        onBackup={() => focusSoon('io-h')} />}
      <p class="ws-saved" aria-live="polite">{saved}</p>
      {route.followUpId && !active && <p role="alert">{t.notFound} <a class="ds-link" href="#">{t.backToList}</a></p>}
      {active ? (
        plans[active.planSlug] && FollowUpView ? (
          <FollowUpView t={t} fu={active} plan={plans[active.planSlug]!} phase={(route.phase ?? 1) as PhaseNumber} saved={saved}
            onPhase={(phase) => { history.replaceState(null, '', routeHash({ followUpId: active.id, phase })); setRoute({ ...route, phase }); }}
            update={update} noteDrafts={s.state.noteDrafts} live={() => s.current().followUps.find((f) => f.id === active.id)} municipality={municipality} forms={{ links: forms, base, t: formsT }} onExported={exported} onDelete={removeFollowUp} />
        ) : <p role={failed.includes(active.planSlug) ? 'alert' : undefined}>{failed.includes(active.planSlug) ? t.planFailed : t.loading}</p>
      ) : (
        <>
          <section class="ws-section" aria-labelledby="ws-list-h">
            <h2 id="ws-list-h" class="ds-heading" data-size="sm" tabIndex={-1}>{t.listHeading}</h2>
            <Status msg={listMsg} t={t} id="ws-list-status" />
            <FollowUpList t={t} followUps={live} plans={plans} catalogue={catalogue} points={points} />
            {creating ? (
              Create ? <Create t={t} catalogue={catalogue} catalogueFailed={catalogueFailed} planSlug={route.planSlug}
                onCreated={(fu) => { s.commit({ ...stateRef.current, followUps: [...stateRef.current.followUps, fu] }); setCreating(false); go({ followUpId: fu.id }); }}
                onCancel={() => { setCreating(false); focusSoon('ws-new'); }} /> : <p>{t.loading}</p>
            ) : (
              <button type="button" id="ws-new" class="ds-button" onClick={() => { setCreating(true); pendingFocus.current = '#new-planSlug'; }}>{t.newFollowUp}</button>
            )}
          </section>
          {/* The tools under the list load after it and appear together, below everything else:
              nothing on the screen moves when they come (CLS). */}
          <div id="sikkerhetskopi">
            {ImportExport && LockPanel && DeleteAll && <ImportExport t={t} followUps={live} knownPlans={catalogue?.map((c) => c.slug) ?? null}
              onExported={exported} onImported={setFollowUps} />}
          </div>
          {ImportExport && LockPanel && DeleteAll && (
            <>
              <LockPanel t={t} protectedNow={s.lock.isProtected} autoLockMinutes={s.state.autoLockMinutes ?? 0}
                onSet={s.lock.setPassphrase} onRemove={s.lock.removePassphrase} onLockNow={() => void s.lock.lockNow().then(() => focusSoon('unlock-h'))}
                onAutoLock={(m) => s.commit({ ...stateRef.current, autoLockMinutes: m || undefined })} />
              <section class="ws-section" aria-labelledby="danger-h">
                <h2 id="danger-h" class="ds-heading" data-size="sm">{t.deleteAllHeading}</h2>
                <DeleteAll t={t} onDelete={() => { s.lock.deleteAll(); setListMsg({ text: t.allDeleted }); focusSoon('ws-list-h'); }} />
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
