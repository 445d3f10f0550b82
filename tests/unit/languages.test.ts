import { describe, expect, test, vi } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { stringify } from 'yaml';
import { unitHash } from '../../src/lib/languages/hash.ts';
import { readSources, planUnits } from '../../src/lib/languages/sources.ts';
import { translationReport } from '../../src/lib/languages/report.ts';
import { checkTranslations } from '../../src/lib/languages/check.ts';
import { stampLanguage } from '../../src/lib/languages/stamp.ts';
import { discoverLanguages } from '../../src/lib/languages/translations.ts';
import { formatProblem } from '../../src/lib/content-check/check.ts';
import { PHASES, MEASUREMENT_POINTS } from '../../src/lib/plan/structure.ts';

vi.setConfig({ testTimeout: 30_000 });

/** A scratch copy of the fixture repository, with the plan's translation written from the plan. */
function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'praksis-sprak-'));
  cpSync('tests/fixtures/sprak', root, { recursive: true });
  const plan = readSources(root).plans[0]!;
  put(root, 'content/sprak/xx/planer/test.yaml', stringify(Object.fromEntries(planUnits(plan.plan).map((u) => [u.id, `XX ${u.text}`]))));
  return root;
}
function put(root: string, file: string, text: string): void {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}
const errors = (root: string) => checkTranslations(root).errors.map(formatProblem);

describe('the kilde hash', () => {
  test('is 8 hex digits of SHA-256 over NFC text with white space folded', () => {
    expect(unitHash('Jeg er syk.')).toMatch(/^[0-9a-f]{8}$/);
    expect(unitHash('  Jeg  er\n syk. ')).toBe(unitHash('Jeg er syk.'));
    expect(unitHash('bøtte'.normalize('NFD'))).toBe(unitHash('bøtte'));
    expect(unitHash('Jeg er syk!')).not.toBe(unitHash('Jeg er syk.'));
  });
});

describe('translations against their Norwegian source', () => {
  test('a language is found by its folder and sprak.yaml alone', () => {
    const root = fixture();
    expect(discoverLanguages(root).map((l) => [l.kode, l.retning])).toEqual([['xx', 'rtl']]);
    put(root, 'lokalt/sprak/yy/sprak.yaml', 'kode: yy\nnavn: Yyisk\nnavnNorsk: yyisk\nretning: ltr\noversatt: menneske\nkontrollert: true\nkontrollertAv: Et translatørbyrå\nkontrollertDato: 2026-12-01\n');
    expect(discoverLanguages(root).map((l) => l.kode)).toEqual(['xx', 'yy']);
  });

  test('unstamped units are notes, not errors; stamping writes the hash of today\'s Norwegian', () => {
    const root = fixture();
    const before = checkTranslations(root);
    expect(before.errors).toEqual([]);
    expect(before.report.counts.xx!.ustemplet).toBe(before.report.counts.xx!.total);
    expect(before.notes.map(formatProblem)).toContain('content/sprak/xx/fraser.yaml:1 — jeg-er-syk: oversettelsen har ikke kilde: (hashen til den norske teksten) — forventet «npm run sprak -- stemple xx» når oversettelsen stemmer med dagens norske tekst');
    stampLanguage(root, 'xx');
    const after = checkTranslations(root);
    expect(after.notes).toEqual([]);
    expect(after.report.counts.xx!.ok).toBe(after.report.counts.xx!.total);
    expect(readFileSync(join(root, 'content/sprak/xx/fraser.yaml'), 'utf8')).toContain(`kilde: "${unitHash('Jeg er syk.')}"`);
    // The text is untouched and a second run changes nothing.
    expect(readFileSync(join(root, 'content/sprak/xx/fraser.yaml'), 'utf8')).toContain('tekst: XX Jeg er syk.');
    expect(stampLanguage(root, 'xx')).toEqual({});
  });

  test('a missing unit fails with the translation file and the id', () => {
    const root = fixture();
    stampLanguage(root, 'xx');
    put(root, 'content/sprak/kilde/fraser.yaml', readFileSync(join(root, 'content/sprak/kilde/fraser.yaml'), 'utf8') + '  - id: hvor-finner-jeg\n    tekst: Hvor finner jeg …?\n');
    expect(errors(root)).toEqual(['content/sprak/xx/fraser.yaml:1 — hvor-finner-jeg: oversettelsen mangler — forventet en oversettelse av «hvor-finner-jeg» i content/sprak/kilde/fraser.yaml']);
  });

  test('a phrase group\'s heading is a unit: a missing translation of it fails', () => {
    const root = fixture();
    stampLanguage(root, 'xx');
    const source = readFileSync(join(root, 'content/sprak/kilde/fraser.yaml'), 'utf8');
    put(root, 'content/sprak/kilde/fraser.yaml', `grupper:\n  - id: gruppe-syk\n    tekst: Syk eller sen\n${source.replace(/^grupper:\n(?:  .*\n)*/m, '')}`);
    expect(readSources(root).fraseGrupper).toEqual([{ id: 'gruppe-syk', text: 'Syk eller sen' }]);
    expect(errors(root)).toEqual(['content/sprak/xx/fraser.yaml:1 — gruppe-syk: oversettelsen mangler — forventet en oversettelse av «gruppe-syk» i content/sprak/kilde/fraser.yaml']);
  });

  test('a whole file missing fails for every unit, a new plan task too', () => {
    const root = fixture();
    stampLanguage(root, 'xx');
    put(root, 'content/sprak/kilde/ord/ny.yaml', 'ord:\n  - id: mopp\n    ord: mopp\n    eksempel: Moppen står i bøtta.\n');
    const plan = readFileSync(join(root, 'content/planer/test.yaml'), 'utf8').replace('        - id: hilser-kolleger\n', '        - id: sier-hei\n          text: Sier hei\n        - id: hilser-kolleger\n');
    put(root, 'content/planer/test.yaml', plan);
    expect(errors(root)).toEqual([
      'content/sprak/xx/ord/ny.yaml:1 — mopp: oversettelsen mangler — forventet en oversettelse av «mopp» i content/sprak/kilde/ord/ny.yaml',
      'content/sprak/xx/planer/test.yaml:1 — sier-hei: oversettelsen mangler — forventet en oversettelse av «sier-hei» i content/planer/test.yaml',
    ]);
  });

  test('a changed Norwegian text makes its translation stale, at the unit\'s line', () => {
    const root = fixture();
    stampLanguage(root, 'xx');
    put(root, 'content/sprak/kilde/ord/test.yaml', readFileSync(join(root, 'content/sprak/kilde/ord/test.yaml'), 'utf8').replace('ord: bøtte', 'ord: bøtta'));
    const found = errors(root);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/sprak\/xx\/ord\/test\.yaml:4 — botte: den norske teksten er endret siden dette ble oversatt/);
    // Re-wrapping the Norwegian is not a change.
    put(root, 'content/sprak/kilde/fraser.yaml', readFileSync(join(root, 'content/sprak/kilde/fraser.yaml'), 'utf8').replace('tekst: Jeg er syk.', 'tekst: >-\n      Jeg er\n      syk.'));
    expect(errors(root)).toHaveLength(1);
  });

  test('lokalt/ replaces a shared unit with the same id, and a copy\'s own plan task is a note, not an error', () => {
    const root = fixture();
    stampLanguage(root, 'xx');
    put(root, 'lokalt/sprak/xx/fraser.yaml', 'jeg-er-syk: XX Jeg er syk (lokal).\n');
    const report = translationReport(root);
    expect(report.statuses.find((s) => s.id === 'jeg-er-syk')).toMatchObject({ state: 'ustemplet', file: 'lokalt/sprak/xx/fraser.yaml' });
    put(root, 'lokalt/planer/test.yaml', 'utvider: test\noppgaver:\n  omformuler:\n    hilser-kolleger: Hilser på alle kolleger\n');
    const check = checkTranslations(root);
    expect(check.errors).toEqual([]);
    expect(check.notes.map(formatProblem).join('\n')).toMatch(/content\/sprak\/xx\/planer\/test\.yaml:\d+ — hilser-kolleger: den norske teksten er endret/);
  });

  test('an id the Norwegian no longer has is a note; a broken sprak.yaml is an error', () => {
    const root = fixture();
    put(root, 'content/sprak/xx/fraser.yaml', readFileSync(join(root, 'content/sprak/xx/fraser.yaml'), 'utf8') + 'gammel: XX gammel\n');
    expect(checkTranslations(root).notes.map(formatProblem).join('\n')).toContain('content/sprak/xx/fraser.yaml:4 — gammel: id-en finnes ikke i den norske teksten');
    put(root, 'content/sprak/xx/sprak.yaml', 'kode: xx\nnavn: Xxisk\nnavnNorsk: xxisk\nretning: høyre\noversatt: maskin\nkontrollert: false\n');
    expect(errors(root).join('\n')).toContain('content/sprak/xx/sprak.yaml:4 — retning: ugyldig verdi «høyre»');
  });

  test('npm run sprak -- status and stemple work from the command line', () => {
    const root = fixture();
    const run = (...args: string[]) => execFileSync(process.execPath, [join(process.cwd(), 'scripts/sprak.ts'), ...args], { cwd: root, encoding: 'utf8' });
    expect(run('status')).toMatch(/^xx {3}xxisk .* 0\/\d+ i orden · 0 mangler · 0 foreldet · \d+ ikke stemplet · maskinoversatt, ikke kontrollert av translatør/m);
    expect(run('stemple', 'xx')).toContain('content/sprak/xx/fraser.yaml: stemplet 2 enheter');
    expect(run('status')).toMatch(/(\d+)\/\1 i orden/);
  });
});

describe('the site\'s own translations', () => {
  const root = process.cwd();
  const report = translationReport(root);
  // A source file is required of every language once any language has delivered it (or
  // it is one of the interface files); then every unit must be there and fresh.
  const delivered = (key: string) => ['loggbok', 'grensesnitt'].includes(key) || report.languages.some((l) => existsSync(join(root, 'content/sprak', l.kode, `${key}.yaml`)));

  test('the interface files this project translated itself are stamped with today\'s Norwegian', () => {
    const unstamped = report.statuses.filter((s) => (s.key === 'loggbok' || s.key === 'grensesnitt') && s.state !== 'ukjent').map((s) => `${s.file}:${s.line} ${s.id} ${s.state}`);
    expect(unstamped).toEqual([]);
  });

  test('the six languages are there, named in their own script, Arabic and Dari right to left', () => {
    const langs = Object.fromEntries(report.languages.map((l) => [l.kode, l]));
    expect(Object.keys(langs)).toEqual(expect.arrayContaining(['uk', 'ar', 'ti', 'so', 'prs', 'en']));
    expect(langs.ar!.navn).toBe('العربية');
    expect(langs.ti!.navn).toBe('ትግርኛ');
    expect(report.languages.filter((l) => l.retning === 'rtl').map((l) => l.kode).sort()).toEqual(expect.arrayContaining(['ar', 'prs']));
  });

  test('every language has every delivered unit, none stale (as check-content requires)', () => {
    const gaps = report.statuses.filter((s) => !s.local && (s.state === 'mangler' || s.state === 'foreldet') && delivered(s.key)).map((s) => `${s.file}:${s.line} ${s.id} ${s.state}`);
    expect(gaps).toEqual([]);
    expect(report.problems.filter((p) => !/oversettelsen mangler/.test(p.what))).toEqual([]);
  });

  test('the interface names phases and measurement points as the plans do', () => {
    const ui = Object.fromEntries(report.sources.files.find((f) => f.key === 'grensesnitt')!.units.map((u) => [u.id, u.text]));
    for (const p of PHASES) expect(ui[`fase-${p.number}`]).toBe(p.title);
    for (const m of MEASUREMENT_POINTS) expect(ui[m.id]).toBe(m.label);
  });

  test('no translation folder holds a file the Norwegian does not have', () => {
    const keys = new Set(report.sources.files.map((f) => f.key));
    for (const l of report.languages) {
      const dir = join(root, 'content/sprak', l.kode);
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && f !== 'sprak.yaml').map((f) => f.replace(/\.yaml$/, ''));
      expect(files.filter((f) => !keys.has(f as never)), l.kode).toEqual([]);
    }
  });
});
