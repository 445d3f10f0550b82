/**
 * npm run check-content: validates the merged content (content/ with lokalt/ on top) and
 * lists each problem as file:line — what is wrong — what is expected; then reports the
 * copy's own versions of shared files whose original changed. Exit code 1 when something is
 * wrong (a changed original is only a warning, unless the change is a legal correction).
 */
import { checkAllContent } from '../src/lib/content-check/check-all.ts';
import { formatProblem } from '../src/lib/content-check/check.ts';
import { overrideReport } from '../src/lib/content/overrides.ts';
import { formatOverrideReport } from '../src/lib/content/override-report.ts';

const root = process.cwd();
const problems = checkAllContent(root);
const statuses = overrideReport(root);
if (statuses.length) console.log(`${formatOverrideReport(statuses)}\n`);
if (problems.length === 0) {
  console.log('Innholdet er i orden.');
} else {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} feil i innholdet.`);
  process.exitCode = 1;
}
