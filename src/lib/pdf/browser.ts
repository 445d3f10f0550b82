/**
 * The PDF code the checklist loads on click ("Last ned utfylt plan"): pdf-lib, fontkit
 * and the fonts are fetched only then, from this site, never from elsewhere.
 */
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url';
import greek from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url';
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff?url';
import ethiopic from '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import type { Plan } from '../plan/model.ts';
import type { FollowUp } from '../followup/types.ts';
import { tailorPlan } from '../followup/tailor.ts';
import { download } from '../download.ts';
import type { FontFaceId, FontLoader } from './font-files.ts';
import { facesFrom, type Issuer } from './document.ts';
import type { LogoSource } from './logo.ts';
import { buildPlanPdf } from './plan-pdf.ts';
import { fillFromFollowUp, filledPlanFileName } from './plan-fill.ts';

const FONT_URLS: Record<FontFaceId, string> = {
  latin,
  'latin-ext': latinExt,
  cyrillic,
  'cyrillic-ext': cyrillicExt,
  greek,
  arabic,
  ethiopic,
  'latin-bold': latinBold,
};

export const browserFontLoader: FontLoader = async (face) => {
  const response = await fetch(FONT_URLS[face]);
  if (!response.ok) throw new Error(`Fant ikke skriftfila for ${face}`);
  return new Uint8Array(await response.arrayBuffer());
};

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
    if (url.endsWith('.svg')) return { type: 'svg', text: await response.text() };
    return { type: 'png', bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch {
    return undefined; // The plan matters more than the logo.
  }
}

/** Fonts and issuer for any PDF made in the browser (plans, forms). */
export async function browserPdfSetup(municipality: PdfMunicipality) {
  const [faces, logo] = await Promise.all([facesFrom(browserFontLoader), fetchLogo(municipality.logoUrl)]);
  const issuer: Issuer = { name: municipality.name, brandColor: municipality.brandColor, logo };
  return { faces, issuer };
}

/** Builds the participant's tailored, pre-filled plan and saves it; returns what could not be shown right. */
export async function downloadFilledPlan({ plan, followUp, municipality }: { plan: Plan; followUp: FollowUp; municipality: PdfMunicipality }): Promise<{ warnings: string[] }> {
  const { faces, issuer } = await browserPdfSetup(municipality);
  const today = new Date();
  const result = await buildPlanPdf(tailorPlan(plan, followUp), faces, issuer, fillFromFollowUp(followUp), today);
  download(filledPlanFileName(plan.slug, today), result.bytes, 'application/pdf');
  return { warnings: result.warnings };
}
