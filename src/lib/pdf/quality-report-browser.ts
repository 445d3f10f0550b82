/**
 * The quality check's PDF in the browser, loaded only when the user asks for it: pdf-lib,
 * fontkit and the fonts come from this site, never from elsewhere.
 */
import { download } from '../download.ts';
import type { QualityReport } from '../quality/report.ts';
import { browserPdfSetup, type PdfMunicipality } from './browser-setup.ts';
import { buildQualityReportPdf, qualityReportFileName } from './quality-report.ts';
import { languageFromAttribute, type ContentLanguage } from './languages.ts';

/** `lang`: the lang attribute the page gives the indicators' text (none when it is the page's language). */
export async function downloadQualityReport({ report, municipality, lang }: { report: QualityReport; municipality: PdfMunicipality; lang?: ContentLanguage }): Promise<{ warnings: string[] }> {
  const { faces, issuer } = await browserPdfSetup(municipality);
  // On paper a link is only its address: write it out in full so the reader can find the page.
  const absolute = { ...report, weakest: report.weakest.map((w) => ({ ...w, help: w.help.map((h) => ({ ...h, href: new URL(h.href, location.href).href })) })) };
  const result = await buildQualityReportPdf(absolute, faces, issuer, new Date(), languageFromAttribute(lang));
  download(qualityReportFileName(report.date), result.bytes, 'application/pdf');
  return { warnings: result.warnings };
}
