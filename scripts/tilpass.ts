/**
 * npm run tilpass -- <samling>/<navn> [--utvid | --oppdatert]
 *
 * Makes the copy's own version of a shared page or plan in lokalt/, and records which version
 * of the shared file it came from, so check-content can say when the original changes:
 *   npm run tilpass -- metoder/trekantsamtale            copy the whole file into lokalt/
 *   npm run tilpass -- planer/butikk --utvid             start an extension (add, hide, reword tasks)
 *   npm run tilpass -- metoder/trekantsamtale --oppdatert  "we have taken in the shared changes"
 */
import { tailor, TailorError } from '../src/lib/content/tailor.ts';

try {
  console.log(tailor(process.cwd(), process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof TailorError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
