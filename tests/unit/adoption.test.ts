import { describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkAllContent } from '../../src/lib/content-check/check-all.ts';
import { formatProblem } from '../../src/lib/content-check/check.ts';
import { contrastRatio } from '../../src/lib/theme/contrast.ts';
import { planScaffold, slugProblem } from '../../src/lib/plan/scaffold.ts';
import { checkText } from '../../src/lib/content-check/check.ts';
import { planSchema } from '../../src/lib/schemas/plan.ts';
import { municipalitySchema } from '../../src/lib/schemas/municipality.ts';
import { copyPubliccode } from '../../src/lib/publiccode/publiccode.ts';
import { asShipped } from '../support/copy-repo.ts';

/** A copy of content/ and lokalt/ to break on purpose. */
function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'praksis-content-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('lokalt', join(root, 'lokalt'), { recursive: true });
  // The example identity these tests edit is the one in use only where no kommune.yaml exists.
  asShipped(root);
  return root;
}
describe('municipality identity', () => {
  test('the default content passes every check', () => {
    expect(checkAllContent(process.cwd()).map(formatProblem)).toEqual([]);
  });

  const lineOf = (text: string, start: RegExp) => text.split('\n').findIndex((l) => start.test(l)) + 1;

  test('a brand colour with too little contrast against white text stops the build and says which colour and why, at the brandColor line', () => {
    const root = contentCopy();
    const file = join(root, 'lokalt/kommune.yaml');
    const text = readFileSync(join(root, 'lokalt/kommune.eksempel.yaml'), 'utf8').replace(/^brandColor: .*$/m, 'brandColor: "#F5C400"');
    writeFileSync(file, text);
    const messages = checkAllContent(root).map(formatProblem).join('\n');
    expect(lineOf(text, /^brandColor:/)).toBeGreaterThan(1);
    expect(messages).toContain(`lokalt/kommune.yaml:${lineOf(text, /^brandColor:/)} — brandColor: fargen #F5C400 gir bare kontrast`);
    expect(messages).toMatch(/lokalt\/kommune\.yaml:\d+ — brandColor: fargen #F5C400 gir bare kontrast 1\.\d\d:1 mot hvit tekst/);
    expect(messages).toMatch(/minst 4\.5:1/);
  });

  test('a siteUrl whose path disagrees with basePath is named at the siteUrl line', () => {
    const root = contentCopy();
    const text = readFileSync(join(root, 'lokalt/kommune.eksempel.yaml'), 'utf8').replace(/^siteUrl: .*$/m, 'siteUrl: https://www.fjellvik.example/praksis/').replace(/^basePath: .*$/m, 'basePath: /handbok/');
    writeFileSync(join(root, 'lokalt/kommune.yaml'), text);
    const messages = checkAllContent(root).map(formatProblem).join('\n');
    expect(messages).toContain(`lokalt/kommune.yaml:${lineOf(text, /^siteUrl:/)} — siteUrl: adressen slutter på stien /praksis/, men basePath er /handbok/`);
    writeFileSync(join(root, 'lokalt/kommune.yaml'), text.replace('basePath: /handbok/', 'basePath: /praksis/'));
    expect(checkAllContent(root).map(formatProblem).join('\n')).not.toContain('siteUrl');
  });

  test('contrast is computed as WCAG 2.1 defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1E5A8C', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  test('a logo file that is not there is named', () => {
    const root = contentCopy();
    const file = join(root, 'lokalt/kommune.eksempel.yaml');
    const text = readFileSync(file, 'utf8').replace(/file: logo\.svg/, 'file: mangler.svg');
    writeFileSync(file, text);
    expect(checkAllContent(root).map(formatProblem).join('\n')).toContain(`lokalt/kommune.eksempel.yaml:${lineOf(text, /^\s+file: mangler/)} — logo.file: finner ikke fila lokalt/mangler.svg`);
  });
});

describe('new plans', () => {
  test('the scaffold validates as it is, is a draft, and has every phase and measurement point', () => {
    const text = planScaffold('Frisør', '2026-11-28');
    const { data, problems } = checkText('content/planer/frisor.yaml', text, planSchema);
    expect(problems).toEqual([]);
    expect(data?.draft).toBe(true);
    expect(data?.phases.map((p) => Object.keys(p.tasks))).toEqual([['sprak', 'egnethet', 'arbeid'], ['sprak', 'egnethet', 'arbeid'], ['sprak', 'egnethet', 'arbeid']]);
  });

  test('a published plan that still has «FYLL UT» markers is refused with the line', () => {
    const root = contentCopy();
    mkdirSync(join(root, 'lokalt/planer'), { recursive: true });
    writeFileSync(join(root, 'lokalt/planer/frisor.yaml'), planScaffold('Frisør', '2026-11-28').replace('draft: true\n', ''));
    const messages = checkAllContent(root).map(formatProblem);
    expect(messages[0]).toMatch(/^lokalt\/planer\/frisor\.yaml:\d+ — \(tekst\): teksten «summary: "FYLL UT/);
  });

  test('slugs are plain ASCII, explained in Norwegian otherwise', () => {
    expect(slugProblem('frisor')).toBeUndefined();
    expect(slugProblem('Frisør')).toMatch(/kan ikke brukes/);
    expect(slugProblem('a b')).toMatch(/små bokstaver/);
  });
});

describe('publiccode.yml', () => {
  const doc = parse(readFileSync('publiccode.yml', 'utf8'));

  test('has the keys the standard requires, with valid values', () => {
    expect(doc.publiccodeYmlVersion).toBe('0.4');
    for (const key of ['name', 'url', 'platforms', 'categories', 'developmentStatus', 'softwareType', 'description', 'legal', 'maintenance', 'localisation']) expect(doc, key).toHaveProperty(key);
    expect(['concept', 'development', 'beta', 'stable', 'obsolete']).toContain(doc.developmentStatus);
    expect(doc.legal.license).toBe('MIT');
    expect(doc.localisation.availableLanguages).toEqual(expect.arrayContaining(['nb', 'nn']));
    for (const description of Object.values(doc.description) as { shortDescription: string; longDescription: string }[]) {
      expect(description.shortDescription.length).toBeLessThanOrEqual(150);
      expect(description.longDescription.length).toBeGreaterThanOrEqual(150);
    }
  });
});

describe('a copy\'s publiccode.yml is made from its identity, not by editing the project\'s file', () => {
  const project = readFileSync('publiccode.yml', 'utf8');
  const base = parse(readFileSync('lokalt/kommune.eksempel.yaml', 'utf8'));

  test('the copy names its repository, its site, its contacts and the project in isBasedOn', () => {
    const kommune = municipalitySchema.parse({ ...base, name: 'Fjellvik kommune', siteUrl: 'https://www.fjellvik.example', basePath: '/praksis/', publiccode: { url: 'https://git.fjellvik.example/praksis', contacts: [{ name: 'Flyktningtenesta', email: 'praksis@fjellvik.example' }] } });
    const copy = parse(copyPubliccode(project, kommune));
    expect(copy).toMatchObject({
      url: 'https://git.fjellvik.example/praksis',
      landingURL: 'https://www.fjellvik.example/praksis/',
      isBasedOn: parse(project).url,
      maintenance: { type: 'internal', contacts: [{ name: 'Flyktningtenesta', email: 'praksis@fjellvik.example' }] },
    });
    expect(copy.description.nb.localisedName).toContain('Fjellvik kommune');
    for (const key of ['publiccodeYmlVersion', 'name', 'platforms', 'categories', 'developmentStatus', 'softwareType', 'legal', 'localisation']) expect(copy[key], key).toEqual(parse(project)[key]);
  });

  test('without the field, the copy still points at its own site and the project, never at the project as itself', () => {
    const kommune = municipalitySchema.parse({ ...base, siteUrl: 'https://praksis.fjellvik.example' });
    const copy = parse(copyPubliccode(project, kommune));
    expect(copy.url).toBe('https://praksis.fjellvik.example/');
    expect(copy.isBasedOn).toBe(parse(project).url);
  });
});
