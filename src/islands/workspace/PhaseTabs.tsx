import { PHASES, type PhaseNumber } from '../../lib/plan/structure.ts';
import type { T } from './Status.tsx';

/** Tabs for the three phases (arrow keys move between them), each with its progress. */
export function PhaseTabs({ t, current, percent, onSelect }: { t: T; current: PhaseNumber; percent: (p: PhaseNumber) => number; onSelect: (p: PhaseNumber) => void }) {
  const move = (e: KeyboardEvent) => {
    const i = PHASES.findIndex((p) => p.number === current);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? PHASES.length - 1 : (i + step + PHASES.length) % PHASES.length;
    onSelect(PHASES[next]!.number);
    requestAnimationFrame(() => document.getElementById(`tab-${PHASES[next]!.number}`)?.focus());
  };
  return (
    <div class="ws-tabs" role="tablist" aria-label={t.phases} onKeyDown={move}>
      {PHASES.map((p) => (
        <button type="button" role="tab" id={`tab-${p.number}`} aria-controls="phase-panel" aria-selected={p.number === current} tabIndex={p.number === current ? 0 : -1} class="ws-tab" onClick={() => onSelect(p.number)}>
          {t.phase} {p.number} <span class="ws-tab__pct">{percent(p.number)} %</span>
        </button>
      ))}
    </div>
  );
}
