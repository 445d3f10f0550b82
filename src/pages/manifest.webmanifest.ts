import type { APIRoute } from 'astro';
import { loadMunicipality } from '../lib/municipality';
import { ui } from '../lib/i18n';
import { fill } from '../lib/i18n/fill';
import { href } from '../lib/paths';
import { APP_ICONS } from '../lib/offline/app-icons';

/** The web app manifest: the site on a phone's home screen, named after the municipality. */
export const GET: APIRoute = () => {
  const kommune = loadMunicipality();
  const t = ui();
  const start = href('/');
  const manifest = {
    id: start,
    name: `${t.siteName} – ${kommune.name}`,
    short_name: `Praksis ${kommune.shortName}`,
    description: fill(t.home.description, { name: kommune.name }),
    lang: t.htmlLang,
    start_url: start,
    scope: start,
    display: 'standalone',
    theme_color: kommune.brandColor,
    background_color: '#ffffff',
    icons: APP_ICONS.filter((i) => i.name !== 'apple-touch-icon').map((i) => ({
      src: href(`/ikoner/${i.name}.png`),
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.purpose,
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
