import { useState } from 'preact/hooks';
import type { Plan } from '../../lib/plan/model.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { PdfMunicipality } from '../../lib/pdf/browser.ts';
import { Status, type Msg, type T } from './Status.tsx';

/** The contract of lib/pdf/browser.ts; imported lazily so pdf-lib loads only on click. */
interface PdfModule { downloadFilledPlan(a: { plan: Plan; followUp: FollowUp; municipality: PdfMunicipality }): Promise<{ warnings: string[] }> }

export interface ActionProps {
  t: T; fu: FollowUp; plan: Plan; municipality: PdfMunicipality;
  onExport: (fu: FollowUp) => void;
  onDelete: (fu: FollowUp) => void;
}

/** Filled PDF (progress shown, button disabled while it works), export and delete. */
export function FollowUpActions({ t, fu, plan, municipality, onExport, onDelete }: ActionProps) {
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<Msg | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const pdf = async () => {
    setBusy(true);
    setWarnings([]);
    setMsg({ text: t.pdfWorking });
    try {
      // A dynamic import: pdf-lib and the fonts load only on this click.
      const { downloadFilledPlan }: PdfModule = await import('../../lib/pdf/browser.ts');
      const r = await downloadFilledPlan({ plan, followUp: fu, municipality });
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
        <button type="button" class="ds-button" data-variant="secondary" onClick={() => { onExport(fu); setMsg({ text: t.exported }); }}>{t.exportOne}</button>
        <button type="button" class="ds-button" data-variant="secondary" data-color="danger" onClick={() => onDelete(fu)}>{t.deleteOne}</button>
      </div>
      <Status msg={msg} t={t} />
      {warnings.length > 0 && <ul class="ws-warnings">{warnings.map((w) => <li>{w}</li>)}</ul>}
    </section>
  );
}
