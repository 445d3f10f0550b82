import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../content-check/collections.ts';
import { EXTENDS_KEY, EXTENSIONS, LOCAL_DIR, SHARED_DIR, isDataCollection } from './layers.ts';
import { recordOverride } from './overrides.ts';

/** A refusal in plain Norwegian, for the person at the command line. */
export class TailorError extends Error {}

const usage = 'Bruk: npm run tilpass -- <samling>/<navn>\nFor eksempel: npm run tilpass -- metoder/trekantsamtale\n' +
  'Eller: npm run tilpass -- planer/butikk --utvid   (legg til, skjul eller omformuler oppgaver)\n' +
  'Når dere har tatt inn endringer fra den felles versjonen: npm run tilpass -- metoder/trekantsamtale --oppdatert';

function extensionSkeleton(rel: string, id: string): string {
  return `# Vår utgave av den felles planen ${SHARED_DIR}/${rel}.
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
`;
}

/**
 * npm run tilpass: makes the copy's own version of a shared page or plan in lokalt/ (a whole
 * copy, or with --utvid an extension of a plan), or with --oppdatert records that the copy
 * has taken in the shared file's changes. Returns what to tell the user; throws TailorError.
 */
export function tailor(rootDir: string, args: string[]): string {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const [target] = args.filter((a) => !a.startsWith('--'));
  const unknownFlag = [...flags].find((f) => !['--utvid', '--oppdatert'].includes(f));
  if (!target || unknownFlag) throw new TailorError(unknownFlag ? `Ukjent valg «${unknownFlag}».\n${usage}` : usage);

  const [collection, ...rest] = target.replace(/^(content|lokalt)\//, '').replace(/\.(mdx|yaml)$/, '').split('/');
  const names = Object.keys(COLLECTIONS);
  if (!collection || !names.includes(collection) || rest.length === 0) throw new TailorError(`«${target}» er ikke en side i håndboka. Samlingen må være en av: ${names.join(', ')}.\n${usage}`);
  const name = collection as CollectionName;
  const id = rest.join('/');
  const rel = `${name}/${id}${EXTENSIONS[name]}`;
  const shared = join(rootDir, SHARED_DIR, rel);
  const local = join(rootDir, LOCAL_DIR, rel);
  if (!existsSync(shared)) throw new TailorError(`Finner ikke ${SHARED_DIR}/${rel}. Se etter riktig navn i mappa ${SHARED_DIR}/${name}/.`);

  if (flags.has('--oppdatert')) {
    if (!existsSync(local)) throw new TailorError(`${LOCAL_DIR}/${rel} finnes ikke. Lag den først med «npm run tilpass -- ${name}/${id}».`);
    const record = recordOverride(rootDir, rel, rel);
    return `Registrert: ${LOCAL_DIR}/${rel} bygger nå på den felles versjonen fra ${record.dato}.`;
  }
  if (existsSync(local)) throw new TailorError(`${LOCAL_DIR}/${rel} finnes allerede. Rediger den fila.\nHar dere tatt inn endringer fra den felles versjonen? Kjør «npm run tilpass -- ${name}/${id} --oppdatert».`);
  const extend = flags.has('--utvid');
  if (extend && (!isDataCollection(name) || name !== 'planer')) throw new TailorError(`Bare planer kan utvides. Lag en hel kopi i stedet: npm run tilpass -- ${name}/${id}`);
  mkdirSync(dirname(local), { recursive: true });
  if (extend) writeFileSync(local, extensionSkeleton(rel, id));
  else copyFileSync(shared, local);
  recordOverride(rootDir, rel, rel);
  return `Laget ${LOCAL_DIR}/${rel}. Den ${extend ? 'bygger på' : 'erstatter'} ${SHARED_DIR}/${rel} på nettstedet.
Neste steg:
  1. Rediger ${LOCAL_DIR}/${rel}. La ${SHARED_DIR}/${rel} være som den er.
  2. Kjør «npm run check-content» for å sjekke fila.
Når prosjektet senere endrer den felles fila, forteller «npm run check-content» og «npm run oppdater» hva som er endret.`;
}
