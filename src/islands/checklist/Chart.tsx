import type { Meeting } from '../../lib/followup/types.ts';
import { formatDay } from '../../lib/dates.ts';

const POINTS = [['sprak', 'Språk', '#0062ba'], ['egnethet', 'Egnethet', '#a3370a'], ['arbeid', 'Arbeid', '#1f7a3a']] as const;

/** Progress per measurement point over the meetings; the table is the text alternative. */
export function Chart({ meetings, title }: { meetings: Meeting[]; title: string }) {
  if (meetings.length === 0) return null;
  const w = 300, h = 120, step = meetings.length > 1 ? (w - 40) / (meetings.length - 1) : 0;
  const x = (i: number) => 30 + i * step;
  const y = (v: number) => h - 10 - (v / 100) * (h - 20);
  return (
    <figure class="checklist-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={title} width="100%" style="max-width:30rem">
        <line x1="30" y1={y(0)} x2={w} y2={y(0)} stroke="#555" />
        <text x="0" y={y(100) + 4} font-size="9">100 %</text>
        <text x="8" y={y(0) + 3} font-size="9">0 %</text>
        {POINTS.map(([id, , color]) => (
          <polyline fill="none" stroke={color} stroke-width="2" points={meetings.map((m, i) => `${x(i)},${y(m.progress?.[id] ?? 0)}`).join(' ')} />
        ))}
      </svg>
      <table class="ds-table" data-size="sm">
        <thead><tr><th scope="col">Dato</th>{POINTS.map(([, label, color]) => <th scope="col"><span aria-hidden="true" style={`color:${color}`}>■ </span>{label}</th>)}</tr></thead>
        <tbody>{meetings.map((m) => <tr><th scope="row">{formatDay(m.date)}</th>{POINTS.map(([id]) => <td>{m.progress?.[id] ?? 0} %</td>)}</tr>)}</tbody>
      </table>
    </figure>
  );
}
