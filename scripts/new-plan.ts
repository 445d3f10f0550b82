/**
 * npm run new-plan -- <slug> "<Tittel>": creates content/planer/<slug>.yaml with the full
 * plan structure, marked draft so it stays off the site until it is written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { planScaffold, slugProblem } from '../src/lib/plan/scaffold.ts';
import { checkText, formatProblem } from '../src/lib/content-check/check.ts';
import { planSchema } from '../src/lib/schemas/plan.ts';

const [slug, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
if (!slug || !title) fail('Bruk: npm run new-plan -- <navn-på-fila> "<Tittel>"\nFor eksempel: npm run new-plan -- frisor "Frisør"');
const problem = slugProblem(slug);
if (problem) fail(problem);
const file = join(process.cwd(), 'content', 'planer', `${slug}.yaml`);
const shown = relative(process.cwd(), file);
if (existsSync(file)) fail(`${shown} finnes allerede. Velg et annet navn, eller rediger fila som er der.`);

const text = planScaffold(title, new Date().toISOString().slice(0, 10));
const checked = checkText(shown, text, planSchema);
if (checked.problems.length) fail(`Malen er ugyldig (feil i verktøyet, ikke hos deg):\n${checked.problems.map(formatProblem).join('\n')}`);
writeFileSync(file, text);
console.log(`Laget ${shown}.
Neste steg:
  1. Åpne fila og bytt ut alle tekster som begynner med «FYLL UT».
  2. Kjør «npm run check-content» for å sjekke planen.
  3. Fjern linja «draft: true» når planen er klar. Da kommer den med på nettstedet.`);
