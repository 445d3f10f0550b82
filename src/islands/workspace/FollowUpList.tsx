import { progress } from '../../lib/followup/state.ts';
import { formatDate } from '../../lib/followup/limits.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { Plan } from '../../lib/plan/model.ts';
import { MEASUREMENT_POINTS } from '../../lib/plan/structure.ts';
import type { CatalogueEntry } from './plans.ts';
import { routeHash } from './route.ts';
import type { T } from './Status.tsx';

/** This browser's follow-ups as cards (no wide table), each linking to its own view. */
export function FollowUpList({ t, followUps, plans, catalogue }: { t: T; followUps: FollowUp[]; plans: Record<string, Plan>; catalogue: CatalogueEntry[] | null }) {
  if (followUps.length === 0) return <p>{t.empty}</p>;
  return (
    <ul class="ws-cards">
      {followUps.map((fu) => {
        const plan = plans[fu.planSlug];
        const title = plan?.title ?? catalogue?.find((c) => c.slug === fu.planSlug)?.title ?? fu.planSlug;
        return (
          <li class="ws-card" key={fu.id}>
            <h3 class="ws-card__title"><a class="ds-link" href={routeHash({ followUpId: fu.id })}>{fu.alias}</a></h3>
            <p class="ws-card__meta">{title}{fu.workplace && ` · ${fu.workplace}`} · {formatDate(fu.startDate)}{fu.endDate && `–${formatDate(fu.endDate)}`}</p>
            <p class="ws-card__meta">
              {t.progress}:{' '}
              {plan ? MEASUREMENT_POINTS.map((p) => `${p.short} ${progress(plan, fu, { point: p.id }).percent} %`).join(' · ') : '…'}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
