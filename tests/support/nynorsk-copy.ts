import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asShipped, copyRepo } from './copy-repo.ts';

/**
 * A municipality's copy made by script the way ADOPTING.md says: a nynorsk municipality under a
 * sub-path, with its own identity, a new plan, its own version of a shared page (rewritten in
 * nynorsk), an extended plan, a hidden page, and its privacy and accessibility facts filled in.
 * Used by the copy test (tests/e2e/copy.test.ts) and by hand: `node tests/support/nynorsk-copy.ts`.
 */
export const COPY = {
  name: 'Fjellvik kommune',
  shortName: 'Fjellvik',
  basePath: '/praksis/',
  siteUrl: 'https://www.fjellvik.example/praksis/',
  officer: 'personvernombod@fjellvik.example',
  processor: 'Fjellvik IKT AS',
  retention: '30 dagar',
  statement: 'https://uustatus.no/nn/erklaringer/publisert/fjellvik-praksis',
  ownMethodText: 'I Fjellvik holder vi trekantsamtalen på rådhuset.',
} as const;

const run = (dir: string, script: string, ...args: string[]) => execFileSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
function edit(dir: string, file: string, change: (text: string) => string): void {
  const before = readFileSync(join(dir, file), 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the copy's edit of ${file} changed nothing`);
  writeFileSync(join(dir, file), after);
}

/** Applies the guide's steps to a project folder (only lokalt/ changes). */
export function makeNynorskCopy(dir: string): void {
  const kommune = readFileSync(join(dir, 'lokalt/kommune.eksempel.yaml'), 'utf8')
    .replace(/^name: .*$/m, `name: ${COPY.name}`)
    .replace(/^shortName: .*$/m, `shortName: ${COPY.shortName}`)
    .replace(/alt: .*$/m, `alt: Logoen til ${COPY.name}`)
    .replace(/^brandColor: .*$/m, 'brandColor: "#2B5F3A"')
    .replace(/^siteUrl: .*$/m, `siteUrl: ${COPY.siteUrl}`)
    .replace(/^basePath: .*$/m, `basePath: ${COPY.basePath}`)
    .replace(/^language: .*$/m, 'language: nn')
    .replace(/^personvern:[\s\S]*?(?=^tilgjengelighet:)/m, `personvern:\n  ombud:\n    label: Personvernombodet\n    value: ${COPY.officer}\n    href: "mailto:${COPY.officer}"\n  databehandler: ${COPY.processor}\n  lagringstid: ${COPY.retention}\n`)
    .replace(/^tilgjengelighet:[\s\S]*?(?=^# Står)/m, `tilgjengelighet:\n  erklaering: ${COPY.statement}\n  testerVedHverEndring: false\n`)
    .replace(/^# endretAv: .*$/m, `endretAv: Endra av ${COPY.name}.`);
  writeFileSync(join(dir, 'lokalt/kommune.yaml'), kommune);
  run(dir, 'scripts/new-plan.ts', 'frisor', 'Frisør');
  let n = 0;
  edit(dir, 'lokalt/planer/frisor.yaml', (t) => t.replace(/^draft: true\n/m, '').replace(/"FYLL UT: ([^"]*)"/g, () => `"Frisørsalong ${++n}: vaskar og klipper hår saman med fadderen"`));
  run(dir, 'scripts/tilpass.ts', 'metoder/trekantsamtale');
  edit(dir, 'lokalt/metoder/trekantsamtale.mdx', (t) => t.replace(/^title: .*$/m, 'title: Trekantsamtalen i Fjellvik').replace(/\n---\n/, `\n---\n\n${COPY.ownMethodText}\n`));
  run(dir, 'scripts/tilpass.ts', 'planer/renhold', '--utvid');
  edit(dir, 'lokalt/planer/renhold.yaml', (t) => t.replace('  leggTil: []', '  leggTil:\n    - { fase: 1, malepunkt: arbeid, id: fjellvik-moppevask, text: Vaskar moppane i Fjellvik-maskina }'));
  writeFileSync(join(dir, 'lokalt/skjul.yaml'), '# Metodar vi ikkje brukar i Fjellvik\n- metoder/sprakpraksis\n');
  run(dir, 'scripts/check-content.ts');
}

/** A scratch copy of the repository made into the nynorsk copy. */
export function nynorskCopy(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'praksis-fjellvik-'));
  copyRepo(root, dir);
  // Run in a municipality's copy, the nynorsk copy is still made from the project as shipped.
  asShipped(dir);
  makeNynorskCopy(dir);
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(nynorskCopy(process.cwd()));
