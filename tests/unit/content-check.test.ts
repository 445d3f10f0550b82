import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText, formatProblem } from '../../src/lib/content-check/check.ts';
import { checkAllContent } from '../../src/lib/content-check/check-all.ts';
import { planSchema } from '../../src/lib/schemas/plan.ts';
import { methodSchema } from '../../src/lib/schemas/method.ts';
import { municipalitySchema } from '../../src/lib/schemas/municipality.ts';

const validPlan = readFileSync('tests/fixtures/plan-valid.yaml', 'utf8');
const file = 'content/planer/test.yaml';

function problemsFor(text: string) {
  return checkText(file, text, planSchema).problems.map(formatProblem);
}

describe('plan schema', () => {
  test('a valid plan passes and keeps its structure', () => {
    const { data, problems } = checkText(file, validPlan, planSchema);
    expect(problems).toEqual([]);
    expect(data?.phases).toHaveLength(3);
    expect(data?.phases[0]?.tasks.sprak.length).toBeGreaterThanOrEqual(3);
  });

  test('a missing measurement point names the file, the line and the field', () => {
    const broken = validPlan.replace('      arbeid:\n', '      arbeidet:\n');
    const messages = problemsFor(broken);
    expect(messages).toContain(
      'content/planer/test.yaml:19 — phases[0].tasks.arbeid: feltet mangler — forventet en liste med oppgaver',
    );
    expect(messages.some((m) => m.includes('ukjent felt: «arbeidet»'))).toBe(true);
  });

  test('too few tasks under a measurement point', () => {
    const broken = validPlan.replace(/\n        - id: hilser[^\n]*\n[^\n]*/, '');
    expect(problemsFor(broken)).toContain(
      'content/planer/test.yaml:20 — phases[0].tasks.sprak: for få elementer — forventet minst 3 oppgaver',
    );
  });

  test('a task id that is used twice', () => {
    const broken = validPlan.replace('id: navn-utstyr', 'id: hilser-kolleger');
    expect(problemsFor(broken).join('\n')).toMatch(
      /test\.yaml:23 — phases\[0\]\.tasks\.sprak\[1\]\.id: ugyldig verdi — forventet en id som ikke er brukt før i planen \(«hilser-kolleger» står allerede i phases\[0\]\.tasks\.sprak\[0\]\)/,
    );
  });

  test('a task id with capitals and spaces', () => {
    const broken = validPlan.replace('id: navn-utstyr', 'id: Navn Utstyr');
    expect(problemsFor(broken).join('\n')).toContain(
      "phases[0].tasks.sprak[1].id: feil format: «Navn Utstyr» — forventet små bokstaver a–z, tall og bindestrek",
    );
  });

  test('a date that is not a date', () => {
    const broken = validPlan.replace('reviewed: 2026-11-24', 'reviewed: i går');
    expect(problemsFor(broken)).toContain(
      'content/planer/test.yaml:3 — reviewed: er ikke en gyldig dato — forventet en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-11-24',
    );
  });

  test('only two phases', () => {
    const cut = validPlan.slice(0, validPlan.indexOf('  - number: 3'));
    const broken = cut + validPlan.slice(validPlan.indexOf('safety:'));
    expect(problemsFor(broken).join('\n')).toMatch(/phases: for få elementer — forventet nøyaktig tre faser/);
  });

  test('broken YAML is reported with its line', () => {
    const broken = validPlan.replace('title: Renhold', 'title: "Renhold');
    const [message] = problemsFor(broken);
    expect(message).toMatch(/^content\/planer\/test\.yaml:\d+ — YAML-feil: /);
  });
});

describe('method card front matter', () => {
  test('a method with a stage that does not exist', () => {
    const text = readFileSync('content/metoder/trekantsamtale.mdx', 'utf8').replace(/^stages: .*$/m, 'stages: [midt]');
    const messages = checkText('content/metoder/x.mdx', text, methodSchema).problems.map(formatProblem);
    expect(messages.join('\n')).toMatch(/x\.mdx:\d+ — stages\[0\]: ugyldig verdi «midt» — forventet før, under eller etter/);
  });

  test('an MDX file without front matter', () => {
    const messages = checkText('content/metoder/x.mdx', '# Bare tekst\n', methodSchema).problems.map(formatProblem);
    expect(messages).toEqual(['content/metoder/x.mdx:1 — fila mangler front matter mellom to linjer med --- — forventet gyldig YAML']);
  });
});

describe('kommune.yaml', () => {
  test('a base path without slashes is refused in plain words', () => {
    const text = readFileSync('lokalt/kommune.eksempel.yaml', 'utf8').replace('basePath: /', 'basePath: praksis');
    const messages = checkText('lokalt/kommune.yaml', text, municipalitySchema).problems.map(formatProblem);
    expect(messages.join('\n')).toContain('basePath: feil format: «praksis» — forventet en sti som starter og slutter med «/»');
  });
});

describe('the repository content', () => {
  test('everything under content/ validates', () => {
    expect(checkAllContent(process.cwd()).map(formatProblem)).toEqual([]);
  });
});
