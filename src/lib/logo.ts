import { loadMunicipality } from './municipality.ts';

/**
 * Vite emits every image in lokalt/ (the municipality's own folder, see content/layers.ts)
 * as an asset; the municipality's logo is picked by name.
 */
const images = import.meta.glob<string>('/lokalt/*.{svg,png}', { eager: true, query: '?url', import: 'default' });

export function logoUrl(): string {
  const { logo } = loadMunicipality();
  const url = images[`/lokalt/${logo.file}`];
  if (!url) throw new Error(`Finner ikke logoen lokalt/${logo.file} (se logo.file i lokalt/kommune.yaml)`);
  return url;
}
