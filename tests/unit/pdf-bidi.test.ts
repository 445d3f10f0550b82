import { describe, expect, test } from 'vitest';
import { FaceLibrary } from '../../src/lib/pdf/fonts.ts';
import { nodeFontLoader, nodeIssuer } from '../../src/lib/pdf/node.ts';
import { buildFormPdf } from '../../src/lib/pdf/form-pdf.ts';
import { logbookPdf, logbookPdfForm } from '../../src/lib/logbook/pdf-fill.ts';
import { logbookLanguages, norwegianLogbook } from '../../src/lib/logbook/strings-source.ts';
import { visualPieces } from '../../src/lib/pdf/bidi.ts';
import { pdfText, renderComplaints } from '../support/pdf-tools.ts';

const nb = norwegianLogbook();
const strings = (kode: string) => logbookLanguages().find((l) => l.kode === kode)!.strings;

/** The logbook PDF with one week, in Norwegian and a language, with these answers. */
async function logbook(kode: string, answers: Record<string, string>) {
  const weeks = [{ id: 'a', weekStart: '2026-11-30', answers, updatedAt: '' }];
  const { form, fill } = logbookPdf(logbookPdfForm(nb, strings(kode), 1, new Date('2026-12-02')), weeks);
  return buildFormPdf(form, new FaceLibrary(nodeFontLoader()), nodeIssuer(), fill);
}

describe('right to left in the logbook PDF', () => {
  test.each([
    ['ar', 'غسلت الطاولات ورتبت الرفوف في الصباح'],
    ['prs', 'امروز ژاکت و تخته را پاک کردم'],
  ])('%s: a typed answer reads back in the order it was typed', { timeout: 60_000 }, async (kode, typed) => {
    const result = await logbook(kode, { oppgaver: typed });
    expect(renderComplaints(result.bytes)).toBe('');
    expect(pdfText(result.bytes)).toContain(typed);
  });

  test('a line that mixes Arabic with digits or Latin is drawn in bidi order (Unicode Bidirectional Algorithm)', async () => {
    // Visual order, left to right: the words after the number come first on the left.
    const mixed = await visualPieces('غسلت الطاولات 3 مرات');
    expect(mixed.rtl).toBe(true);
    // Each piece keeps where it starts in the line as read.
    expect(mixed.pieces).toEqual([{ text: ' مرات', level: 1, start: 15 }, { text: '3', level: 2, start: 14 }, { text: 'غسلت الطاولات ', level: 1, start: 0 }]);
    const latin = await visualPieces('تعلمت كلمة kasse اليوم');
    expect(latin.pieces.map((p) => p.text)).toEqual([' اليوم', 'kasse', 'تعلمت كلمة ']);
    // A Norwegian line with one Arabic word keeps its own direction.
    const norwegian = await visualPieces('Ordet مرحبا betyr hei');
    expect(norwegian.rtl).toBe(false);
    expect(norwegian.pieces.map((p) => p.text)).toEqual(['Ordet ', 'مرحبا', ' betyr hei']);
  });

  test('the questions are in Norwegian with the translation under', { timeout: 60_000 }, async () => {
    const text = pdfText((await logbook('ar', {})).bytes);
    for (const q of ['questions.oppgaver', 'questions.norsk', 'questions.samarbeid']) {
      expect(text).toContain(nb[q]);
      expect(text).toContain(strings('ar')[q]);
    }
  });
});
