/**
 * npm run sprak -- status          how far each language has come (units translated, missing, stale, unstamped)
 * npm run sprak -- stemple <kode>  writes `kilde` (the hash of today's Norwegian) on that language's
 *                                  translated units that have none. Do it only when the translations
 *                                  match today's Norwegian text. See content/sprak/README.md.
 */
import { translationReport } from '../src/lib/languages/report.ts';
import { stampLanguage } from '../src/lib/languages/stamp.ts';

const root = process.cwd();
const [command, kode] = process.argv.slice(2);

if (command === 'status') {
  const report = translationReport(root);
  if (report.languages.length === 0) console.log('Ingen språk ennå. Legg til en mappe med sprak.yaml i content/sprak/ (se content/sprak/README.md).');
  for (const lang of report.languages) {
    const c = report.counts[lang.kode]!;
    const checked = lang.kontrollert ? `kontrollert${lang.kontrollertAv ? ` av ${lang.kontrollertAv}` : ''}` : 'ikke kontrollert av translatør';
    console.log(`${lang.kode.padEnd(4)} ${lang.navnNorsk.padEnd(12)} ${c.ok}/${c.total} i orden · ${c.mangler} mangler · ${c.foreldet} foreldet · ${c.ustemplet} ikke stemplet · ${lang.oversatt === 'maskin' ? 'maskinoversatt' : 'oversatt av en person'}, ${checked}`);
  }
  if (report.problems.length) console.log(`\nSe detaljene med «npm run check-content».`);
} else if (command === 'stemple' && kode) {
  const report = translationReport(root);
  if (!report.languages.some((l) => l.kode === kode)) {
    console.error(`Finner ikke språket «${kode}». Språkene er: ${report.languages.map((l) => l.kode).join(', ') || 'ingen'}.`);
    process.exitCode = 1;
  } else {
    const written = stampLanguage(root, kode);
    const files = Object.entries(written);
    if (files.length === 0) console.log(`Alle oversatte enheter for «${kode}» har allerede kilde:.`);
    for (const [file, n] of files) console.log(`${file}: stemplet ${n} enheter`);
  }
} else {
  console.error('Bruk: npm run sprak -- status  eller  npm run sprak -- stemple <kode>');
  process.exitCode = 1;
}
