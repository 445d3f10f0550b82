import { describe, expect, it } from 'vitest';
import { lix } from '../../src/lib/readability/lix.ts';
import { LANGUAGES } from '../../src/lib/logbook/strings.ts';
import { nb } from '../../src/lib/logbook/strings/nb.ts';
import { mondayOf, newWeek, parseLogbookImport, readLogbook, weekNumber, exportLogbook, applyImport, type Logbook } from '../../src/lib/logbook/model.ts';
import { logbookPdf } from '../../src/lib/logbook/pdf-fill.ts';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';

const flat = (o: unknown): string[] => (typeof o === 'string' ? [o] : typeof o === 'object' && o ? Object.values(o).flatMap(flat) : []);

describe('logbook', () => {
  it('the fixed text is easy bokmål: LIX ≤ 30', () => {
    const { lang: _l, dir: _d, languageName: _n, ...texts } = nb;
    const text = flat(texts).map((s) => s.replace(/\{\w+\}/g, 'tre')).map((s) => (/[.!?:]$/.test(s) ? s : `${s}.`)).join(' ');
    expect(lix(text).lix).toBeLessThanOrEqual(30);
  });

  it('every language file has every key, and a direction', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    for (const strings of Object.values(LANGUAGES)) {
      expect(keys(strings).sort()).toEqual(keys(nb).sort());
      expect(['ltr', 'rtl']).toContain(strings.dir);
    }
  });

  it('weeks are counted the Norwegian (ISO) way and a new week follows the last', () => {
    expect(mondayOf(new Date(2026, 11, 2))).toBe('2026-11-30');
    expect(weekNumber('2026-11-30')).toBe(49);
    expect(weekNumber('2026-12-28')).toBe(53);
    const w1 = newWeek([], new Date(2026, 11, 2));
    const w2 = newWeek([w1], new Date(2026, 11, 2));
    expect([w1.weekStart, w2.weekStart]).toEqual(['2026-11-30', '2026-12-07']);
  });

  it('an older file never overwrites a newer week without a choice', () => {
    const mine: Logbook = { version: 1, weeks: [{ id: 'a', weekStart: '2026-11-30', answers: { norsk: 'ny tekst' }, updatedAt: '2026-12-02T10:00:00Z' }] };
    const file = exportLogbook({ version: 1, weeks: [{ id: 'a', weekStart: '2026-11-30', answers: { norsk: 'gammel' }, updatedAt: '2026-11-30T10:00:00Z' }] });
    const parsed = parseLogbookImport(file, file.length, mine);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.decisions[0]!.kind).toBe('conflict');
    expect(applyImport(mine.weeks, parsed.decisions, {}, (w) => w).records[0]!.answers.norsk).toBe('ny tekst');
    expect(parseLogbookImport('{"format":"x"}', 14, mine).ok).toBe(false);
    expect(readLogbook('{oops').damaged).toBe(true);
  });

  it('the PDF is the paper logbook with one section per written week, answers in their fields', () => {
    const form = readCollection(process.cwd(), 'skjema').find((f) => f.id === 'loggbok')!.data;
    const weeks = Array.from({ length: 5 }, (_, i) => ({ id: `w${i}`, weekStart: `2026-11-0${i + 1}`, answers: { oppgaver: `Oppgave ${i}`, 'nye-ord': 'kost' }, updatedAt: '' }));
    const { form: filled, fill } = logbookPdf(form, weeks);
    expect(filled.sections.find((s) => s.id === 'uke')!.repeat).toBe(5);
    expect(fill['uke_5_oppgaver']).toBe('Oppgave 4');
    expect(fill['uke_1_nye-ord']).toBe('kost');
    expect(fill['uke_1_dato']).toBe('01.11.2026');
  });
});
