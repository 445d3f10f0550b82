import { useState } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import type { PdfMunicipality } from '../../lib/pdf/browser.ts';
import type { QualityReport } from '../../lib/quality/report.ts';
import { scoreText } from '../../lib/quality/report.ts';
import { formatChange, formatScore } from '../../lib/quality/scores.ts';
import { GroupChart } from './GroupChart.tsx';
import { fill } from '../../lib/i18n/fill.ts';
import type { ContentLanguage } from '../../lib/content/provenance.ts';

/** The contract of lib/pdf/quality-report-browser.ts, imported on click so pdf-lib loads only then. */
interface PdfModule { downloadQualityReport(a: { report: QualityReport; municipality: PdfMunicipality; lang?: ContentLanguage }): Promise<{ warnings: string[] }> }

/** `lang`: the lang attribute of the indicators' text (see Kvalitetssjekk.tsx). */
interface Props { report: QualityReport; municipality: PdfMunicipality; t: UiStrings['quality']; lang?: ContentLanguage }

/** The result and the printable report: the same figures as the PDF, from the same report model. */
export function ResultView({ report, municipality, t, lang }: Props) {
  // A level's text is the indicator's own at 1, 3 and 5; between them it is the interface's.
  const levelLang = (score: number | undefined) => (score !== undefined && score % 2 ? lang : undefined);
  const [pdfError, setPdfError] = useState('');
  const [busy, setBusy] = useState(false);
  const onPdf = async () => {
    setBusy(true);
    setPdfError('');
    try {
      const { downloadQualityReport }: PdfModule = await import('../../lib/pdf/quality-report-browser.ts');
      await downloadQualityReport({ report, municipality, lang });
    } catch {
      setPdfError(t.pdfFailed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="kv-report" aria-labelledby="kv-report-heading">
      <h2 id="kv-report-heading" class="ds-heading" data-size="md" tabIndex={-1}>{report.title}</h2>
      <p class="kv-report-meta"><strong>{municipality.name}</strong> · {report.dateText} · {fill(t.answered, { n: report.answered, total: report.total })}</p>
      <p class="kv-report-actions no-print">
        <button type="button" class="ds-button" onClick={() => print()}>{t.print}</button>{' '}
        <button type="button" class="ds-button" data-variant="secondary" onClick={onPdf} aria-busy={busy ? 'true' : undefined}>{t.pdf}</button>
      </p>
      {pdfError && <p role="alert" class="kv-error">{pdfError}</p>}

      <GroupChart scores={report.groups} title={t.chartTitle} lang={lang} />
      <div class="table-wrap">
        <table class="ds-table kv-table" data-size="sm">
          <caption>{t.tableCaption}</caption>
          <thead><tr><th scope="col">{t.part}</th><th scope="col">{t.average}</th><th scope="col">{t.answeredColumn}</th></tr></thead>
          <tbody>
            {report.groups.map((g) => (
              <tr key={g.group.id}><th scope="row" lang={lang}>{g.group.title}</th><td data-label={t.average}>{formatScore(g.average)}</td><td data-label={t.answeredColumn}>{g.answered}/{g.total}</td></tr>
            ))}
          </tbody>
        </table>
      </div>

      {report.changes && (
        <div class="table-wrap">
          <table class="ds-table kv-table" data-size="sm">
            <caption>{fill(t.changeSince, { date: report.changes.sinceText })}</caption>
            <thead><tr><th scope="col">{t.part}</th><th scope="col">{report.changes.sinceText}</th><th scope="col">{report.dateText}</th><th scope="col">{t.change}</th></tr></thead>
            <tbody>
              {report.changes.rows.map((c) => (
                <tr key={c.group.id}><th scope="row" lang={lang}>{c.group.title}</th><td data-label={report.changes!.sinceText}>{formatScore(c.before)}</td><td data-label={report.dateText}>{formatScore(c.after)}</td><td data-label={t.change}>{formatChange(c.change)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 class="ds-heading" data-size="sm">{t.weakest}</h3>
      {report.weakest.length === 0 ? <p>{t.noneAnswered}</p> : (
        <>
          <p>{t.weakestIntro}</p>
          <ol class="kv-weakest">
            {report.weakest.map(({ item, help }) => (
              <li key={item.indicator.key}>
                <strong lang={lang}>{item.indicator.title}</strong> – {scoreText(item.score)}
                {item.level && <p lang={levelLang(item.score)}>{item.level}</p>}
                {item.note && <p class="kv-note-text">{item.note}</p>}
                <ul class="kv-help">{help.map((h) => <li key={h.ref}><a class="ds-link" href={h.href} lang={lang}>{h.title}</a></li>)}</ul>
              </li>
            ))}
          </ol>
        </>
      )}

      <h3 class="ds-heading" data-size="sm">{t.allAnswers}</h3>
      {report.sections.map((s) => (
        <div class="kv-report-group" key={s.group.id}>
          <h4 lang={lang}>{s.group.title}</h4>
          <ul class="kv-report-items">
            {s.items.map((item) => (
              <li key={item.indicator.key}>
                <strong lang={lang}>{item.indicator.title}</strong>: {item.score !== undefined ? `${t.score} ${item.score}` : t.notAssessed}
                <p class="kv-measures" lang={lang}>{item.indicator.measures}</p>
                {item.level && <p lang={levelLang(item.score)}>{item.level}</p>}
                {item.figure && <p>{item.figure}</p>}
                {item.note && <p class="kv-note-text">{item.note}</p>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
