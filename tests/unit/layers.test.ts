import { describe, expect, test, vi } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layerView, municipalityFile } from '../../src/lib/content/layers.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { checkAllContent } from '../../src/lib/content-check/check-all.ts';
import { formatProblem } from '../../src/lib/content-check/check.ts';
import { COLLECTIONS } from '../../src/lib/content-check/collections.ts';
import { overrideReport, readRegister, sha256 } from '../../src/lib/content/overrides.ts';
import { formatOverrideReport } from '../../src/lib/content/override-report.ts';
import { knownRoutes } from '../../src/lib/routes.ts';
import { tasksOf } from '../../src/lib/plan/model.ts';
import { tailor } from '../../src/lib/content/tailor.ts';
import { asShipped } from '../support/copy-repo.ts';

/** A scratch copy of the two layers (and the pages folder, for the route list). */
function copy(): string {
  const root = mkdtempSync(join(tmpdir(), 'praksis-layers-'));
  for (const dir of ['content', 'lokalt', 'src/pages']) cpSync(dir, join(root, dir), { recursive: true });
  // The tests add their own local files to the project's starting point, not to a copy's.
  asShipped(root);
  return root;
}
function put(root: string, file: string, text: string): void {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}
const messages = (root: string) => checkAllContent(root).map(formatProblem);
const tilpass = (root: string, ...args: string[]) => tailor(root, args);

// Each test validates the whole handbook a few times; that takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('two layers', () => {
  // A municipality's copy has made its own kommune.yaml (ADOPTING.md's first step) and keeps its
  // own files in lokalt/ by design; what the project itself ships is checked in the project.
  test.skipIf(existsSync('lokalt/kommune.yaml'))('the project ships only the example identity, its logo and a README in lokalt/', () => {
    expect(readCollection(process.cwd(), 'metoder').length).toBeGreaterThanOrEqual(15);
    expect(municipalityFile(process.cwd())).toBe('lokalt/kommune.eksempel.yaml');
    const tracked = execFileSync('git', ['ls-files', 'lokalt'], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(tracked).toEqual(['lokalt/README.md', 'lokalt/kommune.eksempel.yaml', 'lokalt/logo.svg']);
  });

  test('a local file at the same path replaces the shared one; a new local file adds a page; the copy\'s kommune.yaml wins over the example', () => {
    const root = copy();
    const shared = readFileSync('content/metoder/loggbok.mdx', 'utf8');
    put(root, 'lokalt/metoder/loggbok.mdx', shared.replace(/^title: .*$/m, 'title: Loggbok hos oss'));
    put(root, 'lokalt/metoder/var-egen-metode.mdx', shared.replace(/^title: .*$/m, 'title: Vår egen metode'));
    put(root, 'lokalt/kommune.yaml', readFileSync('lokalt/kommune.eksempel.yaml', 'utf8').replace('Eksempel kommune', 'Testvik kommune'));
    const view = layerView(root, 'metoder');
    expect(view.entries.find((e) => e.id === 'loggbok')).toMatchObject({ file: 'lokalt/metoder/loggbok.mdx', layer: 'lokal', shared: 'content/metoder/loggbok.mdx' });
    expect(view.entries.find((e) => e.id === 'var-egen-metode')).toMatchObject({ layer: 'lokal' });
    expect(view.entries.find((e) => e.id === 'var-egen-metode')?.shared).toBeUndefined();
    const titles = readCollection(root, 'metoder').map((m) => m.data.title);
    expect(titles).toContain('Loggbok hos oss');
    expect(titles).toContain('Vår egen metode');
    expect(titles).not.toContain(readCollection(process.cwd(), 'metoder').find((m) => m.id === 'loggbok')!.data.title);
    expect(municipalityFile(root)).toBe('lokalt/kommune.yaml');
    expect(messages(root)).toEqual([]);
  });

  test('skjul.yaml hides shared pages; links to them are dropped, references tolerated; a wrong line is named', () => {
    const root = copy();
    put(root, 'lokalt/skjul.yaml', '# Ikke hos oss\n- metoder/sprakpraksis\n- planer/lager\n');
    expect(layerView(root, 'metoder').entries.map((e) => e.id)).not.toContain('sprakpraksis');
    expect(layerView(root, 'metoder').hidden).toEqual(['sprakpraksis']);
    expect(readCollection(root, 'planer').map((p) => p.id)).not.toContain('lager');
    const { routes, hidden } = knownRoutes(root);
    expect(routes.has('/metoder/sprakpraksis/')).toBe(false);
    expect(hidden.has('/metoder/sprakpraksis/')).toBe(true);
    expect(hidden.has('/planer/lager.json')).toBe(true);
    expect(messages(root)).toEqual([]);

    put(root, 'lokalt/skjul.yaml', '- metoder/sprakpraksis\n- metoder/finnes-ikke\n- bare-tull\n');
    expect(messages(root)).toEqual([
      `lokalt/skjul.yaml:3 — [2]: «bare-tull» er ikke en side i håndboka — forventet samling/navn, der samlingen er en av ${Object.keys(COLLECTIONS).join(', ')}, for eksempel «- metoder/sprakpraksis» eller «- planer/lager»`,
      'lokalt/skjul.yaml:2 — [1]: «metoder/finnes-ikke» finnes ikke i den felles håndboka — forventet en side eller plan som finnes i content/metoder/, for eksempel «metoder/arbeidstreningsgruppe»',
    ]);
  });
});

describe('plan extensions', () => {
  const butikk = () => readCollection(process.cwd(), 'planer').find((p) => p.id === 'butikk')!.data;

  test('add, hide and reword tasks of a shared plan, and replace its title; everything else comes from the shared plan', () => {
    const root = copy();
    const shared = tasksOf(butikk());
    const [first, second] = shared.filter((t) => t.phase === 1 && t.point === 'arbeid');
    tilpass(root, 'planer/butikk', '--utvid');
    const skeleton = readFileSync(join(root, 'lokalt/planer/butikk.yaml'), 'utf8');
    expect(skeleton).toMatch(/^utvider: butikk$/m);
    expect(messages(root)).toEqual([]); // the untouched skeleton is valid
    put(root, 'lokalt/planer/butikk.yaml', `utvider: butikk
title: Butikk hos oss
oppgaver:
  skjul: [${second!.id}]
  omformuler:
    ${first!.id}: Ny tekst fra kommunen
  leggTil:
    - { fase: 1, malepunkt: arbeid, id: vasker-kurver, text: Vasker handlekurvene, etter: ${first!.id} }
`);
    expect(messages(root)).toEqual([]);
    const plan = readCollection(root, 'planer').find((p) => p.id === 'butikk')!.data;
    expect(plan.title).toBe('Butikk hos oss');
    expect(plan.intro).toBe(butikk().intro);
    const arbeid = plan.phases[0]!.tasks.arbeid;
    expect(arbeid.slice(0, 2)).toEqual([{ id: first!.id, text: 'Ny tekst fra kommunen' }, { id: 'vasker-kurver', text: 'Vasker handlekurvene' }]);
    expect(arbeid.map((t) => t.id)).not.toContain(second!.id);
    expect(tasksOf(plan)).toHaveLength(shared.length);
  });

  test('a new local plan may extend a shared one under its own name; the shared plan stays', () => {
    const root = copy();
    put(root, 'lokalt/planer/butikk-sentrum.yaml', 'utvider: butikk\ntitle: Butikk i sentrum\n');
    const ids = readCollection(root, 'planer').map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['butikk', 'butikk-sentrum']));
  });

  test('mistakes are named with file, line, what is wrong and what is expected', () => {
    const root = copy();
    put(root, 'lokalt/planer/butikk.yaml', `utvider: butikk
oppgaver:
  skjul: [finnes-ikke]
  omformuler:
    hilser-kunder: Hei
  leggTil:
    - { fase: 1, malepunkt: arbeid, id: hilser-kunder, text: Dobbel, etter: ingen-slik }
`);
    put(root, 'lokalt/planer/lager-2.yaml', 'utvider: lagerr\n');
    expect(messages(root)).toEqual([
      'lokalt/planer/lager-2.yaml:1 — utvider: «lagerr» finnes ikke i content/planer/ — forventet navnet på en felles fil uten .yaml, for eksempel «barnehage»',
      'lokalt/planer/butikk.yaml:3 — oppgaver.skjul[0]: ugyldig verdi — forventet id-en til en oppgave i den felles planen («finnes-ikke» finnes ikke der)',
      'lokalt/planer/butikk.yaml:7 — oppgaver.leggTil[0].id: ugyldig verdi — forventet en ny id («hilser-kunder» finnes allerede i den felles planen)',
      'lokalt/planer/butikk.yaml:7 — oppgaver.leggTil[0].etter: ugyldig verdi — forventet id-en til en oppgave i fase 1, målepunkt arbeid («ingen-slik» står ikke der)',
    ]);
  });

  test('hiding too many tasks is caught on the merged plan', () => {
    const root = copy();
    const ids = butikk().phases[0]!.tasks.sprak.map((t) => t.id);
    put(root, 'lokalt/planer/butikk.yaml', `utvider: butikk\n\noppgaver:\n  skjul: [${ids.join(', ')}]\n`);
    expect(messages(root)).toEqual(['lokalt/planer/butikk.yaml:3 — phases[0].tasks.sprak (etter utvidelsen): for få elementer — forventet minst 3 oppgaver']);
  });
});

describe('override report', () => {
  test('tilpass records the shared version; a later shared change is reported with its diff, a warning only', () => {
    const root = copy();
    tilpass(root, 'metoder/trekantsamtale');
    const register = readRegister(root)['metoder/trekantsamtale.mdx']!;
    expect(register.grunnlag).toBe(sha256(readFileSync('content/metoder/trekantsamtale.mdx')));
    expect(overrideReport(root).map((s) => s.state)).toEqual(['oppdatert']);
    expect(() => tilpass(root, 'metoder/trekantsamtale')).toThrow(/finnes allerede/);

    const file = join(root, 'content/metoder/trekantsamtale.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (ny versjon)'));
    const [status] = overrideReport(root);
    expect(status).toMatchObject({ local: 'lokalt/metoder/trekantsamtale.mdx', shared: 'content/metoder/trekantsamtale.mdx', state: 'endret', legal: [] });
    expect(status!.diff).toMatch(/^-title: .*\n\+title: .*\(ny versjon\)$/m);
    expect(formatOverrideReport([status!])).toContain('npm run tilpass -- metoder/trekantsamtale --oppdatert');
    expect(messages(root)).toEqual([]);

    tilpass(root, 'metoder/trekantsamtale', '--oppdatert');
    expect(overrideReport(root).map((s) => s.state)).toEqual(['oppdatert']);
    expect(readFileSync(join(root, 'lokalt/.tilpasset/oversikt.json'), 'utf8').match(/grunnlag/g)).toHaveLength(1);
  });

  test('a shared change marked as a legal correction makes check-content fail until the copy takes it in', () => {
    const root = copy();
    tilpass(root, 'metoder/loggbok');
    const file = join(root, 'content/metoder/loggbok.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nRettet etter ny forskrift.\n`);
    put(root, 'content/lovrettelser.yaml', '- fil: metoder/loggbok.mdx\n  dato: 2027-01-15\n  hva: Ny regel om oppbevaring (eksempel)\n');
    expect(messages(root)).toEqual([
      'lokalt/metoder/loggbok.mdx:1 — den felles versjonen (content/metoder/loggbok.mdx) har fått en lovrettelse 2027-01-15: Ny regel om oppbevaring (eksempel) — forventet at dere tar rettelsen inn i deres egen versjon og så kjører «npm run tilpass -- metoder/loggbok --oppdatert» (se endringen med «npm run check-content»)',
    ]);
    tilpass(root, 'metoder/loggbok', '--oppdatert');
    expect(messages(root)).toEqual([]);
  });

  test('a hand-made override is listed as unknown; a lost stored copy still gives the change, without the diff', () => {
    const root = copy();
    put(root, 'lokalt/skjema/loggbok.mdx', readFileSync('content/skjema/loggbok.mdx', 'utf8'));
    expect(overrideReport(root)).toMatchObject([{ local: 'lokalt/skjema/loggbok.mdx', state: 'ukjent' }]);
    expect(formatOverrideReport(overrideReport(root))).toMatch(/vet ikke hvilken versjon/);

    tilpass(root, 'skjema/loggbok', '--oppdatert');
    rmSync(join(root, 'lokalt/.tilpasset/grunnlag'), { recursive: true });
    put(root, 'content/skjema/loggbok.mdx', `${readFileSync('content/skjema/loggbok.mdx', 'utf8')}\nNy linje.\n`);
    const [status] = overrideReport(root);
    expect(status).toMatchObject({ state: 'endret' });
    expect(status!.diff).toBeUndefined();
    expect(formatOverrideReport([status!])).toContain('Vi har ikke kopien av den gamle versjonen');
  });
});
