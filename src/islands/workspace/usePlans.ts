import { useEffect, useState } from 'preact/hooks';
import type { Plan } from '../../lib/plan/model.ts';
import { loadCatalogue, loadPlan, type CatalogueEntry } from './plans.ts';

/** Plans by slug, loaded from the open data as they are needed; `failed` lists slugs that could not load. */
export function usePlans(base: string, slugs: string[]) {
  const [plans, setPlans] = useState<Record<string, Plan>>({});
  const [failed, setFailed] = useState<string[]>([]);
  const key = [...new Set(slugs)].sort().join(',');
  useEffect(() => {
    for (const slug of new Set(slugs)) {
      if (plans[slug]) continue;
      loadPlan(base, slug).then(
        (p) => setPlans((old) => ({ ...old, [slug]: p })),
        () => setFailed((old) => (old.includes(slug) ? old : [...old, slug])),
      );
    }
  }, [key]);
  return { plans, failed };
}

export function useCatalogue(base: string) {
  const [list, setList] = useState<CatalogueEntry[] | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    loadCatalogue(base).then(setList, () => setError(true));
  }, []);
  return { catalogue: list, catalogueFailed: error };
}
