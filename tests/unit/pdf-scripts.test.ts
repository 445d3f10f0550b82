import { beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { FaceLibrary } from '../../src/lib/pdf/fonts.ts';
import { nodeFontLoader, nodeIssuer } from '../../src/lib/pdf/node.ts';
import { buildPlanPdf } from '../../src/lib/pdf/plan-pdf.ts';
import { facesForText } from '../../src/lib/pdf/font-files.ts';
import { pdfText, renderComplaints } from '../support/pdf-tools.ts';

/** Names as participants from the largest language groups write them. */
const NAMES = {
  'Dari/persisk': 'ژیلا پژواک تهرانی',
  pashto: 'ښکلې زرغونه',
  sorani: 'ئاوێنە ڕەسوڵ شۆڕش',
  somali: 'Cabdullaahi Xasan Maxamed',
  tigrinja: 'ሃብተ ገብረሚካኤል',
  ukrainsk: 'Олена Ґудзь-Їжакевич',
  vietnamesisk: 'Nguyễn Thị Hồng Nhung',
  nordsamisk: 'Áilu Čoavddáš Ŋuvttis',
  arabisk: 'محمد الأحمد',
};

const plan = readCollection(process.cwd(), 'planer').filter((p) => !p.data.draft)[0]!.data;
const task = plan.phases[0]!.tasks.sprak[0]!;
const issuer = nodeIssuer();

describe('names in many scripts', () => {
  test.each(Object.entries(NAMES))('%s: drawn without empty boxes, found exactly by pdftotext, kept exactly in the field', { timeout: 60_000 }, async (_script, name) => {
    const faces = new FaceLibrary(nodeFontLoader());
    // In a field (participant) and on the page (a note is drawn by our own text code too).
    const result = await buildPlanPdf(plan, faces, issuer, { participant: name, notes: { [task.id]: name } });
    expect(result.warnings).toEqual([]);
    expect(renderComplaints(result.bytes)).toBe('');
    const form = (await PDFDocument.load(result.bytes)).getForm();
    expect(form.getTextField('deltaker').getText()).toBe(name);
    const text = pdfText(result.bytes);
    expect(text.split(name).length - 1, text.slice(0, 600)).toBeGreaterThanOrEqual(2);
  });

  test('Pashto ښ is drawn with both its dots, placed by the font, not at the plain advance', async () => {
    const faces = new FaceLibrary(nodeFontLoader());
    const shaped = await (await faces.face('arabic')).shape('ښ');
    expect(shaped.glyphs.length).toBe(3); // the body of س and the dots above and below
    const marks = shaped.positions.filter((p) => p.xAdvance === 0);
    expect(marks).toHaveLength(2);
    expect(marks.some((p) => p.xOffset !== 0 || p.yOffset !== 0)).toBe(true);
  });

  test('a letter no font has is named in the warning', { timeout: 60_000 }, async () => {
    const faces = new FaceLibrary(nodeFontLoader());
    const result = await buildPlanPdf(plan, faces, issuer, { participant: 'Ana ꦲꦤ' });
    expect(result.warnings.join(' ')).toMatch(/ꦲ/);
  });
});

describe('fonts per script', () => {
  test('a Norwegian plan loads the two Latin faces only', { timeout: 60_000 }, async () => {
    const requested: string[] = [];
    const load = nodeFontLoader();
    const faces = new FaceLibrary((id) => (requested.push(id), load(id)));
    await buildPlanPdf(plan, faces, issuer, { participant: 'Bjørn Ærlig Å', notes: { [task.id]: 'Øver på «hilsen» – 2 ganger, 50 % før jul.' } });
    expect(requested.sort()).toEqual(['latin', 'latin-bold']);
  });

  test('the faces a text needs are known from its letters, before anything is fetched', () => {
    expect([...facesForText('Bjørn')]).toEqual(['latin']);
    expect([...facesForText('محمد Ali')].sort()).toEqual(['arabic', 'latin']);
    expect([...facesForText('ሃብተ')]).toEqual(['ethiopic']);
    expect([...facesForText('Олена')]).toEqual(['cyrillic']);
    expect([...facesForText('Nguyễn')].sort()).toEqual(['latin', 'vietnamese']);
    expect([...facesForText('Čoavddáš')].sort()).toEqual(['latin', 'latin-ext']);
  });
});
