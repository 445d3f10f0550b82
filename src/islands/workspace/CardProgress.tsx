import { progress } from '../../lib/followup/progress.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { Plan } from '../../lib/plan/model.ts';
import { MEASUREMENT_POINTS } from '../../lib/plan/structure.ts';
import type { T } from './Status.tsx';

/**
 * A follow-up card's progress per measurement point. It needs the plan, which is fetched
 * after the page loads, so its code (the progress rule, the plans' frame) is fetched then
 * too, alongside it, and is not part of the workspace's first load.
 */
export function CardProgress({ t, fu, plan }: { t: T; fu: FollowUp; plan: Plan }) {
  return <p class="ws-card__meta">{t.progress}: {MEASUREMENT_POINTS.map((p) => `${p.short} ${progress(plan, fu, { point: p.id }).percent} %`).join(' · ')}</p>;
}
