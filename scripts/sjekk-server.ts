/**
 * npm run sjekk-server -- https://www.eksempel.kommune.no/praksis/
 *
 * Reads a deployed copy's HTTP headers and says in Norwegian what is missing
 * (src/lib/server-check/check.ts). Exits with 1 when something is missing.
 */
import { checkServer, formatFindings } from '../src/lib/server-check/check.ts';
import { ui } from '../src/lib/i18n/index.ts';
import { loadMunicipality } from '../src/lib/municipality.ts';

const [address] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const kommune = loadMunicipality();
const target = address ?? new URL(kommune.basePath, kommune.siteUrl).href;
if (!/^https?:\/\//.test(target)) {
  console.error(`«${target}» er ikke en adresse. Skriv hele adressen, for eksempel: npm run sjekk-server -- https://www.eksempel.kommune.no/praksis/`);
  process.exit(1);
}
const findings = await checkServer(target, ui().notFound.title);
console.log(formatFindings(target, findings));
process.exitCode = findings.every((f) => f.ok) ? 0 : 1;
