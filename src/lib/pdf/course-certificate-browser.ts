/**
 * What the course page loads on «Last ned kursbevis»: pdf-lib, fontkit and the fonts are
 * fetched only then, from this site, with the same loader as the plan PDFs.
 */
import { download } from '../download.ts';
import { facesFrom, type Issuer } from './document.ts';
import { browserFontLoader, fetchLogo, type PdfMunicipality } from './browser.ts';
import { buildCourseCertificate, certificateFileName, type CertificateInput } from './course-certificate.ts';

export async function downloadCourseCertificate(input: CertificateInput, municipality: PdfMunicipality): Promise<{ warnings: string[] }> {
  const [faces, logo] = await Promise.all([facesFrom(browserFontLoader), fetchLogo(municipality.logoUrl)]);
  const issuer: Issuer = { name: municipality.name, brandColor: municipality.brandColor, logo };
  const result = await buildCourseCertificate(input, faces, issuer);
  download(certificateFileName(input.date), result.bytes, 'application/pdf');
  return { warnings: result.warnings };
}
