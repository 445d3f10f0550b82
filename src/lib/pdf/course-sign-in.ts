import { rgb } from 'pdf-lib';
import { finishDocument, startDocument, type Issuer, type LoadedFaces, type PdfResult } from './document.ts';
import { CONTENT_WIDTH, MARGIN } from './layout.ts';
import { drawLine, drawParagraph, MUTED } from './text.ts';
import { fill } from '../i18n/fill.ts';
import { coursePdfText } from './course-pdf-text.ts';

/** The sheet's own words in the copy's language. */
const TEXT = coursePdfText().signIn;
/** Rows for names: a group of 8 to 15 mentors, with room for a few more. */
export const SIGN_IN_ROWS = 18;

const GRID = rgb(0.55, 0.58, 0.62);
const TINT = rgb(0.93, 0.95, 0.98);

/**
 * The facilitator's sign-in sheet: one A4 page with a row per mentor and a column to sign
 * for each session, so she can see who came to all of them and gets a course certificate.
 * The course details at the top are fillable; the rows are for pen and paper.
 */
export async function buildSignInSheet(sessions: number, faces: LoadedFaces, issuer: Issuer, date: Date): Promise<PdfResult> {
  const parts = await startDocument(faces, issuer, TEXT.title, TEXT.subject, date);
  const { flow, fonts, fields, tags } = parts;
  await flow.newPage();
  await tags.within('H1', {}, () => drawLine(flow.page, fonts, TEXT.title, MARGIN, flow.y - 20, { size: 18, bold: true }));
  flow.y -= 30;
  flow.y -= (await drawParagraph(flow.page, fonts, TEXT.intro, MARGIN, flow.y, CONTENT_WIDTH, { size: 9.5, color: MUTED })) + 8;

  const half = (CONTENT_WIDTH - 12) / 2;
  for (const [i, [name, label]] of ([['sted', TEXT.place], ['kursholder', TEXT.facilitator]] as const).entries()) {
    const x = MARGIN + i * (half + 12);
    await drawLine(flow.page, fonts, label, x, flow.y - 10, { size: 8.5, color: MUTED });
    await fields.text(flow.page, name, label, { x, y: flow.y - 34, width: half, height: 20 });
  }
  flow.y -= 42;
  const dateWidth = (CONTENT_WIDTH - (sessions - 1) * 12) / sessions;
  for (let s = 1; s <= sessions; s++) {
    const x = MARGIN + (s - 1) * (dateWidth + 12);
    const label = fill(TEXT.sessionDate, { n: s });
    await drawLine(flow.page, fonts, label, x, flow.y - 10, { size: 8.5, color: MUTED });
    await fields.text(flow.page, `samling${s}_dato`, label, { x, y: flow.y - 34, width: dateWidth, height: 20 });
  }
  flow.y -= 46;

  const sessionWidth = 72;
  const columns = [
    { label: TEXT.name, width: (CONTENT_WIDTH - sessions * sessionWidth) * 0.55 },
    { label: TEXT.workplace, width: (CONTENT_WIDTH - sessions * sessionWidth) * 0.45 },
    ...Array.from({ length: sessions }, (_, s) => ({ label: fill(TEXT.session, { n: s + 1 }), width: sessionWidth })),
  ];
  const header = 18;
  const rowHeight = Math.floor((flow.y - flow.bottom - header - 8) / SIGN_IN_ROWS);
  const page = flow.page;
  const top = flow.y;
  flow.box({ x: MARGIN, y: top - header, width: CONTENT_WIDTH, height: header, color: TINT });
  // A table for pen and paper: the header row, then the blank lines for names. Each blank
  // line is one empty cell across all the columns: a screen reader says how many lines there
  // are without «blank» for every square of the grid, and the table stays regular (every row
  // spans the header's columns). An empty cell per square (90) was also most of what tagging
  // cost this sheet: 0.34 ms of about 2 ms, over the 20 % budget (measured 8 Dec 2026).
  const table = tags.open('Table');
  const headerRow = tags.open('TR');
  let x = MARGIN;
  for (const column of columns) {
    await tags.within('TH', { scope: 'Column' }, () => drawLine(page, fonts, column.label, x + 4, top - 12.5, { size: 8.5, bold: true }));
    x += column.width;
  }
  tags.close(headerRow);
  for (let r = 0; r < SIGN_IN_ROWS; r++) {
    const row = tags.open('TR');
    tags.add('TD', { colSpan: columns.length });
    tags.close(row);
  }
  tags.close(table);
  const bottom = top - header - SIGN_IN_ROWS * rowHeight;
  for (let r = 0; r <= SIGN_IN_ROWS; r++) {
    const y = top - header - r * rowHeight;
    flow.rule({ start: { x: MARGIN, y }, end: { x: MARGIN + CONTENT_WIDTH, y }, thickness: 0.5, color: GRID });
  }
  flow.rule({ start: { x: MARGIN, y: top }, end: { x: MARGIN + CONTENT_WIDTH, y: top }, thickness: 0.5, color: GRID });
  x = MARGIN;
  for (const column of [...columns, undefined]) {
    flow.rule({ start: { x, y: top }, end: { x, y: bottom }, thickness: 0.5, color: GRID });
    if (column) x += column.width;
  }
  flow.y = bottom;
  return finishDocument(parts, `${TEXT.title} · ${issuer.name}`);
}
