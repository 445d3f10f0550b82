/**
 * npm run flytt-til-lokalt [-- <commit>]
 *
 * For a copy that edited content/ directly (before lokalt/ existed): moves each of its edits
 * into lokalt/, so new versions of the project merge without conflicts.
 *   - a shared file the copy changed  → the copy's version goes to lokalt/ (an override, with
 *     the shared version it started from recorded, like `npm run tilpass` does), and
 *     content/ gets the shared version back;
 *   - a file the copy added           → moved to lokalt/;
 *   - a shared file the copy deleted  → restored, and listed in lokalt/skjul.yaml;
 *   - content/kommune.yaml and a changed logo → lokalt/kommune.yaml and lokalt/.
 * <commit> is the project's version the copy last took in; by default where the copy's
 * history meets upstream/main (git merge-base).
 *
 * Plain JavaScript with only Node's own modules on purpose: an old copy that does not have
 * this file yet can run it straight from the new version, before merging it:
 *   git show upstream/main:scripts/flytt-til-lokalt.mjs > ../flytt-til-lokalt.mjs
 *   node ../flytt-til-lokalt.mjs
 * The record it writes has the format of src/lib/content/overrides.ts (tests check both agree).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

const root = process.cwd();
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
const gitBytes = (...args) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
const stop = (message) => {
  console.error(message);
  process.exit(1);
};

if (spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root }).status !== 0) stop('Denne mappa er ikke et git-depot. Kjør kommandoen i mappa der kopien ligger.');
const dirty = git('status', '--porcelain').split('\n').filter(Boolean);
if (dirty.length) stop(`Ingenting er flyttet: ${dirty.length} filer har endringer som ikke er lagret i git. Lagre dem først (git add -A && git commit), og kjør kommandoen igjen.`);

const [given] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let base = given;
if (!base) {
  const r = spawnSync('git', ['merge-base', 'HEAD', 'upstream/main'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) stop('Fant ikke originalen. Kjør først «git remote add upstream <adressen til originalen>» og «git fetch upstream», eller skriv hvilken versjon kopien bygger på: node flytt-til-lokalt.mjs <commit>');
  base = r.stdout.trim();
}
if (spawnSync('git', ['rev-parse', '--verify', `${base}^{commit}`], { cwd: root }).status !== 0) stop(`«${base}» er ikke en versjon (commit) i depotet.`);

const today = new Date().toISOString().slice(0, 10);
const inBase = (path) => spawnSync('git', ['cat-file', '-e', `${base}:${path}`], { cwd: root }).status === 0;
const write = (path, bytes) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), bytes);
};
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// The provenance record (same format as src/lib/content/overrides.ts).
const registerPath = 'lokalt/.tilpasset/oversikt.json';
const register = existsSync(join(root, registerPath)) ? JSON.parse(readFileSync(join(root, registerPath), 'utf8')) : {};
const legalAtBase = inBase('content/lovrettelser.yaml') ? git('show', `${base}:content/lovrettelser.yaml`) : '';
const knownLegal = (shared) => [...legalAtBase.matchAll(/-\s*fil:\s*"?([^"\s]+)"?\s*\n\s*dato:\s*"?(\d{4}-\d{2}-\d{2})/g)].filter((m) => m[1] === shared).map((m) => m[2]);
function record(local, shared, baseBytes) {
  const hash = sha256(baseBytes);
  const ext = extname(shared);
  write(`lokalt/.tilpasset/grunnlag/${shared.slice(0, -ext.length)}@${hash.slice(0, 12)}${ext}`, baseBytes);
  register[local] = { felles: shared, grunnlag: hash, dato: today, kjenteLovrettelser: knownLegal(shared) };
}

const hidden = [];
const moved = [];
const renamedLogo = {};
const changes = git('diff', '--name-status', '--no-renames', base, 'HEAD', '--', 'content/').split('\n').filter(Boolean);
for (const line of changes) {
  const [status, path] = line.split('\t');
  const rest = path.slice('content/'.length);
  const isEntry = rest.includes('/') && /\.(mdx|yaml)$/.test(rest);
  if (!isEntry) {
    // kommune.yaml, the logo and other files at the top of content/.
    if (status === 'D' || rest === 'lovrettelser.yaml') continue;
    const taken = existsSync(join(root, 'lokalt', rest)) || /^logo\.(svg|png)$/.test(rest);
    const target = rest === 'kommune.yaml' ? 'lokalt/kommune.yaml' : `lokalt/${taken ? `egen-${rest}` : rest}`;
    if (taken && rest !== 'kommune.yaml') renamedLogo[rest] = target.slice('lokalt/'.length);
    write(target, gitBytes('show', `HEAD:${path}`));
    if (inBase(path)) write(path, gitBytes('show', `${base}:${path}`));
    else rmSync(join(root, path));
    moved.push(`${path} → ${target}`);
    continue;
  }
  if (status === 'D') {
    write(path, gitBytes('show', `${base}:${path}`));
    hidden.push(rest.replace(/\.(mdx|yaml)$/, ''));
    continue;
  }
  write(`lokalt/${rest}`, gitBytes('show', `HEAD:${path}`));
  if (status === 'M') {
    const baseBytes = gitBytes('show', `${base}:${path}`);
    write(path, baseBytes);
    record(rest, rest, baseBytes);
    moved.push(`${path} → lokalt/${rest} (deres versjon av en felles fil)`);
  } else {
    rmSync(join(root, path));
    moved.push(`${path} → lokalt/${rest} (ny fil)`);
  }
}

// publiccode.yml is the project's file: the copy's address moves to lokalt/kommune.yaml.
const outside = git('diff', '--name-only', '--no-renames', base, 'HEAD', '--', '.', ':(exclude)content', ':(exclude)lokalt').split('\n').filter(Boolean);
if (outside.includes('publiccode.yml') && inBase('publiccode.yml')) {
  const ours = readFileSync(join(root, 'publiccode.yml'), 'utf8');
  const url = /^url:\s*"?([^"\s]+)/m.exec(ours)?.[1];
  const theirs = /^url:\s*"?([^"\s]+)/m.exec(git('show', `${base}:publiccode.yml`))?.[1];
  const kommuneFile = join(root, 'lokalt/kommune.yaml');
  if (url && url !== theirs && existsSync(kommuneFile) && !/^publiccode:/m.test(readFileSync(kommuneFile, 'utf8'))) {
    writeFileSync(kommuneFile, `${readFileSync(kommuneFile, 'utf8').trimEnd()}\n# Kopien vår i kataloger for offentlig programvare (flyttet hit fra publiccode.yml)\npubliccode:\n  url: ${url}\n`);
    write('publiccode.yml', gitBytes('show', `${base}:publiccode.yml`));
    git('add', 'publiccode.yml');
    moved.push(`publiccode.yml (adressen ${url}) → lokalt/kommune.yaml, feltet publiccode`);
  }
}
const leftOutside = outside.filter((f) => !(f === 'publiccode.yml' && moved.some((m) => m.startsWith('publiccode.yml'))));

// A logo that had to get a new name is renamed in kommune.yaml too.
const kommune = join(root, 'lokalt/kommune.yaml');
if (Object.keys(renamedLogo).length && existsSync(kommune)) {
  let text = readFileSync(kommune, 'utf8');
  for (const [from, to] of Object.entries(renamedLogo)) text = text.replace(new RegExp(`(file:\\s*"?)${from.replace('.', '\\.')}`), `$1${to}`);
  writeFileSync(kommune, text);
}
if (hidden.length) {
  const file = join(root, 'lokalt/skjul.yaml');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Felles sider og planer vi ikke viser (flyttet hit av flytt-til-lokalt).\n';
  writeFileSync(file, `${before.trimEnd()}\n${hidden.map((h) => `- ${h}`).join('\n')}\n`);
  moved.push(...hidden.map((h) => `content/${h} (slettet hos dere) → skjult i lokalt/skjul.yaml`));
}
if (Object.keys(register).length) {
  const sorted = Object.fromEntries(Object.entries(register).sort(([a], [b]) => a.localeCompare(b)));
  write(registerPath, `${JSON.stringify(sorted, null, 2)}\n`);
}

const outsideNote = leftOutside.length
  ? `\nDisse filene utenfor content/ og lokalt/ er også endret hos dere. Dem kan ikke skriptet flytte, for de er kode eller
oppsett som prosjektet eier:\n${leftOutside.map((f) => `  ${f}`).join('\n')}
Ta originalens versjon av dem (git checkout upstream/main -- <fil>) eller send endringen til prosjektet.`
  : '';
if (moved.length === 0) {
  console.log(`Ingenting å flytte: kopien har ingen egne endringer i content/ siden ${base.slice(0, 12)}.${outsideNote}`);
} else {
  git('add', '-A', '--', ...['content', 'lokalt'].filter((d) => existsSync(join(root, d))));
  console.log(`Flyttet ${moved.length} ${moved.length === 1 ? 'endring' : 'endringer'} til lokalt/:\n${moved.map((m) => `  ${m}`).join('\n')}
Neste steg:
  1. Se over endringene: git status
  2. Lagre dem: git commit -m "Flytt våre endringer til lokalt/"
  3. Hent den nye versjonen: npm run oppdater (eller «git merge upstream/main» hvis kopien ikke har den kommandoen ennå)${outsideNote}`);
}
