import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneWithUpstream, git, GIT_ENV } from '../support/git-repos.ts';
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
