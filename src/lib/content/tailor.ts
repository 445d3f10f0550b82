import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../content-check/collections.ts';
import { ABOUT_PAGES, EXTENDS_KEY, EXTENSIONS, LOCAL_DIR, SHARED_DIR, isDataCollection } from './layers.ts';
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

const ABOUT_FIELDS: Record<string, string> = {
  personvern: 'personvern: ombud (personvernombudet), databehandler (hvem som drifter webserveren), lagringstid (hvor lenge loggen blir lagret), oppdatert (dato)',
  tilgjengelighet: 'tilgjengelighet: erklaering (adressen til erklæringen på uustatus.no), testerVedHverEndring (true bare når kopien kjører npm test før hver publisering), oppdatert (dato)',
  'ta-i-bruk': '',
};

/** `npm run tilpass -- om/personvern`: a page of the copy's own, written from a short starting point. */
function aboutPage(rootDir: string, page: string): string {
  if (!(ABOUT_PAGES as readonly string[]).includes(page)) throw new TailorError(`«om/${page}» kan ikke tilpasses. Sidene under om/ som kan det, er: ${ABOUT_PAGES.map((p) => `om/${p}`).join(', ')}.`);
  const rel = `om/${page}.mdx`;
  const local = join(rootDir, LOCAL_DIR, rel);
  if (existsSync(local)) throw new TailorError(`${LOCAL_DIR}/${rel} finnes allerede. Rediger den fila.`);
  mkdirSync(dirname(local), { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(local, `---
# Deres egen tekst på /om/${page}/. Den erstatter hele teksten til prosjektet.
title: ${page === 'personvern' ? 'Personvern' : page === 'tilgjengelighet' ? 'Tilgjengelighetserklæring' : 'Ta i bruk verktøykassa'}
lead: ${FILL_IN_ABOUT} én eller to setninger om hva siden handler om.
reviewed: ${today}
# Språket i teksten: nb (bokmål) eller nn (nynorsk). Uten denne linja: språket i kommune.yaml.
# language: nn
---

## ${FILL_IN_ABOUT} overskrift

${FILL_IN_ABOUT} teksten. Se den felles siden på nettstedet, og skriv det som gjelder hos dere.
`);
  const fields = ABOUT_FIELDS[page] ? `\nTrenger dere bare å fylle inn det som gjelder kommunen? Da holder det med feltene i ${LOCAL_DIR}/kommune.yaml,\nså får dere nye versjoner av resten av teksten:\n  ${ABOUT_FIELDS[page]}\nDa kan dere slette ${LOCAL_DIR}/${rel} igjen.` : '';
  return `Laget ${LOCAL_DIR}/${rel}. Den erstatter teksten på /om/${page}/ når den er fylt ut.
Neste steg:
  1. Skriv teksten i ${LOCAL_DIR}/${rel}, og bytt ut hver «${FILL_IN_ABOUT}».
  2. Kjør «npm run check-content».${fields}`;
}
const FILL_IN_ABOUT = 'FYLL UT:';

/**
 * The shared text is bokmål; the copy's own files are taken to be in the copy's language
 * (provenance.ts), so the copy says «language: nb» until the municipality rewrites it.
 */
const LANGUAGE_NOTE = '# Teksten er på bokmål. Skriver dere den om til nynorsk, endrer dere linja til «language: nn».';
function markedBokmal(text: string, isYaml: boolean): string {
  if (/^language:/m.test(text)) return text;
  if (isYaml) return `${LANGUAGE_NOTE}\nlanguage: nb\n${text}`;
  return text.replace(/^---\r?\n/, `---\n${LANGUAGE_NOTE}\nlanguage: nb\n`);
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
  if (collection === 'om') return aboutPage(rootDir, rest.join('/'));
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
  else writeFileSync(local, markedBokmal(readFileSync(shared, 'utf8'), isDataCollection(name)));
  recordOverride(rootDir, rel, rel);
  return `Laget ${LOCAL_DIR}/${rel}. Den ${extend ? 'bygger på' : 'erstatter'} ${SHARED_DIR}/${rel} på nettstedet.
Neste steg:
  1. Rediger ${LOCAL_DIR}/${rel}. La ${SHARED_DIR}/${rel} være som den er.
  2. Kjør «npm run check-content» for å sjekke fila.
Når prosjektet senere endrer den felles fila, forteller «npm run check-content» og «npm run oppdater» hva som er endret.`;
}
