/**
 * The workspace's address is in the hash and holds only ids and a plan slug, never a name:
 * #plan=<slug> (start a follow-up with that plan), #f=<follow-up id>&fase=<1-3>.
 */
export interface Route { followUpId?: string; planSlug?: string; phase?: number }

export function readRoute(hash = location.hash): Route {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const query = new URLSearchParams(location.search);
  const phase = Number(p.get('fase'));
  return {
    followUpId: p.get('f') ?? undefined,
    planSlug: p.get('plan') ?? query.get('plan') ?? undefined,
    phase: [1, 2, 3].includes(phase) ? phase : undefined,
  };
}

export function routeHash(r: Route): string {
  const p = new URLSearchParams();
  if (r.followUpId) p.set('f', r.followUpId);
  if (r.planSlug && !r.followUpId) p.set('plan', r.planSlug);
  if (r.phase && r.followUpId) p.set('fase', String(r.phase));
  const s = p.toString();
  return s ? `#${s}` : '#';
}
