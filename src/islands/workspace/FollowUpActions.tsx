import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Plan } from '../../lib/plan/model.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { PdfMunicipality } from '../../lib/pdf/browser.ts';
import { Status, type Msg, type T } from './Status.tsx';
import { downloadFollowUps } from './export-file.ts';

/** The contract of lib/pdf/browser.ts; imported lazily so the PDF code never weighs on the first load. */
interface PdfModule {
  downloadFilledPlan(a: { plan: Plan; followUp: FollowUp; municipality: PdfMunicipality; onProgress?: (step: 'loading' | 'drawing' | 'saving') => void }): Promise<{ warnings: string[] }>;
  preparePdf(followUp?: FollowUp, municipality?: PdfMunicipality): Promise<void>;
}
const pdfModule = (): Promise<PdfModule> => import('../../lib/pdf/browser.ts');

export interface ActionProps {
  t: T; fu: FollowUp; plan: Plan; municipality: PdfMunicipality;
  /** After the backup file was saved. */
  onExported: () => void;
  onDelete: (fu: FollowUp) => void;
}

/** Filled PDF (progress shown, button disabled while it works), export and delete. */
export function FollowUpActions({ t, fu, plan, municipality, onExported, onDelete }: ActionProps) {
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<Msg | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  // The archive package's code loads on the click (issue 30); each click makes a new package.
  const [archive, setArchive] = useState<{ Panel: ComponentType<Pick<ActionProps, 't' | 'fu' | 'plan' | 'municipality'>>; run: number }>();
  const openArchive = () => void import('./ArchivePanel.tsx').then(
    (m) => setArchive((a) => ({ Panel: m.ArchivePanel, run: (a?.run ?? 0) + 1 })),
    () => setMsg({ text: t.partFailed, error: true }),
  );
  // Once a follow-up is open, warm the PDF worker and the fonts its names need while the
  // browser is idle, so the first click costs what the second does.
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1500));
    const handle = idle(() => void pdfModule().then((m) => m.preparePdf(fu, municipality)).catch(() => undefined));
    return () => (globalThis.cancelIdleCallback ?? clearTimeout)(handle as never);
  }, [fu.id]);
  const pdf = async () => {
    setBusy(true);
    setWarnings([]);
    setMsg({ text: t.pdfWorking });
    try {
      // A dynamic import: pdf-lib and the fonts load only on this click.
      const { downloadFilledPlan } = await pdfModule();
      const r = await downloadFilledPlan({ plan, followUp: fu, municipality, onProgress: (step) => setMsg({ text: step === 'drawing' ? t.pdfDrawing : t.pdfWorking }) });
      setWarnings(r.warnings);
      setMsg({ text: t.pdfDone });
    } catch {
      setMsg({ text: t.pdfFailed, error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="ws-section" aria-labelledby="actions-h">
      <h2 id="actions-h" class="ds-heading" data-size="sm">{t.printAndSave}</h2>
      <div class="ws-actions">
        <button type="button" class="ds-button" onClick={pdf} disabled={busy} aria-busy={busy}>{busy ? t.pdfWorking : t.pdf}</button>
        <button type="button" class="ds-button" data-variant="secondary" onClick={openArchive}>{t.archive}</button>
        <button type="button" class="ds-button" data-variant="secondary" onClick={() => { downloadFollowUps([fu]); onExported(); setMsg({ text: t.exported }); }}>{t.exportOne}</button>
        <button type="button" class="ds-button" data-variant="secondary" data-color="danger" onClick={() => onDelete(fu)}>{t.deleteOne}</button>
      </div>
      <Status msg={msg} t={t} />
      {warnings.length > 0 && <ul class="ws-warnings">{warnings.map((w) => <li>{w}</li>)}</ul>}
      {archive && <archive.Panel key={archive.run} t={t} fu={fu} plan={plan} municipality={municipality} />}
    </section>
  );
}
