import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { checkText, formatProblem } from '../../src/lib/content-check/check.ts';
import { checkAllContent } from '../../src/lib/content-check/check-all.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { courseModuleSchema, SESSION_MINUTES } from '../../src/lib/schemas/course-module.ts';
import {
  answeredCount,
  certificateBasis,
  recordAnswer,
  doneCount,
  isCourseComplete,
  markDone,
  markNotDone,
  parseProgress,
  progressStorageKey,
  rememberName,
  serializeProgress,
  emptyProgress,
} from '../../src/lib/fadderkurs/progress.ts';
import { dayToDate, formatDay, localDay } from '../../src/lib/fadderkurs/day.ts';
import { nodePdfSetup } from '../../src/lib/pdf/node.ts';
import { buildCourseCertificate, certificateFileName, certificateStatement } from '../../src/lib/pdf/course-certificate.ts';
import { buildSignInSheet } from '../../src/lib/pdf/course-sign-in.ts';
import { pdfText, qpdfProblems, renderComplaints } from '../support/pdf-tools.ts';

const file = 'content/fadderkurs/rollen-og-forste-dag.mdx';
const valid = readFileSync(file, 'utf8');
const problems = (text: string) => checkText(file, text, courseModuleSchema).problems.map(formatProblem);
const modules = readCollection(process.cwd(), 'fadderkurs');

describe('course module content', () => {
  test('every module in content/ is valid, with a 2-hour session plan and method cards that exist', () => {
    expect(modules.length).toBe(3);
    for (const m of modules) {
      expect(m.data.session.reduce((sum, s) => sum + s.minutes, 0)).toBe(SESSION_MINUTES);
      for (const s of m.data.scenarios) expect(s.choices.filter((c) => c.best)).toHaveLength(1);
    }
    expect(checkAllContent(process.cwd()).filter((p) => p.file.includes('fadderkurs'))).toEqual([]);
  });

  test('a situation with two choices names the file, the line and the field', () => {
    const broken = valid.replace(/\n      - text: Du spør om deltakeren har lyst\.\n        feedback: [^\n]*/, '');
    expect(problems(broken)).toContain(
      `${file}:41 — scenarios[0].choices: for få elementer — forventet nøyaktig 3 valg, hvert med tilbakemelding`,
    );
  });

  test('a choice without feedback, and a situation with two «best» choices', () => {
    const noFeedback = valid.replace('        feedback: Det er lett å tenke slik når det er travelt.', '        fedback: Det er lett å tenke slik når det er travelt.');
    const messages = problems(noFeedback).join('\n');
    expect(messages).toContain('scenarios[0].choices[0].feedback: feltet mangler');
    expect(messages).toContain('ukjent felt: «fedback»');
    const twoBest = valid.replace('      - text: Du sier ja. Det er god trening for deltakeren.\n', '      - text: Du sier ja. Det er god trening for deltakeren.\n        best: true\n');
    expect(problems(twoBest).join('\n')).toMatch(/scenarios\[0\]\.choices: ugyldig verdi — forventet nøyaktig ett valg med «best: true» \(fant 2\)/);
  });

  test('a session plan that is not two hours is refused', () => {
    const broken = valid.replace('  - minutes: 15\n    activity: Velkommen.', '  - minutes: 45\n    activity: Velkommen.');
    expect(problems(broken).join('\n')).toMatch(/session: ugyldig verdi — forventet deler som til sammen tar 120 minutter/);
  });

  test('npm run check-content reports a broken module in a copy of the repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'praksis-fadderkurs-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    writeFileSync(join(root, file), valid.replace('    question: Hva gjør du?\n', ''));
    const found = checkAllContent(root).map(formatProblem);
    expect(found.some((m) => m.startsWith(`${file}:`) && m.includes('scenarios[0].question: feltet mangler'))).toBe(true);
  });
});

describe('progress kept in the browser', () => {
  const ids = ['a', 'b', 'c'];

  test('is namespaced by base path', () => {
    expect(progressStorageKey('/')).toBe('praksishandboka:/:fadderkurs');
    expect(progressStorageKey('/praksis/')).toBe('praksishandboka:/praksis:fadderkurs');
  });

  test('a module keeps the day it was first done; completion counts only modules the site still has', () => {
    let p = markDone(emptyProgress(), 'a', '2026-12-01');
    p = markDone(p, 'a', '2026-12-02');
    expect(p.completed.a).toBe('2026-12-01');
    p = markDone(markDone(markDone(p, 'b', '2026-12-02'), 'gone', '2026-12-02'), 'c', '2026-12-02');
    expect(doneCount(p, ids)).toBe(3);
    expect(isCourseComplete(p, ids)).toBe(true);
    expect(isCourseComplete(markNotDone(p, 'b'), ids)).toBe(false);
    expect(isCourseComplete(p, [])).toBe(false);
  });

  test('survives a round trip; damaged or future data reads as not started, never throws', () => {
    const p = rememberName(markDone(emptyProgress(), 'a', '2026-12-01'), '  ዳዊት ተስፋማርያም ');
    expect(parseProgress(serializeProgress(p))).toEqual({ version: 1, completed: { a: '2026-12-01' }, name: 'ዳዊት ተስፋማርያም' });
    for (const bad of ['{', '[]', 'null', '{"version":99,"completed":{"a":"2026-12-01"}}']) expect(parseProgress(bad)).toEqual(emptyProgress());
    expect(parseProgress('{"version":1,"completed":{"a":"i går","b":"2026-12-01"}}').completed).toEqual({ b: '2026-12-01' });
  });

  test('the name is kept only when asked, and forgotten when the box is unticked', () => {
    const p = rememberName(emptyProgress(), 'Máret Čuđet');
    expect(p.name).toBe('Máret Čuđet');
    expect('name' in rememberName(p, undefined)).toBe(false);
    expect('name' in rememberName(p, '   ')).toBe(false);
  });

  test('the certificate says «answered» only when every situation of every module was answered; ticks alone are self-reported', () => {
    const course = [{ id: 'a', scenarioIds: ['a1', 'a2'] }, { id: 'b', scenarioIds: ['b1'] }];
    let p = markDone(markDone(emptyProgress(), 'a', '2026-12-01'), 'b', '2026-12-01');
    expect(certificateBasis(p, course)).toBe('self-reported');
    p = recordAnswer(recordAnswer(p, 'a', 'a1'), 'a', 'a1');
    expect(answeredCount(p, 'a', ['a1', 'a2'])).toBe(1);
    p = recordAnswer(recordAnswer(p, 'a', 'a2'), 'b', 'b1');
    expect(certificateBasis(p, course)).toBe('practised');
    // Answers without the ticks: the course is not complete, no certificate yet.
    expect(certificateBasis(markNotDone(p, 'b'), course)).toBeUndefined();
    // A situation the module no longer has does not count; a new one must be answered.
    expect(certificateBasis(p, [course[0]!, { id: 'b', scenarioIds: ['b1', 'b2'] }])).toBe('self-reported');
    // Answers survive a round trip; damaged lists are cleaned.
    expect(parseProgress(serializeProgress(p)).answered).toEqual({ a: ['a1', 'a2'], b: ['b1'] });
    expect(parseProgress('{"version":1,"completed":{},"answered":{"a":["x",3,"x"],"b":"y"}}').answered).toEqual({ a: ['x'] });
  });

  test('days are written the Norwegian way and impossible dates are refused', () => {
    expect(formatDay('2026-12-02')).toBe('2. desember 2026');
    expect(dayToDate('2026-02-30')).toBeUndefined();
    expect(dayToDate('02.12.2026')).toBeUndefined();
    expect(localDay(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
  });
});

describe('course PDFs', async () => {
  const { issuer, faces } = await nodePdfSetup();
  const date = new Date(Date.UTC(2026, 11, 2));
  const covered = modules.sort((a, b) => a.data.order - b.data.order).map((m) => ({ title: m.data.title, covers: m.data.covers, situations: m.data.scenarios.length }));

  // Latin with Sámi letters, Arabic and Ethiopic names; Cyrillic and Greek ride along in the workplace and municipality.
  test.each(['Máret Čuđet', 'محمد الأحمد', 'ዳዊት ተስፋማርያም'])('a certificate for %s: one sound page with the exact name', async (name) => {
    const result = await buildCourseCertificate({ name, workplace: 'Eksempel sykehjem · Олена', municipality: `${issuer.name} · Ελένη`, date, modules: covered, basis: 'practised' }, faces, issuer);
    expect(result.pages).toBe(1);
    expect(qpdfProblems(result.bytes)).toBe('');
    expect(renderComplaints(result.bytes)).toBe('');
    const text = pdfText(result.bytes);
    expect(text).toContain(name);
    expect(text).toContain('2. desember 2026');
    expect(text).toContain('Eksempel sykehjem · Олена');
    expect(text).toContain('Ελένη');
    for (const m of covered) for (const line of m.covers) expect(text).toContain(line);
    expect(result.warnings).toEqual([]);
    const doc = await PDFDocument.load(result.bytes);
    expect(doc.getTitle()).not.toContain(name);
  });

  test('the certificate\'s sentence says what was done: all situations answered, or modules marked done by the mentor', async () => {
    const situations = covered.reduce((sum, m) => sum + m.situations, 0);
    expect(certificateStatement({ modules: covered, basis: 'practised' })).toBe(`har fullført alle ${covered.length} modulene i fadderkurset og svart på alle ${situations} situasjonene.`);
    expect(certificateStatement({ modules: covered, basis: 'self-reported' })).toBe(`har selv markert alle ${covered.length} modulene i fadderkurset som fullført.`);
    const result = await buildCourseCertificate({ name: 'Máret Čuđet', workplace: 'Lager', municipality: issuer.name, date, modules: covered, basis: 'self-reported' }, faces, issuer);
    const text = pdfText(result.bytes).replace(/\s+/g, ' ');
    expect(text).toContain('selv markert alle');
    expect(text).not.toContain('svart på alle');
  });

  test('a very long name and workplace still fit on one page; mixed directions give a plain warning', async () => {
    const result = await buildCourseCertificate({ name: 'محمد 12 Oslo', workplace: 'Avdeling '.repeat(30), municipality: issuer.name, date, modules: covered, basis: 'practised' }, faces, issuer);
    expect(result.pages).toBe(1);
    expect(result.warnings.join(' ')).toMatch(/blander skriftretninger/);
    const long = await buildCourseCertificate({ name: 'Anne-Marie '.repeat(12), workplace: 'Lager', municipality: issuer.name, date, modules: covered, basis: 'practised' }, faces, issuer);
    expect(long.pages).toBe(1);
  });

  test('the file name holds no personal data', () => {
    expect(certificateFileName(date)).toBe('kursbevis-fadderkurs-2026-12-02.pdf');
  });

  test('the sign-in sheet is one page with a column per session', async () => {
    const result = await buildSignInSheet(3, faces, issuer, date);
    expect(result.pages).toBe(1);
    expect(qpdfProblems(result.bytes)).toBe('');
    const text = pdfText(result.bytes);
    for (const label of ['Navn', 'Arbeidsplass', 'Samling 1', 'Samling 2', 'Samling 3']) expect(text).toContain(label);
    expect(result.fieldNames).toEqual(['sted', 'kursholder', 'samling1_dato', 'samling2_dato', 'samling3_dato']);
  });
});
