import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkText, formatProblem } from '../../src/lib/content-check/check.ts';
import { checkAllContent } from '../../src/lib/content-check/check-all.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { qualityGroupSchema } from '../../src/lib/schemas/quality.ts';
import { allIndicators, buildCheck, type Score } from '../../src/lib/quality/check.ts';
import { createAssessment, setAnswer, setFigure } from '../../src/lib/quality/assessment.ts';
import { changeBetween, formatChange, groupScores, weakestIndicators } from '../../src/lib/quality/scores.ts';
import { exportFile, exportFileName, loadState, MAX_IMPORT_BYTES, parseImport, serializeState, storageKey } from '../../src/lib/quality/storage.ts';
import { applyAssessments, compareAssessments, importMessage } from '../../src/lib/quality/import.ts';
import { buildReport, figureText } from '../../src/lib/quality/report.ts';

const entries = readCollection(process.cwd(), 'kvalitetssjekk');
const check = buildCheck(entries);
const indicators = allIndicators(check);
const file = 'content/kvalitetssjekk/trekantsamtaler.yaml';
const original = readFileSync(file, 'utf8');
const problemsFor = (text: string) => checkText(file, text, qualityGroupSchema).problems.map(formatProblem);

describe('the indicators in content/kvalitetssjekk', () => {
  test('20–25 indicators, in the seven parts of the method, each with levels 1, 3 and 5 and somewhere to read more', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(20);
    expect(indicators.length).toBeLessThanOrEqual(25);
    expect(check.groups.map((g) => g.title)).toEqual([
      'Praksisnettverk og samarbeidsavtaler',
      'Fadderordning og fadderopplæring',
      'Plan og trinnvis innlæring',
      'Trekantsamtaler',
      'Loggbok og dokumentasjon',
      'Deltakerens stemme',
      'Overgang til arbeid og resultater',
    ]);
    for (const i of indicators) {
      expect(Object.keys(i.levels).sort()).toEqual(['1', '3', '5']);
      expect(i.readMore.length).toBeGreaterThan(0);
    }
    expect(new Set(indicators.map((i) => i.key)).size).toBe(indicators.length);
  });

  test('the results figure is measured one year after, with year and source', () => {
    const withFigure = indicators.filter((i) => i.benchmark);
    expect(withFigure.length).toBeGreaterThan(0);
    for (const i of withFigure) {
      expect(i.benchmark!.measure).toMatch(/ett år etter/);
      expect(i.benchmark!.source.publisher ?? i.benchmark!.source.title).toBeTruthy();
    }
  });

  test('a missing level names the file, line and field', () => {
    const broken = original.replace(/\n      3: Avtalene skrives ned[^\n]*/, '');
    expect(problemsFor(broken)).toContain('content/kvalitetssjekk/trekantsamtaler.yaml:18 — indicators[1].levels.3: feltet mangler — forventet en tekst');
  });

  test('an indicator id used twice in a file', () => {
    const broken = original.replace('id: avtaler-fulgt-opp', 'id: tre-samtaler');
    expect(problemsFor(broken).join('\n')).toMatch(/trekantsamtaler\.yaml:\d+ — indicators\[1\]\.id: ugyldig verdi — forventet en id som ikke er brukt før i fila/);
  });

  test('an unknown field and a score level that is not 1, 3 or 5', () => {
    const broken = original.replace('      5: Alle praksiser har minst tre', '      4: Alle praksiser har minst tre');
    const messages = problemsFor(broken).join('\n');
    expect(messages).toMatch(/indicators\[0\]\.levels\.5: feltet mangler/);
    expect(messages).toMatch(/indicators\[0\]\.levels: ukjent felt: «4»/);
  });

  test('a link to a page that does not exist stops the check with file and field', () => {
    const root = mkdtempSync(join(tmpdir(), 'kv-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    writeFileSync(join(root, file), original.replace('[skjema/trekantsamtale, metoder/trekantsamtale]', '[skjema/trekantsamtale, metoder/finnes-ikke]'));
    const messages = checkAllContent(root).map(formatProblem);
    expect(messages).toContain('content/kvalitetssjekk/trekantsamtaler.yaml:1 — indicators[1].readMore[1]: henvisningen «metoder/finnes-ikke» peker ikke på noen side — forventet en samling og id som finnes, for eksempel «skjema/loggbok»');
  });
});

/** Scores every indicator: the first of each group gets `low`, the rest `high`. */
function scored(date: string, low: Score, high: Score) {
  let a = createAssessment(date, new Date(`${date}T10:00:00Z`));
  for (const g of check.groups) g.indicators.forEach((i, n) => { a = setAnswer(a, i.key, { score: n === 0 ? low : high }); });
  return a;
}

describe('scores', () => {
  test('average per group with one decimal; unanswered indicators are left out', () => {
    let a = createAssessment('2026-11-01');
    const [first, second] = check.groups[0]!.indicators;
    a = setAnswer(a, first!.key, { score: 2 });
    a = setAnswer(a, second!.key, { score: 5 });
    const scores = groupScores(check, a);
    expect(scores[0]).toMatchObject({ average: 3.5, answered: 2, total: check.groups[0]!.indicators.length });
    expect(scores[1]!.average).toBeNull();
  });

  test('the weakest three: lowest scores first, ties in the order of the check', () => {
    let a = scored('2026-11-01', 4, 4);
    const pick = [indicators[10]!, indicators[3]!, indicators[20]!, indicators[7]!];
    a = setAnswer(a, pick[0]!.key, { score: 1 });
    a = setAnswer(a, pick[1]!.key, { score: 2 });
    a = setAnswer(a, pick[2]!.key, { score: 2 });
    a = setAnswer(a, pick[3]!.key, { score: 3 });
    expect(weakestIndicators(check, a).map((w) => w.indicator.key)).toEqual([pick[0]!.key, pick[1]!.key, pick[2]!.key]);
  });

  test('change per group between two dated assessments', () => {
    const changes = changeBetween(check, scored('2025-11-01', 1, 3), scored('2026-11-01', 3, 3));
    const g0 = check.groups[0]!.indicators.length;
    expect(changes[0]!.change).toBe(Math.round((2 / g0) * 10) / 10);
    expect(formatChange(0.5)).toBe('+0,5');
    expect(formatChange(-1)).toBe('−1,0');
    expect(formatChange(null)).toBe('–');
  });

  test('a note or score can be cleared without losing the other', () => {
    let a = setAnswer(createAssessment('2026-11-01'), 'x/y', { score: 3, note: 'Må følges opp' });
    a = setAnswer(a, 'x/y', { score: null });
    expect(a.answers['x/y']).toEqual({ note: 'Må følges opp' });
    a = setAnswer(a, 'x/y', { note: '' });
    expect(a.answers['x/y']).toBeUndefined();
  });

  test('the figure sentence compares like with like and says what is measured', () => {
    const i = indicators.find((x) => x.benchmark)!;
    const a = setFigure(createAssessment('2026-11-01'), i.key, { value: 58, year: 2025, goal: 70 });
    expect(figureText(i, a.figures[i.key])).toBe('Kommunens tall: 58 % (2025). Hele landet: 65 % (2023, kilde: Statistisk sentralbyrå (SSB)). Kommunens mål: 70 %. Alle tallene gjelder ett år etter avsluttet introduksjonsprogram.');
  });

  test('the report puts method cards first among the pages that help', () => {
    const a = scored('2026-11-01', 1, 5);
    const links = Object.fromEntries(indicators.flatMap((i) => i.readMore).map((r) => [r, { title: r, href: `/${r}/` }]));
    const report = buildReport(check, a, links);
    expect(report.weakest).toHaveLength(3);
    for (const w of report.weakest) if (w.help.some((h) => h.ref.startsWith('metoder/'))) expect(w.help[0]!.ref).toMatch(/^metoder\//);
  });
});

describe('storage and import', () => {
  test('the storage key is namespaced by base path', () => {
    expect(storageKey('/')).toBe('praksishandboka:/:kvalitetssjekk');
    expect(storageKey('/kommune-a/')).toBe('praksishandboka:/kommune-a:kvalitetssjekk');
  });

  test('saved state round-trips; a broken entry is set aside, not dropped', () => {
    const a = setAnswer(createAssessment('2026-11-01'), 'praksisnettverk/fast-kontakt', { score: 4, note: 'ሰላም – وقت' });
    const text = serializeState({ version: 1, assessments: [a], activeId: a.id });
    expect(loadState(text).state.assessments).toEqual([a]);
    const withBroken = JSON.stringify({ version: 1, assessments: [a, { id: 'b', date: 'i fjor', answers: {} }] });
    const r = loadState(withBroken);
    expect(r.state.assessments).toHaveLength(1);
    expect(r.setAside).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/1 vurdering/);
    expect(loadState('{"assessments": [').warnings[0]).toMatch(/skadet/);
    expect(loadState(JSON.stringify({ version: 99, assessments: [] })).warnings[0]).toMatch(/nyere versjon/);
  });

  test('import refuses a broken, foreign, too new or oversized file with a Norwegian reason', () => {
    expect(parseImport('{"format":', 10)).toMatchObject({ ok: false, message: expect.stringMatching(/ikke gyldig JSON.*Ingenting er endret/) });
    expect(parseImport('{"format":"praksishandboka-oppfolging","followUps":[]}', 10)).toMatchObject({ ok: false, message: expect.stringMatching(/ikke en eksport fra kvalitetssjekken/) });
    expect(parseImport(JSON.stringify({ format: 'praksishandboka-kvalitetssjekk', version: 7, assessments: [] }), 10)).toMatchObject({ ok: false, message: expect.stringMatching(/versjon 7/) });
    expect(parseImport('', MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, message: expect.stringMatching(/for stor/) });
    const badScore = exportFile([{ ...createAssessment('2026-11-01'), answers: { 'a/b': { score: 9 as Score } } }]);
    expect(parseImport(badScore, badScore.length)).toMatchObject({ ok: false, message: expect.stringMatching(/Vurdering nr\. 1.*1 til 5/) });
  });

  test('the export file name carries the day only', () => {
    expect(exportFileName(new Date('2026-11-03T12:00:00Z'))).toBe('kvalitetssjekk-2026-11-03.json');
  });

  test('import by the shared rule: identical → nothing, new → added, a conflict keeps the stored unless the user chooses', () => {
    const stored = setAnswer(createAssessment('2026-11-01', new Date('2026-11-01T10:00:00Z')), 'a/b', { score: 4 }, new Date('2026-11-05T10:00:00Z'));
    const same = createAssessment('2025-11-01');
    const olderFileVersion = setAnswer(stored, 'a/b', { score: 2 }, new Date('2026-11-02T10:00:00Z'));
    const fresh = createAssessment('2024-11-01');
    const parsed = parseImport(exportFile([olderFileVersion, same, fresh]), 100);
    expect(parsed.ok).toBe(true);
    const incoming = (parsed as { assessments: typeof stored[] }).assessments;
    const decisions = compareAssessments([stored, same], incoming);
    expect(decisions.map((d) => d.kind)).toEqual(['conflict', 'identical', 'new']);
    expect(decisions[0]).toMatchObject({ newer: 'stored' });

    const untouched = applyAssessments([stored, same], decisions, {});
    expect(untouched.records.find((r) => r.id === stored.id)!.answers['a/b']!.score).toBe(4);
    expect(importMessage(untouched)).toBe('Hentet fra fil: 1 ny vurdering lagt til. 1 lagret vurdering beholdt uendret (fila ble ikke brukt). 1 vurdering var lik den du har, og ble ikke endret.');

    const both = applyAssessments([stored, same], decisions, { [stored.id]: 'keep-both' });
    expect(both.records).toHaveLength(4);
    expect(both.records.filter((r) => r.importedCopy)).toHaveLength(1);
    const taken = applyAssessments([stored, same], decisions, { [stored.id]: 'take-incoming' });
    expect(taken.records.find((r) => r.id === stored.id)!.answers['a/b']!.score).toBe(2);
    expect(importMessage(taken)).toMatch(/1 vurdering erstattet med versjonen fra fila/);
  });
});
