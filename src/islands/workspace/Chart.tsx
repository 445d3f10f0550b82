import { formatDate } from '../../lib/followup/limits.ts';
import type { Meeting } from '../../lib/followup/types.ts';
import { MEASUREMENT_POINTS } from '../../lib/plan/structure.ts';
import type { T } from './Status.tsx';

/** One look per measurement point: colour and dash, so the lines differ without colour too. */
const LOOK = { sprak: ['var(--ws-c1)', ''], egnethet: ['var(--ws-c2)', '6 3'], arbeid: ['var(--ws-c3)', '2 3'] } as const;

/**
 * Progress per measurement point at each meeting: dated axis, a legend in HTML text (readable
 * at 320 px), and the same figures as a table (the text alternative).
 */
export function Chart({ t, meetings }: { t: T; meetings: Meeting[] }) {
  if (meetings.length === 0) return null;
  const w = 320, h = 170, left = 48, right = 14, top = 12, bottom = 36;
  const step = meetings.length > 1 ? (w - left - right) / (meetings.length - 1) : 0;
  const x = (i: number) => (meetings.length > 1 ? left + i * step : (left + w - right) / 2);
  const y = (v: number) => top + (1 - v / 100) * (h - top - bottom);
  const labelled = (i: number) => meetings.length <= 4 || i === 0 || i === meetings.length - 1;
  return (
    <figure class="ws-chart">
      <figcaption id="chart-cap" class="ds-heading" data-size="2xs">{t.chartTitle}</figcaption>
      <ul class="ws-legend">
        {MEASUREMENT_POINTS.map((p) => (
          <li key={p.id}><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke={LOOK[p.id][0]} stroke-width="3" stroke-dasharray={LOOK[p.id][1]} /></svg> {p.label}</li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${w} ${h}`} class="ws-chart__svg" aria-hidden="true" focusable="false">
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={left} y1={y(v)} x2={w - right} y2={y(v)} stroke="currentColor" stroke-opacity={v === 0 ? 0.8 : 0.25} />
            <text x={left - 6} y={y(v) + 4} text-anchor="end" font-size="12" fill="currentColor">{v} %</text>
          </g>
        ))}
        {meetings.map((m, i) => labelled(i) && (
          <text key={m.id} x={x(i)} y={h - 12} font-size="12" fill="currentColor" text-anchor={meetings.length === 1 ? 'middle' : i === 0 ? 'start' : i === meetings.length - 1 ? 'end' : 'middle'}>{formatDate(m.date).slice(0, 5)}</text>
        ))}
        {MEASUREMENT_POINTS.map((p) => (
          <g key={p.id}>
            <polyline fill="none" stroke={LOOK[p.id][0]} stroke-width="2.5" stroke-dasharray={LOOK[p.id][1]} points={meetings.map((m, i) => `${x(i)},${y(m.progress?.[p.id] ?? 0)}`).join(' ')} />
            {meetings.map((m, i) => <circle key={m.id} cx={x(i)} cy={y(m.progress?.[p.id] ?? 0)} r="3.5" fill={LOOK[p.id][0]} />)}
          </g>
        ))}
      </svg>
      {/* On a narrow phone the table scrolls sideways (dates never break): reachable by keyboard. */}
      <div class="ws-table-wrap" tabIndex={0} role="region" aria-label={t.chartTitle}>
        <table class="ds-table" data-size="sm">
          <caption class="visually-hidden">{t.chartTitle}</caption>
          <thead><tr><th scope="col">{t.date}</th>{MEASUREMENT_POINTS.map((p) => <th scope="col" key={p.id}>{p.short}</th>)}</tr></thead>
          <tbody>{meetings.map((m) => <tr key={m.id}><th scope="row">{formatDate(m.date)}</th>{MEASUREMENT_POINTS.map((p) => <td key={p.id}>{m.progress?.[p.id] ?? 0} %</td>)}</tr>)}</tbody>
        </table>
      </div>
    </figure>
  );
}
