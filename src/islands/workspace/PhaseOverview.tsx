import type { Plan } from '../../lib/plan/model.ts';
import { MEASUREMENT_POINTS, PHASES } from '../../lib/plan/structure.ts';
import { progress } from '../../lib/followup/progress.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import type { T } from './Status.tsx';

/** All phases on one screen: mastered tasks per phase and measurement point (the one progress rule). */
export function PhaseOverview({ t, plan, fu }: { t: T; plan: Plan; fu: FollowUp }) {
  const cell = (phase: number, point: (typeof MEASUREMENT_POINTS)[number]['id']) => {
    const p = progress(plan, fu, { phase: phase as 1, point });
    return `${p.done}/${p.total}`;
  };
  return (
    <div class="ws-overview">
      <table class="ds-table" data-size="sm">
        <caption class="visually-hidden">{t.overviewCaption}</caption>
        <thead>
          <tr><th scope="col">{t.phase}</th>{MEASUREMENT_POINTS.map((p) => <th scope="col" key={p.id}><abbr title={p.label}>{p.short}</abbr></th>)}</tr>
        </thead>
        <tbody>
          {PHASES.map((ph) => (
            <tr key={ph.number}><th scope="row">{ph.number}</th>{MEASUREMENT_POINTS.map((p) => <td key={p.id}>{cell(ph.number, p.id)}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
