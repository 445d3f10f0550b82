/**
 * npm run oppdater [-- <kilde>] [--gren <navn>]
 *
 * Takes the project's newest version into a municipality's copy: fetches it, merges it,
 * checks the content and reports the copy's own versions of shared files whose originals
 * changed. It never touches uncommitted work, and a merge that conflicts is undone at once,
 * so the copy is left exactly as it was.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const args = process.argv.slice(2);
const branch = args.includes('--gren') ? args[args.indexOf('--gren') + 1] : 'main';
const source = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--gren')[0] ?? 'upstream';

function git(...gitArgs: string[]): string {
  return execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
function tryGit(...gitArgs: string[]): { ok: boolean; out: string } {
  const r = spawnSync('git', gitArgs, { cwd: root, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}
const indent = (text: string) => text.split('\n').map((l) => `  ${l}`).join('\n');

/**
 * What to do about files changed both in the copy and in the original. The advice depends on
 * where the files are: content/ can be moved to lokalt/ by a script, publiccode.yml has a
 * place in kommune.yaml, and other files (code) are the project's to change.
 */
function conflictAdvice(files: string[], incoming: string): string {
  const content = files.filter((f) => f.startsWith('content/'));
  const publiccode = files.filter((f) => f === 'publiccode.yml') as string[];
  const local = files.filter((f) => f.startsWith('lokalt/'));
  const other = files.filter((f) => !content.includes(f) && !publiccode.includes(f) && !local.includes(f));
  const parts = [`Disse filene er endret både hos dere og i originalen:\n${indent(files.join('\n'))}`];
  if (content.length) {
    parts.push(`Filene i content/ er felles. Flytt endringene deres til lokalt/ med
  npm run flytt-til-lokalt
lagre (git commit), og kjør «npm run oppdater» igjen. Se ADOPTING.md.`);
  }
  if (publiccode.length) {
    parts.push(`publiccode.yml er prosjektets fil. Skriv adressen til kopien deres i lokalt/kommune.yaml i stedet
(feltet «publiccode», se lokalt/kommune.eksempel.yaml), ta tilbake originalens fil og lagre:
  git checkout ${incoming} -- publiccode.yml
  git commit -am "publiccode: adressen vår står i lokalt/kommune.yaml"
Kjør så «npm run oppdater» igjen.`);
  }
  if (local.length) {
    parts.push('Filene i lokalt/ er deres, men originalen har også endret dem. Se hva som er endret med «git diff HEAD ' + incoming + ' -- lokalt/», og lag eventuelt deres egen fil med et annet navn.');
  }
  if (other.length) {
    parts.push(`De andre filene er kode eller oppsett som prosjektet eier. Vil dere beholde endringen deres, send den
gjerne til prosjektet. Ellers tar dere originalens versjon og lagrer:
  git checkout ${incoming} -- ${other.join(' ')}
  git commit -m "Tar originalens versjon"
Kjør så «npm run oppdater» igjen.`);
  }
  return parts.join('\n\n');
}

function stop(message: string): never {
  console.error(`\n${message}`);
  process.exit(1);
}

if (!branch) stop('Skriv navnet på grenen etter --gren, for eksempel «--gren main».');
if (!tryGit('rev-parse', '--is-inside-work-tree').ok) stop('Denne mappa er ikke et git-depot. Kjør kommandoen i mappa der kopien av Praksishåndboka ligger.');
if (existsSync(join(root, '.git', 'MERGE_HEAD'))) stop('En sammenslåing (merge) er ikke ferdig. Gjør den ferdig eller avbryt den med «git merge --abort», og prøv igjen.');

// Never risk local work: everything must be committed first.
const dirty = git('status', '--porcelain').split('\n').filter(Boolean);
if (dirty.length) {
  stop(`Oppdateringen er ikke startet: ${dirty.length} ${dirty.length === 1 ? 'fil har' : 'filer har'} endringer som ikke er lagret i git.
${dirty.slice(0, 10).map((l) => `  ${l.slice(3)}`).join('\n')}${dirty.length > 10 ? '\n  …' : ''}
Lagre dem først, for eksempel med:
  git add -A
  git commit -m "Våre endringer"
Kjør så «npm run oppdater» igjen.`);
}

// The merge makes a commit, and git needs a name and an e-mail address for it. Ask before
// fetching, so the copy is never left half-way and the message names the real cause.
if (!tryGit('var', 'GIT_COMMITTER_IDENT').ok || !tryGit('var', 'GIT_AUTHOR_IDENT').ok) {
  stop(`Oppdateringen er ikke startet: git vet ikke hvem du er.
Git trenger et navn og en e-postadresse for å lagre sammenslåingen. Skriv dem én gang med:
  git config --global user.name "Flyktningtjenesten i kommunen"
  git config --global user.email "praksis@kommune.no"
Bruk gjerne navnet og adressen til tjenesten, ikke din egen. Kjør så «npm run oppdater» igjen.`);
}

// Where the original lives: a remote (default «upstream») or an address.
const remotes = git('remote').split('\n').filter(Boolean);
const isRemote = remotes.includes(source);
if (!isRemote && !/[:/.]/.test(source)) {
  const publiccode = existsSync(join(root, 'publiccode.yml')) ? readFileSync(join(root, 'publiccode.yml'), 'utf8') : '';
  const address = /^isBasedOn:\s*"?([^"\s]+)/m.exec(publiccode)?.[1] ?? /^url:\s*"?([^"\s]+)/m.exec(publiccode)?.[1] ?? '<adressen til originalen>';
  stop(`Kopien vet ikke hvor originalen er. Legg den til én gang med:
  git remote add ${source} ${address}
Kjør så «npm run oppdater» igjen.`);
}

console.log(`Henter den nyeste versjonen fra ${source} (${branch}) …`);
const fetched = tryGit('fetch', source, branch);
if (!fetched.ok) stop(`Klarte ikke å hente fra ${source}. Sjekk nettverket og adressen.\n${fetched.out}`);
const incoming = isRemote ? `${source}/${branch}` : 'FETCH_HEAD';

const before = git('rev-parse', 'HEAD');
const merged = tryGit('merge', '--no-edit', '--no-ff', incoming);
if (!merged.ok) {
  const conflicts = git('diff', '--name-only', '--diff-filter=U').split('\n').filter(Boolean);
  tryGit('merge', '--abort');
  stop(`Oppdateringen ble avbrutt, og kopien er som før.\n${conflicts.length ? conflictAdvice(conflicts, incoming) : `Git sa:\n${indent(merged.out)}`}`);
}
const after = git('rev-parse', 'HEAD');
if (before === after) {
  console.log('Kopien har allerede den nyeste versjonen.');
} else {
  console.log(`Den nye versjonen er slått sammen med kopien deres (uten konflikter).`);
  const changed = git('diff', '--name-only', before, after).split('\n');
  if (changed.includes('package-lock.json')) console.log('Pakkene er endret. Kjør «npm ci» før dere bygger.');
  const news = git('diff', '--unified=0', before, after, '--', 'CHANGELOG.md')
    .split('\n')
    .filter((l) => l.startsWith('+') && !l.startsWith('+++'))
    .map((l) => `  ${l.slice(1)}`);
  if (news.length) console.log(`\nNytt i CHANGELOG.md (se avsnittet «Innhold» for sidene som er endret):\n${news.slice(0, 40).join('\n')}${news.length > 40 ? '\n  …' : ''}`);
}

// The check runs as its own process, so it is the newly merged version of the check.
console.log('\nSjekker innholdet …');
const check = spawnSync(process.execPath, [join(root, 'scripts', 'check-content.ts')], { cwd: root, stdio: 'inherit' });
if (check.status !== 0) {
  console.error('\nOppdateringen er lagret i git, men innholdet har feil som må rettes før nettstedet kan bygges (se over).');
  console.error(`Vil dere gå tilbake til versjonen fra før oppdateringen: git reset --hard ${before.slice(0, 12)}`);
}
process.exit(check.status ?? 1);
