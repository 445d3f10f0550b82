import { loadMunicipality } from './municipality.ts';

/** Vite emits every image in content/ as an asset; the municipality's logo is picked by name. */
const images = import.meta.glob<string>('/content/*.{svg,png}', { eager: true, query: '?url', import: 'default' });

export function logoUrl(): string {
  const { logo } = loadMunicipality();
  const url = images[`/content/${logo.file}`];
  if (!url) throw new Error(`Finner ikke logoen content/${logo.file} (se logo.file i content/kommune.yaml)`);
  return url;
}
