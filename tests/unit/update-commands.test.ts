import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneWithUpstream, forkOf, git, GIT_ENV, upstreamRepo } from '../support/git-repos.ts';
import { overrideReport } from '../../src/lib/content/overrides.ts';

/**
 * An old copy that edited content/ directly (before lokalt/ existed) moves its edits into
 * lokalt/ with the migration script, then takes the new version of the project with no
 * conflict. Small made-up files stand in for the handbook: the script only moves files.
 */
const script = join(process.cwd(), 'scripts/flytt-til-lokalt.mjs');
const put = (dir: string, file: string, text: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
};
const method = (title: string, body = 'Felles tekst.') => `---\ntitle: ${title}\n---\n\n${body}\n`;
const kommune = (name: string, logo = 'logo.svg') => `# Kommunens identitet\nname: ${name}\nlogo:\n  file: ${logo}\nbrandColor: "#1E5A8C"\n`;

describe('flytt-til-lokalt: moving an old copy\'s edits into lokalt/', () => {
  test('edits become recorded overrides, new files move, deletions become hidden pages, and the new version merges cleanly', () => {
    const upstream = mkdtempSync(join(tmpdir(), 'praksis-old-upstream-'));
    git(upstream, 'init', '-q', '-b', 'main');
    put(upstream, 'content/kommune.yaml', kommune('Eksempel kommune'));
    put(upstream, 'content/logo.svg', '<svg>eksempel</svg>\n');
    put(upstream, 'content/metoder/loggbok.mdx', method('Loggbok'));
    put(upstream, 'content/metoder/sprakpraksis.mdx', method('Språkpraksis'));
    put(upstream, 'content/handbok/om.mdx', method('Om'));
    git(upstream, 'add', '-A');
    git(upstream, 'commit', '-q', '-m', 'old layout');

    // The old copy edits content/ directly.
    const fork = cloneWithUpstream(upstream, 'praksis-old-fork-');
    put(fork, 'content/kommune.yaml', kommune('Testvik kommune'));
    put(fork, 'content/logo.svg', '<svg>testvik</svg>\n');
    put(fork, 'content/metoder/loggbok.mdx', method('Loggbok i Testvik', 'Vår egen tekst.'));
    put(fork, 'content/planer/frisor.yaml', 'title: Frisør\n');
    rmSync(join(fork, 'content/metoder/sprakpraksis.mdx'));
    git(fork, 'add', '-A');
    git(fork, 'commit', '-q', '-m', 'Testvik edits content/ directly');

    // The project moves to the two layers and changes the same files.
    mkdirSync(join(upstream, 'lokalt'));
    git(upstream, 'mv', 'content/kommune.yaml', 'lokalt/kommune.eksempel.yaml');
    git(upstream, 'mv', 'content/logo.svg', 'lokalt/logo.svg');
    put(upstream, 'content/metoder/loggbok.mdx', method('Loggbok', 'Felles tekst, rettet.'));
    put(upstream, 'content/metoder/sprakpraksis.mdx', method('Språkpraksis', 'Ny felles tekst.'));
    git(upstream, 'add', '-A');
    git(upstream, 'commit', '-q', '-m', 'two layers');
    git(fork, 'fetch', '-q', 'upstream');

    const out = execFileSync(process.execPath, [script], { cwd: fork, encoding: 'utf8' });
    expect(out).toContain('Flyttet');
    expect(git(fork, 'diff', '--cached', '--name-only', 'upstream/main~1', '--', 'content')).toBe('');
    expect(readFileSync(join(fork, 'lokalt/metoder/loggbok.mdx'), 'utf8')).toContain('Vår egen tekst.');
    expect(readFileSync(join(fork, 'lokalt/planer/frisor.yaml'), 'utf8')).toBe('title: Frisør\n');
    expect(readFileSync(join(fork, 'lokalt/skjul.yaml'), 'utf8')).toMatch(/^- metoder\/sprakpraksis$/m);
    expect(readFileSync(join(fork, 'lokalt/kommune.yaml'), 'utf8')).toBe(kommune('Testvik kommune', 'egen-logo.svg'));
    expect(readFileSync(join(fork, 'lokalt/egen-logo.svg'), 'utf8')).toContain('testvik');
    git(fork, 'commit', '-q', '-m', 'Flytt våre endringer til lokalt/');

    git(fork, 'merge', '-q', '--no-edit', 'upstream/main');
    expect(git(fork, 'ls-files', '--unmerged')).toBe('');
    expect(readFileSync(join(fork, 'lokalt/kommune.eksempel.yaml'), 'utf8')).toBe(kommune('Eksempel kommune'));
    expect(existsSync(join(fork, 'content/kommune.yaml'))).toBe(false);
    // The record has the format the report reads: the shared file moved on since the copy's version.
    const [status] = overrideReport(fork);
    expect(status).toMatchObject({ local: 'lokalt/metoder/loggbok.mdx', state: 'endret' });
    expect(status!.diff).toContain('+Felles tekst, rettet.');
    rmSync(fork, { recursive: true, force: true });
    rmSync(upstream, { recursive: true, force: true });
  }, 30_000);
});

describe('npm run oppdater never risks local work', () => {
  const oppdater = join(process.cwd(), 'scripts/oppdater.ts');
  const run = (dir: string) => spawnSync(process.execPath, [oppdater], { cwd: dir, encoding: 'utf8', env: GIT_ENV });

  function pair() {
    const upstream = mkdtempSync(join(tmpdir(), 'praksis-up-'));
    git(upstream, 'init', '-q', '-b', 'main');
    put(upstream, 'content/metoder/loggbok.mdx', method('Loggbok'));
    git(upstream, 'add', '-A');
    git(upstream, 'commit', '-q', '-m', 'v1');
    const fork = cloneWithUpstream(upstream, 'praksis-fk-');
    return { upstream, fork };
  }

  test('it refuses to start with uncommitted changes, and names them', () => {
    const { fork } = pair();
    put(fork, 'lokalt/kommune.yaml', kommune('Testvik kommune'));
    const result = run(fork);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Oppdateringen er ikke startet: 1 fil har endringer som ikke er lagret i git.');
    expect(result.stderr).toContain('lokalt/');
    expect(readFileSync(join(fork, 'lokalt/kommune.yaml'), 'utf8')).toBe(kommune('Testvik kommune'));
  }, 30_000);

  test('a merge that conflicts is undone at once, the copy is as before, and the files are named', () => {
    const { upstream, fork } = pair();
    put(fork, 'content/metoder/loggbok.mdx', method('Loggbok', 'Vår tekst.'));
    git(fork, 'commit', '-q', '-am', 'edit shared file directly');
    const before = git(fork, 'rev-parse', 'HEAD');
    put(upstream, 'content/metoder/loggbok.mdx', method('Loggbok', 'Ny felles tekst.'));
    git(upstream, 'commit', '-q', '-am', 'v2');
    const result = run(fork);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Oppdateringen ble avbrutt, og kopien er som før.');
    expect(result.stderr).toContain('content/metoder/loggbok.mdx');
    expect(result.stderr).toContain('npm run flytt-til-lokalt');
    expect(git(fork, 'rev-parse', 'HEAD')).toBe(before);
    expect(git(fork, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(fork, 'content/metoder/loggbok.mdx'), 'utf8')).toContain('Vår tekst.');
  }, 30_000);
});

describe('publiccode.yml belongs to the project, so a copy takes new versions of it without conflict', () => {
  const oppdater = join(process.cwd(), 'scripts/oppdater.ts');

  test('an upstream change to publiccode.yml and to a shared page the copy has its own version of merges with oppdater', () => {
    const upstream = upstreamRepo(process.cwd());
    const fork = forkOf(process.cwd(), upstream);
    try {
      const kommune = readFileSync(join(fork, 'lokalt/kommune.eksempel.yaml'), 'utf8').replace(/^name: .*$/m, 'name: Fjellvik kommune');
      put(fork, 'lokalt/kommune.yaml', `${kommune}publiccode:\n  url: https://git.fjellvik.example/praksis\n`);
      execFileSync(process.execPath, ['scripts/tilpass.ts', 'metoder/trekantsamtale'], { cwd: fork, env: GIT_ENV, stdio: 'pipe' });
      git(fork, 'add', '-A');
      git(fork, 'commit', '-q', '-m', 'Fjellvik');

      // The project fills in its real address and changes the page the copy has its own version of.
      const code = readFileSync(join(upstream, 'publiccode.yml'), 'utf8');
      put(upstream, 'publiccode.yml', code.replaceAll('https://github.com/praksishandboka/praksishandboka', 'https://git.prosjekt.example/praksishandboka'));
      put(upstream, 'content/metoder/trekantsamtale.mdx', `${readFileSync(join(upstream, 'content/metoder/trekantsamtale.mdx'), 'utf8').trimEnd()}\n\nNy felles tekst.\n`);
      git(upstream, 'commit', '-q', '-am', 'real address');

      const result = spawnSync(process.execPath, [oppdater], { cwd: fork, encoding: 'utf8', env: GIT_ENV });
      const out = `${result.stdout}${result.stderr}`;
      expect(out).toContain('uten konflikter');
      expect(result.status, out).toBe(0);
      expect(git(fork, 'ls-files', '--unmerged')).toBe('');
      expect(out).toContain('npm run tilpass -- metoder/trekantsamtale --oppdatert');
      // The copy's published description points at its own repository and at the project's new address.
      const published = execFileSync(process.execPath, ['scripts/publiccode.ts'], { cwd: fork, encoding: 'utf8' });
      expect(published).toMatch(/^url: https:\/\/git\.fjellvik\.example\/praksis$/m);
      expect(published).toMatch(/^isBasedOn: https:\/\/git\.prosjekt\.example\/praksishandboka$/m);
    } finally {
      rmSync(fork, { recursive: true, force: true });
      rmSync(upstream, { recursive: true, force: true });
    }
  }, 120_000);

  test('without a git identity, oppdater says so in Norwegian before it fetches, and blames no file', () => {
    const upstream = mkdtempSync(join(tmpdir(), 'praksis-up-'));
    git(upstream, 'init', '-q', '-b', 'main');
    put(upstream, 'content/metoder/loggbok.mdx', method('Loggbok'));
    git(upstream, 'add', '-A');
    git(upstream, 'commit', '-q', '-m', 'v1');
    const fork = cloneWithUpstream(upstream, 'praksis-fk-');
    put(upstream, 'content/metoder/loggbok.mdx', method('Loggbok', 'Ny felles tekst.'));
    git(upstream, 'commit', '-q', '-am', 'v2');
    const before = git(fork, 'rev-parse', 'HEAD');
    // A machine where git was never told a name or an address (and may not guess one).
    const env: Record<string, string | undefined> = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.useConfigOnly', GIT_CONFIG_VALUE_0: 'true' };
    for (const key of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'EMAIL']) delete env[key];
    const result = spawnSync(process.execPath, [oppdater], { cwd: fork, encoding: 'utf8', env });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('git vet ikke hvem du er');
    expect(result.stderr).toContain('git config --global user.email');
    expect(result.stderr).not.toContain('Please tell me who you are');
    expect(result.stderr).not.toContain('flytt-til-lokalt');
    expect(result.stderr).not.toContain('content/');
    expect(git(fork, 'rev-parse', 'HEAD')).toBe(before);
    rmSync(fork, { recursive: true, force: true });
    rmSync(upstream, { recursive: true, force: true });
  }, 30_000);

  test('a copy that edited publiccode.yml the old way is told to use kommune.yaml, and flytt-til-lokalt moves its address there', () => {
    const upstream = mkdtempSync(join(tmpdir(), 'praksis-up-'));
    git(upstream, 'init', '-q', '-b', 'main');
    put(upstream, 'publiccode.yml', 'name: Praksishåndboka\nurl: "https://github.com/praksishandboka/praksishandboka"\n');
    put(upstream, 'lokalt/kommune.eksempel.yaml', kommune('Eksempel kommune'));
    git(upstream, 'add', '-A');
    git(upstream, 'commit', '-q', '-m', 'v1');
    const fork = cloneWithUpstream(upstream, 'praksis-fk-');
    put(fork, 'lokalt/kommune.yaml', kommune('Fjellvik kommune'));
    put(fork, 'publiccode.yml', 'name: Praksishåndboka\nurl: "https://git.fjellvik.example/praksis"\nisBasedOn: "https://github.com/praksishandboka/praksishandboka"\n');
    git(fork, 'add', '-A');
    git(fork, 'commit', '-q', '-m', 'our address, the old way');
    put(upstream, 'publiccode.yml', 'name: Praksishåndboka\nurl: "https://git.prosjekt.example/praksishandboka"\n');
    git(upstream, 'commit', '-q', '-am', 'real address');

    const result = spawnSync(process.execPath, [oppdater], { cwd: fork, encoding: 'utf8', env: GIT_ENV });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('publiccode.yml');
    expect(result.stderr).toContain('«publiccode»');
    expect(result.stderr).not.toContain('flytt-til-lokalt');

    const moved = execFileSync(process.execPath, [script], { cwd: fork, encoding: 'utf8', env: GIT_ENV });
    expect(moved).toContain('publiccode.yml (adressen https://git.fjellvik.example/praksis) → lokalt/kommune.yaml');
    expect(readFileSync(join(fork, 'lokalt/kommune.yaml'), 'utf8')).toMatch(/^publiccode:\n {2}url: https:\/\/git\.fjellvik\.example\/praksis$/m);
    git(fork, 'commit', '-q', '-am', 'Flytt våre endringer til lokalt/');
    git(fork, 'merge', '-q', '--no-edit', 'upstream/main');
    expect(git(fork, 'ls-files', '--unmerged')).toBe('');
    rmSync(fork, { recursive: true, force: true });
    rmSync(upstream, { recursive: true, force: true });
  }, 30_000);
});
