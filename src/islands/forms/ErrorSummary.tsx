import { useEffect, useRef } from 'preact/hooks';
import type { FieldError } from '../../lib/forms/answers.ts';

/** Designsystemet's error summary: focused when shown, each error a link to its field. */
export function ErrorSummary({ errors, heading, focusKey }: { errors: FieldError[]; heading: string; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [focusKey]);
  if (!errors.length) return null;
  const go = (e: Event, name: string) => {
    e.preventDefault();
    const el = document.getElementById(`f-${name}`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };
  return (
    <div class="ds-error-summary" ref={ref} tabIndex={-1} role="region" aria-labelledby="feiloppsummering">
      <h2 id="feiloppsummering">{heading}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.name}>
            <a href={`#f-${e.name}`} onClick={(ev) => go(ev, e.name)}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
