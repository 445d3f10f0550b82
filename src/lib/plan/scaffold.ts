import { MEASUREMENT_POINTS, PHASES } from './structure.ts';

/** Text that marks what a plan author still has to write; check-content refuses it in published plans. */
export const FILL_IN = 'FYLL UT';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a slug cannot be used, in Norwegian, or undefined when it is fine. */
export function slugProblem(slug: string): string | undefined {
  if (!SLUG.test(slug)) return `«${slug}» kan ikke brukes som navn på planen. Bruk små bokstaver a–z, tall og bindestrek, for eksempel «frisor» eller «bilverksted».`;
  return undefined;
}

const quote = (text: string) => JSON.stringify(text);

/**
 * A new plan with the full structure every plan shares: it validates as it is, is marked
 * draft so it stays out of the built site, and says at every spot what to write.
 */
export function planScaffold(title: string, today: string): string {
  const lines = [
    `# Opplæringsplan: ${title}`,
    '# Laget med «npm run new-plan». Bytt ut hver tekst som begynner med «FYLL UT».',
    '# Fjern linja «draft: true» når planen er ferdig. Da kommer den med på nettstedet.',
    '# Slik skriver du en god oppgave: kort, konkret, noe fadderen kan se (se CONTRIBUTING.md).',
    `title: ${quote(title)}`,
    `summary: ${quote(`${FILL_IN}: én linje om hva planen gjelder.`)}`,
    'draft: true',
    `reviewed: ${today}`,
    `intro: ${quote(`${FILL_IN}: tre til fem korte setninger om arbeidet.`)}`,
    'workplaces:',
    `  - ${quote(`${FILL_IN}: et typisk arbeidssted`)}`,
    'demands:',
    `  - ${quote(`${FILL_IN}: noe jobben krever av en nyansatt`)}`,
    'phases:',
  ];
  for (const phase of PHASES) {
    lines.push(`  - number: ${phase.number}`, `    # ${phase.title}`, `    focus: ${quote(`${FILL_IN}: hva deltakeren gjør i fase ${phase.number}.`)}`, '    tasks:');
    for (const point of MEASUREMENT_POINTS) {
      lines.push(`      ${point.id}: # ${point.label}: 3–7 oppgaver`);
      for (let i = 1; i <= 3; i++) {
        lines.push(`        - id: fase${phase.number}-${point.id}-${i}`, `          text: ${quote(`${FILL_IN}: oppgave ${i} (${point.label.toLowerCase()})`)}`);
      }
    }
    lines.push('    words: # ord å lære i denne fasen');
    for (let i = 1; i <= 3; i++) {
      lines.push(`      - word: ${quote(`${FILL_IN}: ord ${i}`)}`, `        explanation: ${quote(`${FILL_IN}: kort forklaring`)}`);
    }
  }
  lines.push(
    'safety: # HMS og regler, med kilde (lov, forskrift eller veileder)',
    `  - title: ${quote(`${FILL_IN}: regel`)}`,
    `    text: ${quote(`${FILL_IN}: hva regelen betyr i praksis`)}`,
    `    source: ${quote(`${FILL_IN}: kilde`)}`,
    'courses: # kurs og sertifikater som åpner dører',
    `  - name: ${quote(`${FILL_IN}: kurs`)}`,
    `    text: ${quote(`${FILL_IN}: hva kurset gir`)}`,
    'onward: # yrker og veier videre',
    `  - ${quote(`${FILL_IN}: yrkestittel`)}`,
    'sources: []',
    '',
  );
  return lines.join('\n');
}
