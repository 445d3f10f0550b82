import type { APIRoute } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadMunicipality } from '../lib/municipality';
import { MUNICIPALITY_FILE } from '../lib/content/layers';
import { publishedPubliccode } from '../lib/publiccode/publiccode';

/** /publiccode.yml: the project's description, or a copy's made from lokalt/kommune.yaml (see publiccode.ts). */
export const GET: APIRoute = () => {
  const root = process.cwd();
  const text = publishedPubliccode(root, loadMunicipality(), existsSync(join(root, MUNICIPALITY_FILE)));
  return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
