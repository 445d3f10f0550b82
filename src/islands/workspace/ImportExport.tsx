import { useState } from 'preact/hooks';
import { decryptJson, encryptJson } from '../../lib/local-data/crypto-lock.ts';
import { applyFollowUpImport, compareFollowUps, parseImport, versionSummary, type FollowUpDecision, type Resolution } from '../../lib/followup/import.ts';
import { formatDate } from '../../lib/followup/limits.ts';
import { formatClock } from '../../lib/dates.ts';
import { MAX_IMPORT_BYTES } from '../../lib/followup/storage.ts';
import { exportFile } from '../../lib/followup/export-format.ts';
import { downloadFollowUps } from './export-file.ts';
import type { LockedBlob } from '../../lib/local-data/crypto-lock.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import { Field } from './Field.tsx';
import { Status, type Msg, type T } from './Status.tsx';

interface Props {
  t: T; followUps: FollowUp[]; knownPlans: string[] | null;
  /** After a backup file was saved. */
  onExported: () => void;
  onImported: (followUps: FollowUp[]) => void;
}

const when = (iso: string) => `${formatDate(iso)} ${iso ? formatClock(new Date(iso)) : ''}`;

/** Export (plain or encrypted) and import with a choice for every follow-up that differs. */
export function ImportExport({ t, followUps, knownPlans, onExported, onImported }: Props) {
  const [msg, setMsg] = useState<Msg | null>(null);
  const [decisions, setDecisions] = useState<FollowUpDecision[] | null>(null);
  const [choices, setChoices] = useState<Record<string, Resolution>>({});
  const [encrypted, setEncrypted] = useState<LockedBlob | null>(null);
  const [filePass, setFilePass] = useState('');
  const [exportPass, setExportPass] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const finish = (ds: FollowUpDecision[], res: Record<string, Resolution>) => {
    const r = applyFollowUpImport(followUps, ds, res);
    onImported(r.followUps);
    setDecisions(null);
    setMsg({ text: r.message });
    requestAnimationFrame(() => document.getElementById('import-file')?.focus());
  };
  const compare = (incoming: FollowUp[]) => {
    const ds = compareFollowUps(followUps, incoming);
    if (ds.some((d) => d.kind === 'conflict')) {
      setDecisions(ds);
      setChoices({});
      setMsg({ text: t.importConflicts });
      requestAnimationFrame(() => document.getElementById('conflicts-h')?.focus());
    } else finish(ds, {});
  };
  const read = (text: string, size: number) => {
    if (!knownPlans) { setMsg({ text: t.plansNotLoaded, error: true }); return; }
    const r = parseImport(text, size, new Set(knownPlans));
    if (r.ok === false) setMsg({ text: r.message, error: true });
    else if (r.ok === 'encrypted') { setEncrypted(r.blob); setMsg({ text: t.fileEncrypted }); requestAnimationFrame(() => document.getElementById('file-pass')?.focus()); }
    else compare(r.followUps);
  };
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setDecisions(null);
    setEncrypted(null);
    read(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);
  };
  const openEncrypted = async (e: Event) => {
    e.preventDefault();
    if (!encrypted || busy) return;
    setBusy(true);
    try {
      const { plaintext } = await decryptJson(encrypted, filePass);
      setEncrypted(null);
      setFilePass('');
      read(plaintext, plaintext.length);
    } catch (err) {
      setMsg({ text: (err as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  };
  const exportEncrypted = async (e: Event) => {
    e.preventDefault();
    if (exportPass === null || busy) return;
    if ([...exportPass].length < 8) { setMsg({ text: t.passTooShort, error: true }); return; }
    setBusy(true);
    const { blob } = await encryptJson(exportFile(followUps), exportPass);
    setBusy(false);
    downloadFollowUps(followUps, blob);
    onExported();
    setExportPass(null);
    setMsg({ text: t.exportedEncrypted });
  };

  const [showPass, setShowPass] = useState(false);
  return (
    <section class="ws-section" aria-labelledby="io-h">
      <h2 id="io-h" class="ds-heading" data-size="sm" tabIndex={-1}>{t.backup}</h2>
      <p class="ws-hint">{t.backupExplained}</p>
      <div class="ws-actions">
        <button type="button" class="ds-button" data-variant="secondary" disabled={followUps.length === 0} onClick={() => { downloadFollowUps(followUps); onExported(); setMsg({ text: t.exported }); }}>{t.exportAll}</button>
        <button type="button" class="ds-button" data-variant="secondary" disabled={followUps.length === 0} onClick={() => { setExportPass(''); requestAnimationFrame(() => document.getElementById('export-pass')?.focus()); }}>{t.exportEncrypted}</button>
      </div>
      {exportPass !== null && (
        <form class="ws-inline-form" onSubmit={exportEncrypted}>
          <Field id="export-pass" type={showPass ? 'text' : 'password'} label={t.filePassphrase} hint={t.filePassphraseHint} value={exportPass} onInput={setExportPass} autoComplete="new-password" />
          {/* A typo here locks the file for good: the user can see what was typed before saving. */}
          <label class="ws-choice"><input type="checkbox" checked={showPass} onChange={(e) => setShowPass((e.currentTarget as HTMLInputElement).checked)} /> {t.showPassphrase}</label>
          <div class="ws-actions"><button type="submit" class="ds-button" data-size="sm" disabled={busy}>{t.exportEncrypted}</button><button type="button" class="ds-button" data-size="sm" data-variant="secondary" onClick={() => setExportPass(null)}>{t.cancel}</button></div>
        </form>
      )}
      <div class="ds-field ws-field">
        <label class="ds-label" for="import-file">{t.importFile}</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={onFile} />
      </div>
      {encrypted && (
        <form class="ws-inline-form" onSubmit={openEncrypted}>
          <Field id="file-pass" type="password" label={t.filePassphrase} value={filePass} onInput={setFilePass} autoComplete="current-password" />
          <button type="submit" class="ds-button" data-size="sm" disabled={busy}>{t.openFile}</button>
        </form>
      )}
      <Status msg={msg} t={t} />
      {decisions && (
        <div class="ws-conflicts">
          <h3 id="conflicts-h" class="ds-heading" data-size="xs" tabIndex={-1}>{t.conflictsHeading}</h3>
          {decisions.map((d) => d.kind === 'conflict' && (
            <fieldset key={d.stored.id} class="ws-conflict">
              <legend>{d.stored.alias}</legend>
              <ul class="ws-compare">
                {([['stored', t.storedVersion, d.stored], ['incoming', t.fileVersion, d.incoming]] as const).map(([k, label, fu]) => {
                  const s = versionSummary(fu);
                  return <li key={k}><b>{label}</b>: {t.versionLine.replace('{when}', when(s.updatedAt)).replace('{assessed}', String(s.assessed)).replace('{meetings}', String(s.meetings))}{d.newer === k && ` (${t.newest})`}</li>;
                })}
              </ul>
              {(['keep-stored', 'take-incoming', 'keep-both'] as const).map((r) => (
                <label class="ws-choice" key={r}>
                  <input type="radio" name={`res-${d.stored.id}`} checked={(choices[d.stored.id] ?? 'keep-stored') === r} onChange={() => setChoices({ ...choices, [d.stored.id]: r })} /> {t.resolution[r]}
                </label>
              ))}
            </fieldset>
          ))}
          <div class="ws-actions">
            <button type="button" class="ds-button" onClick={() => finish(decisions, choices)}>{t.finishImport}</button>
            <button type="button" class="ds-button" data-variant="secondary" onClick={() => { setDecisions(null); setMsg({ text: t.importCancelled }); }}>{t.cancel}</button>
          </div>
        </div>
      )}
    </section>
  );
}
