import type { z } from 'astro/zod';

/**
 * Turns a zod issue into plain Norwegian: what is wrong, and what was expected.
 * Schemas carry their own "expected" text where it helps; these are the fallbacks.
 */
type Issue = z.core.$ZodIssue & { input?: unknown };

const TYPE_NAMES: Record<string, string> = {
  string: 'en tekst',
  number: 'et tall',
  boolean: 'ja/nei (true eller false)',
  array: 'en liste',
  object: 'en gruppe med felt',
  date: 'en dato',
  undefined: 'ingenting',
  null: 'en tom verdi',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text && text.length > 40 ? `${text.slice(0, 37)}…` : String(text);
}

/** Zod's own English default messages start like this; ours never do. */
const isDefaultMessage = (message: string) => /^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(message);

export function describeIssue(issue: Issue): { what: string; expected: string } {
  const custom = isDefaultMessage(issue.message) ? undefined : issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const missing = issue.input === undefined;
      if (issue.expected === 'date' && !missing) return { what: 'er ikke en gyldig dato', expected: custom ?? 'en dato' };
      return {
        what: missing ? 'feltet mangler' : `har feil type: ${TYPE_NAMES[typeOf(issue.input)] ?? typeOf(issue.input)}`,
        expected: custom ?? TYPE_NAMES[issue.expected] ?? issue.expected,
      };
    }
    case 'too_small': {
      const many = issue.origin === 'array';
      return {
        what: many ? 'for få elementer' : issue.origin === 'string' ? 'teksten er for kort eller tom' : 'verdien er for liten',
        expected: custom ?? `minst ${String(issue.minimum)}`,
      };
    }
    case 'too_big': {
      const many = issue.origin === 'array';
      return {
        what: many ? 'for mange elementer' : issue.origin === 'string' ? 'teksten er for lang' : 'verdien er for stor',
        expected: custom ?? `høyst ${String(issue.maximum)}`,
      };
    }
    case 'unrecognized_keys':
      return {
        what: `ukjent felt: ${issue.keys.map((k) => `«${k}»`).join(', ')}`,
        expected: 'bare feltene som er beskrevet i ADOPTING.md (sjekk stavemåten)',
      };
    case 'invalid_value':
      return {
        what: `ugyldig verdi «${show(issue.input)}»`,
        expected: custom ?? `en av: ${issue.values.map((v) => show(v)).join(', ')}`,
      };
    case 'invalid_format':
      return { what: `feil format: «${show(issue.input)}»`, expected: custom ?? `formatet ${issue.format}` };
    case 'invalid_union':
      return { what: `ugyldig verdi «${show(issue.input)}»`, expected: custom ?? 'en av de tillatte verdiene' };
    case 'custom':
      return { what: 'ugyldig verdi', expected: issue.message };
    default:
      return { what: issue.input === undefined ? 'ugyldig' : `ugyldig verdi «${show(issue.input)}»`, expected: custom ?? issue.message };
  }
}

/** phases.0.tasks.sprak.2 → phases[0].tasks.sprak[2] */
export function formatPath(path: PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('') || '(hele fila)';
}
