import { beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import type { Issuer, LoadedFaces } from '../../src/lib/pdf/document.ts';
import { nodePdfSetup } from '../../src/lib/pdf/node.ts';
import { buildQualityReportPdf, qualityReportFileName } from '../../src/lib/pdf/quality-report.ts';
import { allIndicators, buildCheck, SCORES } from '../../src/lib/quality/check.ts';
import { createAssessment, setAnswer, setFigure } from '../../src/lib/quality/assessment.ts';
import { buildReport } from '../../src/lib/quality/report.ts';
import { pdfText, qpdfProblems, renderComplaints } from '../support/pdf-tools.ts';

const check = buildCheck(readCollection(process.cwd(), 'kvalitetssjekk'));
const indicators = allIndicators(check);
const links = Object.fromEntries(indicators.flatMap((i) => i.readMore).map((r) => [r, { title: `Side ${r}`, href: `/${r}/` }]));
let issuer: Issuer;
let faces: LoadedFaces;
beforeAll(async () => ({ issuer, faces } = await nodePdfSetup()), 60_000);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('quality check report PDF', () => {
  test('passes qpdf --check, renders cleanly and holds every indicator, the date, the municipality and the notes', { timeout: 30_000 }, async () => {
    let a = createAssessment('2026-11-12');
    indicators.forEach((i, n) => { a = setAnswer(a, i.key, { score: SCORES[n % 5]!, note: n === 0 ? 'Avtalen med butikken går ut i mars – ሰላም' : n === 1 ? 'نحتاج إلى أماكن أكثر' : '' }); });
    const withFigure = indicators.find((i) => i.benchmark)!;
    a = setFigure(a, withFigure.key, { value: 61, year: 2025, goal: 70 });
    const earlier = setAnswer(createAssessment('2025-11-10'), indicators[0]!.key, { score: 1 });
    const report = buildReport(check, a, links, earlier);
    const result = await buildQualityReportPdf(report, faces, issuer, new Date('2026-11-12T12:00:00Z'));
    expect(qpdfProblems(result.bytes)).toBe('');
    expect(renderComplaints(result.bytes)).toBe('');
    const text = pdfText(result.bytes);
    expect(text).toContain(issuer.name);
    expect(text).toContain('12. november 2026');
    expect(text).toContain('Endring siden 10. november 2025');
    expect(text).toContain('Dette bør dere forbedre først');
    for (const i of indicators) {
      expect(text, i.key).toContain(squash(i.title));
      expect(text, i.key).toContain(squash(i.measures));
    }
    expect(text).toContain('Kommunens tall: 61 % (2025)');
    expect(text).toContain('ሰላም');
    // Arabic is drawn (shaped) but poppler reads some shaped letters back wrong (see stack notes); only check it is there.
    expect(text).toMatch(/[\u0600-\u06ff]{3}/);
    expect(text).toContain('Praksisnettverk og samarbeidsavtaler: fra 1,0 av 5 til 2,5 av 5, endring +1,5');
    const doc = await PDFDocument.load(result.bytes);
    expect(doc.getTitle()).toContain(issuer.name);
    expect(doc.getPageCount()).toBe(result.pages);
  });

  test('an empty assessment still makes a valid report, and the file name has no name in it', { timeout: 30_000 }, async () => {
    const report = buildReport(check, createAssessment('2026-01-05'), links);
    const result = await buildQualityReportPdf(report, faces, issuer, new Date('2026-01-05T12:00:00Z'));
    expect(qpdfProblems(result.bytes)).toBe('');
    expect(pdfText(result.bytes)).toContain('Ingen indikatorer er vurdert ennå');
    expect(qualityReportFileName('2026-01-05')).toBe('kvalitetssjekk-rapport-2026-01-05.pdf');
  });
});
