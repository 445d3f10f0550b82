import { beforeAll, describe, expect, test, vi } from 'vitest';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { bokmalWords } from '../support/bokmal-scan.ts';
import { pdfText, qpdfProblems } from '../support/pdf-tools.ts';

/**
 * The texts the site makes in code on a nynorsk copy: the course certificate, the sign-in
 * sheet and the quality report PDFs, and the reasons given when saved or imported work cannot
 * be read. The copy's language is set the way the build sets it for its own Node code
 * (PUBLIC_PRAKSIS_LANG, src/lib/i18n/language.ts), before the modules load. Only the site's
 * own words are checked: the shared content printed in them (module and indicator titles)
 * is bokmål and is taken out first; the user's input here is written without bokmål words.
 */
vi.stubEnv('PUBLIC_PRAKSIS_LANG', 'nn');
vi.resetModules();

const load = async () => ({
  certificate: await import('../../src/lib/pdf/course-certificate.ts'),
  signIn: await import('../../src/lib/pdf/course-sign-in.ts'),
  qualityPdf: await import('../../src/lib/pdf/quality-report.ts'),
  node: await import('../../src/lib/pdf/node.ts'),
  check: await import('../../src/lib/quality/check.ts'),
  assessment: await import('../../src/lib/quality/assessment.ts'),
  report: await import('../../src/lib/quality/report.ts'),
  qualityStorage: await import('../../src/lib/quality/storage.ts'),
  followUpStorage: await import('../../src/lib/followup/storage.ts'),
  followUpImport: await import('../../src/lib/followup/import.ts'),
  formAnswers: await import('../../src/lib/forms/answers.ts'),
  language: await import('../../src/lib/i18n/language.ts'),
});
let m: Awaited<ReturnType<typeof load>>;
beforeAll(async () => {
  m = await load();
}, 60_000);

/** Every string of a collection's data, longest first: the shared content a PDF prints. */
function contentStrings(collection: 'fadderkurs' | 'kvalitetssjekk'): string[] {
  const all: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') all.push(v.replace(/\s+/g, ' ').trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const entry of readCollection(process.cwd(), collection)) walk(entry.data);
  return all.filter((s) => s.length > 3).sort((a, b) => b.length - a.length);
}
const without = (text: string, strings: string[]) => strings.reduce((t, s) => t.replaceAll(s, ' '), text);

describe('a nynorsk copy\'s texts made in code', () => {
  test('the switch took: the modules run as on a nynorsk copy', () => {
    expect(m.language.NYNORSK).toBe(true);
  });

  test('the course certificate has no bokmål words outside the course\'s own content, for both bases', async () => {
    const { issuer, faces } = await m.node.nodePdfSetup();
    const modules = readCollection(process.cwd(), 'fadderkurs').sort((a, b) => a.data.order - b.data.order)
      .map((e) => ({ title: e.data.title, covers: e.data.covers, situations: e.data.scenarios.length }));
    for (const basis of ['practised', 'self-reported'] as const) {
      const result = await m.certificate.buildCourseCertificate({ name: 'Máret Čuđet', workplace: 'Lager nord', municipality: issuer.name, date: new Date(Date.UTC(2026, 11, 2)), modules, basis }, faces, issuer);
      expect(qpdfProblems(result.bytes)).toBe('');
      const text = pdfText(result.bytes);
      expect(text).toContain('Máret Čuđet');
      expect(text).toContain(m.certificate.certificateStatement({ modules, basis }));
      expect(bokmalWords(without(text, contentStrings('fadderkurs'))), basis).toEqual([]);
    }
    const mixed = await m.certificate.buildCourseCertificate({ name: 'محمد 12 Oslo', workplace: 'Lager', municipality: issuer.name, date: new Date(), modules, basis: 'practised' }, faces, issuer);
    expect(mixed.warnings).toHaveLength(1);
    expect(bokmalWords(mixed.warnings.join(' '))).toEqual([]);
  });

  test('the facilitator\'s sign-in sheet has no bokmål words', async () => {
    const { issuer, faces } = await m.node.nodePdfSetup();
    const result = await m.signIn.buildSignInSheet(3, faces, issuer, new Date(Date.UTC(2026, 11, 2)));
    expect(bokmalWords(pdfText(result.bytes))).toEqual([]);
  });

  test('the quality report PDF has no bokmål words outside the indicators\' own content, answered or not', async () => {
    const { issuer, faces } = await m.node.nodePdfSetup();
    const check = m.check.buildCheck(readCollection(process.cwd(), 'kvalitetssjekk'));
    const indicators = m.check.allIndicators(check);
    const links = Object.fromEntries(indicators.flatMap((i) => i.readMore).map((r) => [r, { title: 'Sjå', href: `/${r}/` }]));
    let a = m.assessment.createAssessment('2026-11-12');
    // Half answered, one own figure, one note: every kind of line the report has.
    indicators.slice(0, 10).forEach((i, n) => { a = m.assessment.setAnswer(a, i.key, { score: m.check.SCORES[n % 5]!, note: n === 0 ? 'Avtalen med butikken går ut i mars' : '' }); });
    a = m.assessment.setFigure(a, indicators.find((i) => i.benchmark)!.key, { value: 61, year: 2025 });
    const earlier = m.assessment.setAnswer(m.assessment.createAssessment('2025-11-10'), indicators[0]!.key, { score: 1 });
    for (const report of [m.report.buildReport(check, a, links, earlier), m.report.buildReport(check, m.assessment.createAssessment('2026-01-05'), links)]) {
      const result = await m.qualityPdf.buildQualityReportPdf(report, faces, issuer, new Date('2026-11-12T12:00:00Z'));
      expect(qpdfProblems(result.bytes)).toBe('');
      expect(bokmalWords(without(pdfText(result.bytes), contentStrings('kvalitetssjekk')))).toEqual([]);
    }
  });

  test('a follow-up that cannot be read is refused with a nynorsk reason, in the file and in the browser\'s store', async () => {
    const good = { id: 'a', alias: 'AB', planSlug: 'renhold', startDate: '2026-01-05', assessments: {} };
    const bad: unknown[] = [
      'tekst',
      { ...good, id: undefined },
      { ...good, assessments: undefined },
      { ...good, assessments: { t1: 'x' } },
      { ...good, assessments: { t1: { level: 9 } } },
      { ...good, assessments: { t1: { note: 'x'.repeat(10_001) } } },
      { ...good, alias: 'x'.repeat(61) },
    ];
    for (const raw of bad) {
      const reason = m.followUpStorage.checkFollowUp(raw);
      expect(typeof reason, JSON.stringify(raw).slice(0, 60)).toBe('string');
      expect(bokmalWords(reason as string), reason as string).toEqual([]);
    }
    const { warnings } = m.followUpStorage.loadState(JSON.stringify({ version: 3, followUps: bad }));
    expect(warnings).toHaveLength(1);
    for (const text of ['{"followUps": [', '{}', JSON.stringify({ version: 99, followUps: [] })]) warnings.push(...m.followUpStorage.loadState(text).warnings);
    expect(warnings).toHaveLength(4);
    expect(bokmalWords(warnings.join(' '))).toEqual([]);
  });

  test('a self-assessment that cannot be read is refused with a nynorsk reason', () => {
    const good = { id: 'a', date: '2026-01-05', answers: {} };
    const bad: unknown[] = [
      7,
      { ...good, id: '' },
      { ...good, date: '5. januar' },
      { ...good, answers: undefined },
      { ...good, answers: { k: 1 } },
      { ...good, answers: { k: { score: 9 } } },
      { ...good, answers: { k: { note: 5 } } },
      { ...good, figures: { k: 1 } },
      { ...good, figures: { k: { value: 'mykje' } } },
      { ...good, figures: { k: { goal: 120 } } },
    ];
    const reasons = bad.map((raw) => m.qualityStorage.checkAssessment(raw));
    expect(reasons.every((r) => typeof r === 'string')).toBe(true);
    expect(bokmalWords(reasons.join(' '))).toEqual([]);
    expect(bokmalWords(m.qualityStorage.loadState(JSON.stringify({ version: 1, assessments: bad })).warnings.join(' '))).toEqual([]);
  });

  test('a follow-up file for a plan the copy does not have is refused with a nynorsk reason', () => {
    const file = JSON.stringify({ format: m.followUpStorage.EXPORT_FORMAT, version: 3, followUps: [{ id: 'a', alias: 'AB', planSlug: 'borte', startDate: '2026-01-05', assessments: {} }] });
    const r = m.followUpImport.parseImport(file, file.length, new Set(['renhold']));
    expect(r.ok).toBe(false);
    const message = (r as { message: string }).message;
    expect(message).toContain('borte');
    expect(bokmalWords(message)).toEqual([]);
  });

  test('a form\'s answers it cannot take are refused in nynorsk', () => {
    const form = { sections: [{ id: 'a', title: 'Samtale', repeat: 2, fields: [
      { id: 'namn', label: 'Namn', type: 'text' as const, required: true },
      { id: 'dag', label: 'Dag', type: 'date' as const },
      { id: 'signatur', label: 'Fadder', type: 'signature' as const },
      { id: 'kort', label: 'Kort', type: 'text' as const },
    ] }] } as unknown as Parameters<typeof m.formAnswers.validateAnswers>[0];
    const errors = m.formAnswers.validateAnswers(form, { a_1_dag: '31.02.2026', a_1_signatur: 'i går', a_1_kort: 'x'.repeat(201) });
    expect(errors.length).toBeGreaterThanOrEqual(4);
    expect(bokmalWords(errors.map((e) => e.message).join(' '))).toEqual([]);
  });
});
