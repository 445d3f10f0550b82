/**
 * npm run tilpass -- <samling>/<navn> [--utvid | --oppdatert]
 *
 * Makes the copy's own version of a shared page or plan in lokalt/, and records which version
 * of the shared file it came from, so check-content can say when the original changes:
 *   npm run tilpass -- metoder/trekantsamtale            copy the whole file into lokalt/
 *   npm run tilpass -- planer/butikk --utvid             start an extension (add, hide, reword tasks)
 *   npm run tilpass -- metoder/trekantsamtale --oppdatert  "we have taken in the shared changes"
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../src/lib/content-check/collections.ts';
import { EXTENDS_KEY, EXTENSIONS, LOCAL_DIR, SHARED_DIR, isDataCollection } from '../src/lib/content/layers.ts';
import { recordOverride } from '../src/lib/content/overrides.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [target] = args.filter((a) => !a.startsWith('--'));
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
const usage = 'Bruk: npm run tilpass -- <samling>/<navn>\nFor eksempel: npm run tilpass -- metoder/trekantsamtale\n' +
  'Eller: npm run tilpass -- planer/butikk --utvid   (legg til, skjul eller omformuler oppgaver)\n' +
  'Når dere har tatt inn endringer fra den felles versjonen: npm run tilpass -- metoder/trekantsamtale --oppdatert';
const unknownFlag = [...flags].find((f) => !['--utvid', '--oppdatert'].includes(f));
if (!target || unknownFlag) fail(unknownFlag ? `Ukjent valg «${unknownFlag}».\n${usage}` : usage);

const [collection, ...rest] = target.replace(/^(content|lokalt)\//, '').replace(/\.(mdx|yaml)$/, '').split('/');
const names = Object.keys(COLLECTIONS);
if (!collection || !names.includes(collection) || rest.length === 0) fail(`«${target}» er ikke en side i håndboka. Samlingen må være en av: ${names.join(', ')}.\n${usage}`);
const name = collection as CollectionName;
const id = rest.join('/');
const rel = `${name}/${id}${EXTENSIONS[name]}`;
const shared = join(root, SHARED_DIR, rel);
const local = join(root, LOCAL_DIR, rel);
if (!existsSync(shared)) fail(`Finner ikke ${SHARED_DIR}/${rel}. Se etter riktig navn i mappa ${SHARED_DIR}/${name}/.`);

if (flags.has('--oppdatert')) {
  if (!existsSync(local)) fail(`${LOCAL_DIR}/${rel} finnes ikke. Lag den først med «npm run tilpass -- ${name}/${id}».`);
  const record = recordOverride(root, rel, rel);
  console.log(`Registrert: ${LOCAL_DIR}/${rel} bygger nå på den felles versjonen fra ${record.dato}.`);
  process.exit(0);
}
if (existsSync(local)) fail(`${LOCAL_DIR}/${rel} finnes allerede. Rediger den fila.\nHar dere tatt inn endringer fra den felles versjonen? Kjør «npm run tilpass -- ${name}/${id} --oppdatert».`);
mkdirSync(dirname(local), { recursive: true });

if (flags.has('--utvid')) {
  if (!isDataCollection(name) || name !== 'planer') fail(`Bare planer kan utvides. Lag en hel kopi i stedet: npm run tilpass -- ${name}/${id}`);
  writeFileSync(local, `# Vår utgave av den felles planen ${SHARED_DIR}/${rel}.
# Alt som ikke står her, hentes fra den felles planen, også når den blir oppdatert.
${EXTENDS_KEY}: ${id}
# Vil dere bytte tittel eller en annen tekst øverst i planen, skriver dere feltet her, for eksempel:
# title: ${id[0]!.toUpperCase()}${id.slice(1)} hos oss
oppgaver:
  # Oppgaver som ikke skal være med (id-ene står i den felles planen):
  skjul: []
  # Ny tekst på en oppgave. Id-en blir den samme, så sjekklister som er i bruk, beholder vurderingene.
  omformuler: {}
  # Nye oppgaver. fase: 1, 2 eller 3. malepunkt: sprak, egnethet eller arbeid.
  # «etter» er id-en til oppgaven den nye skal stå etter (ellers kommer den sist).
  leggTil: []
  #  - fase: 1
  #    malepunkt: arbeid
  #    id: ny-oppgave
  #    text: Gjør noe fadderen kan se
  #    etter: en-oppgave-som-finnes
`);
} else {
  copyFileSync(shared, local);
}
recordOverride(root, rel, rel);
console.log(`Laget ${LOCAL_DIR}/${rel}. Den ${flags.has('--utvid') ? 'bygger på' : 'erstatter'} ${SHARED_DIR}/${rel} på nettstedet.
Neste steg:
  1. Rediger ${LOCAL_DIR}/${rel}. La ${SHARED_DIR}/${rel} være som den er.
  2. Kjør «npm run check-content» for å sjekke fila.
Når prosjektet senere endrer den felles fila, forteller «npm run check-content» og «npm run oppdater» hva som er endret.`);
