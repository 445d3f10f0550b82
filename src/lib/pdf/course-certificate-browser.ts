/**
 * What the course page loads on «Last ned kursbevis»: pdf-lib, fontkit and the fonts are
 * fetched only then, from this site, with the same loader as the plan PDFs.
 */
import { download } from '../download.ts';
import { browserPdfSetup, type PdfMunicipality } from './browser-setup.ts';
import { buildCourseCertificate, certificateFileName, type CertificateInput } from './course-certificate.ts';

export async function downloadCourseCertificate(input: CertificateInput, municipality: PdfMunicipality): Promise<{ warnings: string[] }> {
  const { faces, issuer } = await browserPdfSetup(municipality);
  const result = await buildCourseCertificate(input, faces, issuer);
  download(certificateFileName(input.date), result.bytes, 'application/pdf');
  return { warnings: result.warnings };
}
