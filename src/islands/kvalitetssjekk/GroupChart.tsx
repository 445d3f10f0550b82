import type { GroupScore } from '../../lib/quality/scores.ts';
import { formatScore } from '../../lib/quality/scores.ts';

/**
 * One bar per part of the method. The figures are written beside each bar, and the table
 * that follows holds the same figures for screen readers (the chart is named, not read bar by bar).
 */
export function GroupChart({ scores, title, lang }: { scores: GroupScore[]; title: string; lang?: string }) {
  const row = 34, labelWidth = 0, barMax = 220, top = 18;
  const height = top + scores.length * row + 10;
  const x = (v: number) => labelWidth + (v / 5) * barMax;
  const summary = `${title}: ${scores.map((s) => `${s.group.title} ${formatScore(s.average)}`).join(', ')}`;
  return (
    <figure class="kv-chart">
      <svg viewBox={`0 0 ${barMax + 50} ${height}`} role="img" aria-label={summary} width="100%" class="kv-chart-svg">
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={x(v)} y1={top - 4} x2={x(v)} y2={height - 6} stroke="#8a8f98" stroke-width="0.5" stroke-dasharray="2 2" />
            <text x={x(v)} y={top - 7} font-size="9" text-anchor="middle" fill="currentColor">{v}</text>
          </g>
        ))}
        {scores.map((s, i) => {
          const y = top + i * row;
          return (
            <g key={s.group.id}>
              <text x="0" y={y + 9} font-size="9.5" fill="currentColor" lang={lang}>{i + 1}. {s.group.title}</text>
              <rect x="0" y={y + 13} width={barMax} height="11" fill="#e4e7ec" />
              {s.average !== null && <rect x="0" y={y + 13} width={x(s.average)} height="11" class="kv-bar" />}
              <text x={barMax + 6} y={y + 22} font-size="10" font-weight="600" fill="currentColor">{formatScore(s.average)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
