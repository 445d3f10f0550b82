/**
 * What every PDF made in the browser needs: the fonts (fetched per text, from this site)
 * and the issuer with its logo. Used by the PDF worker and by the pages that build a PDF
 * of their own (course certificate, quality report).
 */
import { facesFrom, type Issuer, type LoadedFaces } from './document.ts';
import type { LogoSource } from './logo.ts';
import { browserFontLoader } from './browser-fonts.ts';

export interface PdfMunicipality {
  name: string;
  brandColor?: string;
  /** URL of the logo on this site. */
  logoUrl?: string;
}

export async function fetchLogo(url: string | undefined): Promise<LogoSource | undefined> {
  if (!url) return undefined;
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    if (new URL(url, location.href).pathname.endsWith('.svg')) return { type: 'svg', text: await response.text() };
    return { type: 'png', bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch {
    return undefined; // The document matters more than the logo.
  }
}

const logos = new Map<string, Promise<LogoSource | undefined>>();

/** Fonts and issuer, each loaded once per page or worker however many PDFs are made. */
export async function browserPdfSetup(municipality: PdfMunicipality): Promise<{ faces: LoadedFaces; issuer: Issuer }> {
  const key = municipality.logoUrl ?? '';
  if (!logos.has(key)) logos.set(key, fetchLogo(municipality.logoUrl));
  const [faces, logo] = await Promise.all([facesFrom(browserFontLoader), logos.get(key)]);
  return { faces, issuer: { name: municipality.name, brandColor: municipality.brandColor, logo } };
}
