/**
 * npm run check-content: validates the merged content (content/ with lokalt/ on top) and
 * lists each problem as file:line — what is wrong — what is expected; then reports the
 * copy's own versions of shared files whose original changed. Exit code 1 when something is
 * wrong (a changed original is only a warning, unless the change is a legal correction).
 * Translations for the participant (content/sprak/) are checked too: a missing unit or one
 * whose Norwegian changed since it was translated is an error, an unstamped one a note.
 */
import { checkAllContent } from '../src/lib/content-check/check-all.ts';
import { formatProblem } from '../src/lib/content-check/check.ts';
import { overrideReport } from '../src/lib/content/overrides.ts';
import { formatOverrideReport } from '../src/lib/content/override-report.ts';
import { checkTranslations } from '../src/lib/languages/check.ts';

const root = process.cwd();
// Translations (content/sprak/): a missing or stale unit fails here, as file:line — id.
const translations = checkTranslations(root);
const problems = [...checkAllContent(root), ...translations.errors];
const statuses = overrideReport(root);
if (statuses.length) console.log(`${formatOverrideReport(statuses)}\n`);
if (translations.notes.length) console.log(`Merknader om oversettelsene (stopper ikke):\n${translations.notes.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
if (problems.length === 0) {
  console.log('Innholdet er i orden.');
} else {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} feil i innholdet.`);
  process.exitCode = 1;
}
