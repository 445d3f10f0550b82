import { useState } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import type { FormValues } from '../../lib/forms/answers.ts';

interface Props {
  t: UiStrings['forms'];
  disabled: boolean;
  saveText: string;
  saveFailed: boolean;
  status: { text: string; undo?: FormValues } | null;
  onUndo(values: FormValues): void;
  onCheck(): void;
  onClear(): void;
  onPdf(): Promise<{ ok: boolean; warnings?: string[] }>;
}

/** The form's actions, with their messages right beside them (and announced). */
export function Toolbar({ t, disabled, saveText, saveFailed, status, onUndo, onCheck, onClear, onPdf }: Props) {
  const [pdf, setPdf] = useState<{ kind: 'idle' | 'working' | 'done' | 'failed'; warnings?: string[] }>({ kind: 'idle' });
  const makePdf = async () => {
    setPdf({ kind: 'working' });
    try {
      const r = await onPdf();
      setPdf(r.ok ? { kind: 'done', warnings: r.warnings } : { kind: 'idle' });
    } catch {
      setPdf({ kind: 'failed' });
    }
  };
  return (
    <div class="form-toolbar no-print">
      <p class={`form-toolbar__saved${saveFailed ? ' form-toolbar__saved--failed' : ''}`} role="status">{saveText}</p>
      <div class="form-toolbar__buttons">
        <button type="button" class="ds-button" disabled={disabled || pdf.kind === 'working'} aria-busy={pdf.kind === 'working' || undefined} onClick={makePdf}>
          {pdf.kind === 'working' ? t.pdfWorking : t.pdf}
        </button>
        <button type="button" class="ds-button" data-variant="secondary" disabled={disabled} onClick={() => print()}>{t.print}</button>
        <button type="button" class="ds-button" data-variant="secondary" disabled={disabled} onClick={onCheck}>{t.check}</button>
        <button type="button" class="ds-button" data-variant="tertiary" disabled={disabled} onClick={onClear}>{t.clear}</button>
      </div>
      <div role="status" class="form-toolbar__status">
        {pdf.kind === 'done' && <p>{t.pdfDone}</p>}
        {pdf.kind === 'failed' && <p class="ds-validation-message" data-color="danger">{t.pdfFailed}</p>}
        {pdf.warnings?.length ? <ul>{pdf.warnings.map((w) => <li>{w}</li>)}</ul> : null}
        {status && (
          <p>
            {status.text}{' '}
            {status.undo && <button type="button" class="ds-button" data-variant="secondary" data-size="sm" onClick={() => onUndo(status.undo!)}>{t.undo}</button>}
          </p>
        )}
      </div>
    </div>
  );
}
