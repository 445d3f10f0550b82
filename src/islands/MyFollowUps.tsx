import { useEffect, useState } from 'preact/hooks';
import type { FollowUp } from '../lib/followup/types.ts';
import type { UiStrings } from '../lib/i18n/nb.ts';
import { storeFor } from './checklist/store.ts';
import { formatDay } from '../lib/dates.ts';

/** Compact plan index: slug, title, task ids per measurement point (all phases). */
export interface PlanIndexEntry { slug: string; title: string; tasks: Record<'sprak' | 'egnethet' | 'arbeid', string[]> }
interface Props { plans: PlanIndexEntry[]; t: UiStrings['checklist']; base: string; planPath: string }

type Point = keyof PlanIndexEntry['tasks'];
const pct = (fu: FollowUp, plan: PlanIndexEntry, point: Point) => {
  const custom = fu.customTasks.filter((c) => c.point === point).map((c) => c.id);
  const shown = [...plan.tasks[point].filter((id) => !fu.hiddenTaskIds.includes(id)), ...custom];
  return shown.length ? Math.round((shown.filter((id) => fu.assessments[id]?.level === 4).length / shown.length) * 100) : 0;
};

/** "Mine oppfølginger": every follow-up in this browser with its progress per measurement point. */
export default function MyFollowUps({ plans, t, base, planPath }: Props) {
  const [list, setList] = useState<FollowUp[] | null>(null);
  const [warn, setWarn] = useState('');
  useEffect(() => {
    const store = storeFor(base);
    const load = () => { const r = store.read(); setList(r.state.followUps); setWarn(r.warnings.join(' ')); };
    load();
    return store.onChange(load);
  }, []);
  if (list === null) return null;
  return (
    <div>
      {warn && <p role="alert">{warn}</p>}
      {list.length === 0 ? <p>{t.mineEmpty}</p> : (
        <table class="ds-table">
          <caption class="visually-hidden">{t.mine}</caption>
          <thead><tr><th scope="col">{t.alias}</th><th scope="col">{t.planColumn}</th><th scope="col">{t.workplace}</th><th scope="col">{t.startDate}</th><th scope="col">{t.progress}</th></tr></thead>
          <tbody>
            {list.map((fu) => {
              const plan = plans.find((p) => p.slug === fu.planSlug);
              return (
                <tr>
                  <th scope="row">{fu.alias}</th>
                  <td>{plan ? <a class="ds-link" href={`${planPath}${plan.slug}/`}>{plan.title}</a> : fu.planSlug}</td>
                  <td>{fu.workplace}</td>
                  <td>{formatDay(fu.startDate)}</td>
                  <td>{plan ? `${t.pointSprak} ${pct(fu, plan, 'sprak')} % · ${t.pointEgnethet} ${pct(fu, plan, 'egnethet')} % · ${t.pointArbeid} ${pct(fu, plan, 'arbeid')} %` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
