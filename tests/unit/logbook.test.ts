import { describe, expect, it } from 'vitest';
import { lix } from '../../src/lib/readability/lix.ts';
import { readFileSync } from 'node:fs';
import { mondayOf, newWeek, parseLogbookImport, readLogbook, weekNumber, exportLogbook, applyImport, weekChoices, QUESTION_IDS, type Logbook } from '../../src/lib/logbook/model.ts';
import { logbookPdf, logbookPdfForm } from '../../src/lib/logbook/pdf-fill.ts';
import { logbookLanguages, norwegianLogbook } from '../../src/lib/logbook/strings-source.ts';
import { say } from '../../src/lib/logbook/strings.ts';

const nb = norwegianLogbook();

describe('logbook', () => {
  it('the fixed text is easy bokmål: LIX ≤ 30', () => {
    const text = Object.values(nb).map((s) => s.replace(/\{\w+\}/g, 'tre')).map((s) => (/[.!?:]$/.test(s) ? s : `${s}.`)).join(' ');
    expect(lix(text).lix).toBeLessThanOrEqual(30);
  });

  it('every language has every logbook text, with the same {placeholders}, and a direction', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const languages = logbookLanguages();
    expect(languages.length).toBeGreaterThanOrEqual(6);
    for (const lang of languages) {
      expect(Object.keys(lang.strings).sort(), lang.kode).toEqual(Object.keys(nb).sort());
      for (const [id, text] of Object.entries(nb)) expect(holes(lang.strings[id]!), `${lang.kode} ${id}`).toEqual(holes(text));
      expect(['ltr', 'rtl']).toContain(lang.retning);
    }
  });

  it('every text id the logbook code uses is in content/sprak/kilde/loggbok.yaml', () => {
    const code = ['LogbookApp', 'WeekView', 'ImportChoices', 'LanguagePicker', 'WeekPicker'].map((f) => readFileSync(`src/islands/logbook/${f}.tsx`, 'utf8')).join('\n');
    const used = [...code.matchAll(/id="([\w.-]+)"/g), ...code.matchAll(/\b(?:no|say)\([^,]+, '([\w.-]+)'/g), ...code.matchAll(/id: '([\w.-]+)'/g)].map((m) => m[1]!);
    used.push(...QUESTION_IDS.flatMap((q) => [`questions.${q}`, `hints.${q}`]));
    const ids = new Set(used.filter((id) => !/^logbook-/.test(id)));
    expect([...ids].filter((id) => nb[id] === undefined)).toEqual([]);
  });

  it('the participant chooses this week, one of the last four, or next week; written weeks are left out', () => {
    const today = new Date(2026, 11, 9);
    expect(weekChoices([], today)).toEqual(['2026-12-07', '2026-11-30', '2026-11-23', '2026-11-16', '2026-11-09', '2026-12-14']);
    const written = [{ id: 'a', weekStart: '2026-12-07', answers: {}, updatedAt: '' }, { id: 'b', weekStart: '2026-11-30', answers: {}, updatedAt: '' }];
    expect(weekChoices(written, today)[0]).toBe('2026-11-23');
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

  it('the PDF asks exactly the web logbook\'s questions, in Norwegian with the chosen language under', () => {
    const ar = logbookLanguages().find((l) => l.kode === 'ar')!;
    const form = logbookPdfForm(nb, ar.strings, 2, new Date('2026-12-02'));
    const fields = form.sections[0]!.fields;
    expect(fields.map((f) => f.id)).toEqual(['uke', 'dato', ...QUESTION_IDS]);
    expect(fields.find((f) => f.id === 'norsk')).toMatchObject({ label: nb['questions.norsk'], help: ar.strings['questions.norsk'] });
    expect(form.summary).toBe(`${nb.intro}\n${ar.strings.intro}`);
    expect(logbookPdfForm(nb, undefined, 1, new Date()).sections[0]!.fields.every((f) => f.help === undefined)).toBe(true);
    expect(say(nb, 'week', { n: 3 })).toBe('Uke 3');
  });

  it('the PDF has one section per written week, answers in their fields', () => {
    const weeks = Array.from({ length: 5 }, (_, i) => ({ id: `w${i}`, weekStart: `2026-11-0${i + 1}`, answers: { oppgaver: `Oppgave ${i}`, 'nye-ord': 'kost' }, updatedAt: '' }));
    const { form: filled, fill } = logbookPdf(logbookPdfForm(nb, undefined, weeks.length, new Date()), weeks);
    expect(filled.sections.find((s) => s.id === 'uke')!.repeat).toBe(5);
    expect(fill['uke_5_oppgaver']).toBe('Oppgave 4');
    expect(fill['uke_1_nye-ord']).toBe('kost');
    expect(fill['uke_1_dato']).toBe('01.11.2026');
  });
});
