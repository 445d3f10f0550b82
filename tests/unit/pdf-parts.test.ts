import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { woffToSfnt } from '../../src/lib/pdf/woff.ts';
import { parseSimpleSvg, prepareLogo } from '../../src/lib/pdf/logo.ts';
import { hasMixedDirection, isRightToLeft } from '../../src/lib/pdf/scripts.ts';
import { fillFromFollowUp, filledPlanFileName } from '../../src/lib/pdf/plan-fill.ts';
import type { FollowUp } from '../../src/lib/followup/types.ts';

const arabicWoff = readFileSync('node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff');

describe('fonts', () => {
  test('a WOFF becomes a TrueType file whose subset keeps every Arabic glyph intact', async () => {
    const ttf = await woffToSfnt(new Uint8Array(arabicWoff));
    expect(new DataView(ttf.buffer).getUint32(0)).toBe(0x00010000);
    const font = fontkit.create(ttf as unknown as Buffer);
    const run = font.layout('محمد الأحمد');
    const subset = font.createSubset();
    for (const glyph of run.glyphs) subset.includeGlyph(glyph);
    const chunks: Uint8Array[] = [];
    await new Promise<void>((resolve) => {
      const stream = subset.encodeStream();
      stream.on('data', (c: Uint8Array) => chunks.push(c));
      stream.on('end', () => resolve());
    });
    const sub = fontkit.create(Buffer.concat(chunks));
    // Before the fix, decoding glyph 2 of such a subset threw "Trying to access beyond buffer length".
    for (let i = 0; i < sub.numGlyphs; i++) expect(() => sub.getGlyph(i).path).not.toThrow();
  });

  test('a file that is not WOFF passes through unchanged; a damaged WOFF is refused in Norwegian', async () => {
    const ttf = new Uint8Array([0, 1, 0, 0, 0, 0]);
    expect(await woffToSfnt(ttf)).toBe(ttf);
    const broken = new Uint8Array(arabicWoff.subarray(0, 2000));
    await expect(woffToSfnt(broken)).rejects.toThrow();
  });
});

describe('scripts', () => {
  test('direction is detected from the letters', () => {
    expect(isRightToLeft('محمد')).toBe(true);
    expect(isRightToLeft('Олена')).toBe(false);
    expect(hasMixedDirection('محمد الأحمد')).toBe(false);
    expect(hasMixedDirection('محمد 12')).toBe(true);
    expect(hasMixedDirection('محمد Ali')).toBe(true);
  });
});

describe('logo', () => {
  test('the example logo is drawn as vectors; an SVG with text or transforms is left out', async () => {
    expect(parseSimpleSvg(readFileSync('content/logo.svg', 'utf8'))?.shapes.length).toBeGreaterThan(0);
    expect(parseSimpleSvg('<svg viewBox="0 0 10 10"><text>A</text></svg>')).toBeUndefined();
    expect(parseSimpleSvg('<svg viewBox="0 0 10 10"><path transform="scale(2)" d="M0 0h5v5z"/></svg>')).toBeUndefined();
    expect(parseSimpleSvg('<svg><path d="M0 0h5v5z"/></svg>')).toBeUndefined();
  });

  test('a broken PNG logo gives no logo, not a failed PDF', async () => {
    const doc = await PDFDocument.create();
    expect(await prepareLogo(doc, { type: 'png', bytes: new Uint8Array([1, 2, 3]) })).toBeUndefined();
  });
});

describe('filling a plan from a follow-up', () => {
  const followUp: FollowUp = {
    id: 'f1', alias: 'AB', planSlug: 'renhold', workplace: 'Hotellet', mentor: 'CD', caseworker: 'EF', startDate: '2026-01-05', endDate: '2026-06-30',
    assessments: { a: { level: 2, note: 'God start', updatedAt: '' }, b: { note: '  ', updatedAt: '' } },
    customTasks: [], hiddenTaskIds: [],
    meetings: [{ id: 'm2', date: '2026-03-01', agreed: 'To' }, { id: 'm1', date: '2026-02-01', agreed: 'En' }],
    createdAt: '', updatedAt: '',
  };

  test('levels, notes and meetings in date order; blank notes left out', () => {
    const fill = fillFromFollowUp(followUp);
    expect(fill).toMatchObject({ participant: 'AB', workplace: 'Hotellet', mentor: 'CD', caseworker: 'EF', periodFrom: '05.01.2026', periodTo: '30.06.2026' });
    expect(fill.levels).toEqual({ a: 2 });
    expect(fill.notes).toEqual({ a: 'God start' });
    expect(fill.meetings?.map((m) => m.agreed)).toEqual(['En', 'To']);
    expect(fill.meetings?.[0]?.date).toBe('01.02.2026');
    expect(fillFromFollowUp({ ...followUp, meetings: [{ ...followUp.meetings[0]!, deletedAt: '2026-03-02T00:00:00Z' }] }).meetings).toEqual([]);
  });

  test('the file name carries no personal data', () => {
    expect(filledPlanFileName('renhold', new Date('2026-11-28T10:00:00Z'))).toBe('opplaeringsplan-renhold-2026-11-28.pdf');
  });
});
