import { localFile } from '../content/layers.ts';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { loadMunicipality } from '../municipality.ts';

/** The home-screen icons made from the municipality's logo (SVG or PNG in lokalt/). */
export const APP_ICONS = [
  { name: 'ikon-192', size: 192, purpose: 'any' },
  { name: 'ikon-512', size: 512, purpose: 'any' },
  // Android crops maskable icons to a circle or squircle: the logo stays inside the middle 60 %.
  { name: 'ikon-maskable-512', size: 512, purpose: 'maskable' },
  { name: 'apple-touch-icon', size: 180, purpose: 'any' },
] as const;
export type AppIcon = (typeof APP_ICONS)[number];

/**
 * The logo centred on a white square. sharp (already Astro's image service) rasterises SVG
 * with librsvg and reads PNG, so either kind of logo works.
 */
export async function renderIcon(icon: AppIcon): Promise<Buffer> {
  const logo = readFileSync(localFile(process.cwd(), loadMunicipality().logo.file));
  const inner = Math.round(icon.size * (icon.purpose === 'maskable' ? 0.6 : 0.84));
  const mark = await sharp(logo, { density: 384 })
    .resize(inner, inner, { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 0 } })
    .png()
    .toBuffer();
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: '#ffffff' } })
    .composite([{ input: mark, gravity: 'centre' }])
    .png()
    .toBuffer();
}
