import type { Plan } from '../../lib/plan/model.ts';

/** The published catalogue entry (the part the workspace needs). */
export interface CatalogueEntry { slug: string; title: string }

const cache = new Map<string, Promise<Plan>>();
let catalogue: Promise<CatalogueEntry[]> | undefined;

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** The list of published plans, from /planer/index.json (the open data is the source). */
export function loadCatalogue(base: string): Promise<CatalogueEntry[]> {
  catalogue ??= getJson(`${base}planer/index.json`).then((d) => (d as { plans: CatalogueEntry[] }).plans.map(({ slug, title }) => ({ slug, title })));
  catalogue.catch(() => { catalogue = undefined; });
  return catalogue;
}

/** One plan from /planer/<slug>.json, loaded once per page view. */
export function loadPlan(base: string, slug: string): Promise<Plan> {
  let p = cache.get(slug);
  if (!p) {
    p = getJson(`${base}planer/${encodeURIComponent(slug)}.json`).then((d) => {
      const data = d as Plan & { reviewed: string };
      return { ...data, reviewed: new Date(data.reviewed) } as Plan;
    });
    p.catch(() => cache.delete(slug));
    cache.set(slug, p);
  }
  return p;
}
