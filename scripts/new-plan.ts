/**
 * npm run new-plan -- <slug> "<Tittel>": creates lokalt/planer/<slug>.yaml (a municipality's
 * own plan) with the full plan structure, marked draft so it stays off the site until it is
 * written. With --felles it goes to content/planer/ instead: a plan for the shared handbook.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LOCAL_DIR, SHARED_DIR } from '../src/lib/content/layers.ts';
import { planScaffold, slugProblem } from '../src/lib/plan/scaffold.ts';
import { checkText, formatProblem } from '../src/lib/content-check/check.ts';
import { planSchema } from '../src/lib/schemas/plan.ts';

const shared = process.argv.includes('--felles');
const [slug, ...titleWords] = process.argv.slice(2).filter((a) => a !== '--felles');
const title = titleWords.join(' ').trim();
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
if (!slug || !title) fail('Bruk: npm run new-plan -- <navn-på-fila> "<Tittel>"\nFor eksempel: npm run new-plan -- frisor "Frisør"');
const problem = slugProblem(slug);
if (problem) fail(problem);
const file = join(process.cwd(), shared ? SHARED_DIR : LOCAL_DIR, 'planer', `${slug}.yaml`);
const shown = relative(process.cwd(), file);
if (existsSync(file)) fail(`${shown} finnes allerede. Velg et annet navn, eller rediger fila som er der.`);
if (!shared && existsSync(join(process.cwd(), SHARED_DIR, 'planer', `${slug}.yaml`))) {
  fail(`Den felles håndboka har allerede en plan som heter «${slug}». Velg et annet navn.\nVil dere endre den felles planen? Kjør «npm run tilpass -- planer/${slug} --utvid».`);
}

const text = planScaffold(title, new Date().toISOString().slice(0, 10));
const checked = checkText(shown, text, planSchema);
if (checked.problems.length) fail(`Malen er ugyldig (feil i verktøyet, ikke hos deg):\n${checked.problems.map(formatProblem).join('\n')}`);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text);
console.log(`Laget ${shown}.
Neste steg:
  1. Åpne fila og bytt ut alle tekster som begynner med «FYLL UT».
  2. Kjør «npm run check-content» for å sjekke planen.
  3. Fjern linja «draft: true» når planen er klar. Da kommer den med på nettstedet.`);
