/**
 * «Last ned for arkivering» (issue 30): loaded only when the button is pressed, so neither
 * this nor the zip code weighs on the workspace's first load. A locked follow-up asks for
 * the passphrase first (the package holds everything in plain form); then the forms filled
 * for the follow-up are fetched from this site and the PDF worker draws and zips them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Plan } from '../../lib/plan/model.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { PdfMunicipality } from '../../lib/pdf/browser.ts';
import { archiveDocuments, type PublishedForm } from '../../lib/archive/contents.ts';
import { followUpStore } from '../../lib/followup/local-store.ts';
import { Field } from './Field.tsx';
import { Status, type Msg, type T } from './Status.tsx';

interface Props { t: T; fu: FollowUp; plan: Plan; municipality: PdfMunicipality }

/** The definitions of the forms this follow-up has answers for. */
async function formsOf(fu: FollowUp): Promise<Record<string, PublishedForm>> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const ids = [...new Set(Object.values(fu.forms ?? {}).map((f) => f.formId))];
  const entries = await Promise.all(ids.map(async (id) => {
    const response = await fetch(`${base}skjema/${encodeURIComponent(id)}.json`);
    return response.ok ? ([id, (await response.json()) as PublishedForm] as const) : undefined;
  }));
  return Object.fromEntries(entries.filter((e) => e !== undefined));
}

export function ArchivePanel({ t, fu, plan, municipality }: Props) {
  const [locked] = useState(() => followUpStore(import.meta.env.BASE_URL).readPlain() === undefined);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<Msg | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);

  const make = async () => {
    setBusy(true);
    setWarnings([]);
    setMsg({ text: t.archiveWorking });
    try {
      const [forms, { downloadArchive }] = await Promise.all([formsOf(fu), import('../../lib/pdf/browser.ts')]);
      const r = await downloadArchive({ plan, followUp: fu, forms, municipality });
      setWarnings(r.warnings);
      setMsg({ text: t.archiveDone.replace('{count}', String(archiveDocuments(fu, plan.title, forms, new Date()).length)) });
    } catch {
      setMsg({ text: t.archiveFailed, error: true });
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    // Locked: the passphrase field takes focus, so a keyboard user types it at once.
    if (locked) document.getElementById('archive-p')?.focus();
    else void make();
  }, []);

  const unlock = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setError(undefined);
    try {
      // A fresh store: checking the passphrase leaves the workspace's own key as it is.
      await followUpStore(import.meta.env.BASE_URL).unlock(passphrase);
    } catch {
      setError(t.archiveWrongPassphrase);
      document.getElementById('archive-p')?.focus();
      return;
    }
    setPassphrase('');
    await make();
  };

  return (
    <div class="ws-archive">
      {locked && !msg && (
        <form class="ws-inline-form" onSubmit={unlock} noValidate>
          <p>{t.archiveLocked}</p>
          <Field id="archive-p" type="password" label={t.archivePassphrase} value={passphrase} onInput={setPassphrase} error={error} autoComplete="current-password" />
          <button type="submit" class="ds-button" disabled={busy}>{t.archiveStart}</button>
        </form>
      )}
      <Status msg={msg} t={t} />
      {warnings.length > 0 && <ul class="ws-warnings">{warnings.map((w) => <li>{w}</li>)}</ul>}
    </div>
  );
}
