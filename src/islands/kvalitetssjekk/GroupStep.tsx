import { useEffect, useRef } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import type { QualityCheck } from '../../lib/quality/check.ts';
import { setAnswer, setFigure, type Assessment } from '../../lib/quality/assessment.ts';
import type { PageLinks } from '../../lib/quality/report.ts';
import { groupScores } from '../../lib/quality/scores.ts';
import { IndicatorField } from './IndicatorField.tsx';
import { fill } from '../../lib/i18n/fill.ts';

interface Props {
  check: QualityCheck;
  step: number;
  assessment: Assessment;
  links: PageLinks;
  t: UiStrings['quality'];
  /** The lang attribute of the indicators' text (see Kvalitetssjekk.tsx). */
  lang?: string;
  onStep: (step: number) => void;
  onResult: () => void;
  /** `now`: write at once (a score); otherwise after a pause in typing. */
  update: (fn: (a: Assessment) => Assessment, now?: boolean) => void;
}

/** One part of the method per screen: its indicators, then the way to the next part. */
export function GroupStep({ check, step, assessment, links, t, lang, onStep, onResult, update }: Props) {
  const group = check.groups[step]!;
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // Moving to another part puts focus on its heading, so keyboard and screen reader users start at the top.
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    heading.current?.focus();
  }, [step]);
  const scores = groupScores(check, assessment);
  const last = step === check.groups.length - 1;
  return (
    <section class="kv-step" aria-labelledby="kv-step-heading">
      <p class="kv-step-of">{fill(t.step, { n: step + 1, total: check.groups.length })}</p>
      <h2 id="kv-step-heading" class="ds-heading" data-size="md" tabIndex={-1} ref={heading} lang={lang}>{group.title}</h2>
      <p lang={lang}>{group.summary}</p>
      {group.indicators.map((indicator) => (
        <IndicatorField
          key={indicator.key}
          indicator={indicator}
          answer={assessment.answers[indicator.key]}
          figure={assessment.figures[indicator.key]}
          links={links}
          t={t}
          lang={lang}
          onScore={(score) => update((a) => setAnswer(a, indicator.key, { score }), true)}
          onNote={(note) => update((a) => setAnswer(a, indicator.key, { note }))}
          onFigure={(patch) => update((a) => setFigure(a, indicator.key, patch))}
        />
      ))}
      <p class="kv-step-nav">
        {step > 0 && <button type="button" class="ds-button" data-variant="secondary" onClick={() => onStep(step - 1)}>{t.previous}</button>}
        {last ? <button type="button" class="ds-button" onClick={onResult}>{t.toResult}</button> : <button type="button" class="ds-button" onClick={() => onStep(step + 1)}>{t.next}</button>}
      </p>
      {/* The jump list comes last, so on a phone the part itself fills the screen. */}
      <ol class="kv-steps no-print" aria-label={t.allParts}>
        {check.groups.map((g, i) => (
          <li key={g.id}>
            <button type="button" class="kv-step-link" aria-current={i === step ? 'step' : undefined} onClick={() => onStep(i)}>
              <span lang={lang}>{i + 1}. {g.title}</span> <span class="kv-step-count">({fill(t.answered, { n: scores[i]!.answered, total: scores[i]!.total })})</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
