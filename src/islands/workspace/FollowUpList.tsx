import { formatDate } from '../../lib/followup/limits.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { Plan } from '../../lib/plan/model.ts';
import type { CatalogueEntry } from './plans.ts';
import { routeHash } from './route.ts';
import type { T } from './Status.tsx';
import { useLazy } from './useLazy.ts';
import { PartFailed } from './PartFailed.tsx';

const loadProgress = () => import('./CardProgress.tsx').then((m) => m.CardProgress);

/** This browser's follow-ups as cards (no wide table), each linking to its own view. */
export function FollowUpList({ t, followUps, plans, catalogue, points }: { t: T; followUps: FollowUp[]; plans: Record<string, Plan>; catalogue: CatalogueEntry[] | null; points: string[] }) {
  // The longest the progress line can be, hidden under it: it keeps the card's height from the start.
  const widest = `${t.progress}: ${points.map((p) => `${p} 100 %`).join(' · ')}`;
  // Fetched alongside the plans (progress needs them); until both are here, «…».
  const Progress = useLazy(loadProgress, followUps.length > 0);
  const failed = Progress === PartFailed;
  if (followUps.length === 0) return <p>{t.empty}</p>;
  return (
    <>
    {failed && <PartFailed t={t} />}
    <ul class="ws-cards">
      {followUps.map((fu) => {
        const plan = plans[fu.planSlug];
        const title = plan?.title ?? catalogue?.find((c) => c.slug === fu.planSlug)?.title ?? fu.planSlug;
        return (
          <li class="ws-card" key={fu.id}>
            <h3 class="ws-card__title"><a class="ds-link" href={routeHash({ followUpId: fu.id })}>{fu.alias}</a></h3>
            <p class="ws-card__meta">{title}{fu.workplace && ` · ${fu.workplace}`} · {formatDate(fu.startDate)}{fu.endDate && `–${formatDate(fu.endDate)}`}</p>
            <div class="ws-swap">
              <p class="ws-card__meta ws-gone" aria-hidden="true">{widest}</p>
              {plan && Progress && !failed ? <Progress t={t} fu={fu} plan={plan} /> : <p class="ws-card__meta">{t.progress}: …</p>}
            </div>
          </li>
        );
      })}
    </ul>
    </>
  );
}
