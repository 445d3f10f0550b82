/**
 * npm run check-content: validates everything under content/ and lists each problem as
 * file:line — what is wrong — what is expected. Exit code 1 when something is wrong.
 */
import { checkAllContent } from '../src/lib/content-check/check-all.ts';
import { formatProblem } from '../src/lib/content-check/check.ts';

const problems = checkAllContent(process.cwd());
if (problems.length === 0) {
  console.log('Innholdet er i orden.');
} else {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} ${problems.length === 1 ? 'feil' : 'feil'} i innholdet.`);
  process.exitCode = 1;
}
