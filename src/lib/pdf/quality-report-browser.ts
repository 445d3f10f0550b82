/**
 * The quality check's PDF in the browser, loaded only when the user asks for it: pdf-lib,
 * fontkit and the fonts come from this site, never from elsewhere.
 */
import { download } from '../download.ts';
import type { QualityReport } from '../quality/report.ts';
import { browserFontLoader, fetchLogo, type PdfMunicipality } from './browser.ts';
import { facesFrom } from './document.ts';
import { buildQualityReportPdf, qualityReportFileName } from './quality-report.ts';

export async function downloadQualityReport({ report, municipality }: { report: QualityReport; municipality: PdfMunicipality }): Promise<{ warnings: string[] }> {
  const [faces, logo] = await Promise.all([facesFrom(browserFontLoader), fetchLogo(municipality.logoUrl)]);
  // On paper a link is only its address: write it out in full so the reader can find the page.
  const absolute = { ...report, weakest: report.weakest.map((w) => ({ ...w, help: w.help.map((h) => ({ ...h, href: new URL(h.href, location.href).href })) })) };
  const result = await buildQualityReportPdf(absolute, faces, { name: municipality.name, brandColor: municipality.brandColor, logo }, new Date());
  download(qualityReportFileName(report.date), result.bytes, 'application/pdf');
  return { warnings: result.warnings };
}
