import { rgb } from 'pdf-lib';
import type { PlanData } from '../schemas/plan.ts';
import { MEASUREMENT_POINTS, PHASES } from '../plan/structure.ts';
import { MASTERY_SCALE } from '../plan/mastery.ts';
import { finishDocument, startDocument, type Issuer, type LoadedFaces, type PdfResult } from './document.ts';
import { CONTENT_WIDTH, MARGIN } from './layout.ts';
import { drawLine, drawLineParts, drawParagraph, lineHeight, MUTED, wrap } from './text.ts';
import { contentTag, fillParts } from './languages.ts';
import { planFieldNames } from './field-names.ts';
import { FIELD_LINE_HEIGHT } from './appearance.ts';
import { pdfLabels } from '../i18n/pdf-labels.ts';
import { fill as fillIn } from '../i18n/fill.ts';

/** What a follow-up fills in; every part is optional so the same code makes the blank plan. */
export interface PlanFill {
  participant?: string;
  mentor?: string;
  caseworker?: string;
  workplace?: string;
  periodFrom?: string;
  periodTo?: string;
  levels?: Record<string, number | undefined>;
  notes?: Record<string, string | undefined>;
  meetings?: { date: string; agreed: string }[];
  /** Tasks the caseworker wrote for this workplace: her words, in the document's language. */
  customTaskIds?: readonly string[];
}

const TASK_STYLE = { size: 9 };
const NOTE_STYLE = { size: 8 };
const MAX_NOTE_LINES = 12;
const COL = { task: 250, levels: 96 } as const;
const COMMENT_WIDTH = CONTENT_WIDTH - COL.task - COL.levels;
const MIN_ROW = 30;
const TINT = rgb(0.93, 0.95, 0.98);

/**
 * Builds the A4 fillable training plan: the same phases, points and tasks as the plan page.
 * The plan's text is in `plan.language` (bokmål when not given: shared content), the labels
 * in the copy's; the plan's text is tagged with its language where that is not the document's.
 */
export async function buildPlanPdf(plan: PlanData, faces: LoadedFaces, issuer: Issuer, fill: PlanFill = {}, date = plan.reviewed): Promise<PdfResult> {
  const L = pdfLabels();
  const heading = fillIn(L.planTitle, { title: plan.title });
  const parts = await startDocument(faces, issuer, heading, plan.summary, date);
  const { flow, fields, fonts, tags } = parts;
  const names = planFieldNames;
  const lang = contentTag(plan.language);
  const custom = new Set(fill.customTaskIds);
  await flow.newPage();

  await tags.within('H1', {}, () => drawLineParts(flow.page, fonts, fillParts(L.planTitle, { title: plan.title }, { title: lang }), MARGIN, flow.y - 20, { size: 18, bold: true }));
  flow.y -= 30;
  flow.y -= await drawParagraph(flow.page, fonts, plan.summary, MARGIN, flow.y, CONTENT_WIDTH, { size: 10, color: MUTED, lang });
  flow.y -= 10;

  const people: [string, string, string | undefined][] = [
    [names.participant, L.participant, fill.participant],
    [names.workplace, L.workplace, fill.workplace],
    [names.mentor, L.mentor, fill.mentor],
    [names.caseworker, L.caseworker, fill.caseworker],
    [names.periodFrom, L.periodFrom, fill.periodFrom],
    [names.periodTo, L.periodTo, fill.periodTo],
  ];
  const half = (CONTENT_WIDTH - 12) / 2;
  for (let i = 0; i < people.length; i += 2) {
    await flow.ensure(40);
    for (const [j, [name, label, value]] of people.slice(i, i + 2).entries()) {
      const x = MARGIN + j * (half + 12);
      await drawLine(flow.page, fonts, label, x, flow.y - 10, { size: 8.5, color: MUTED });
      await fields.text(flow.page, name, label, { x, y: flow.y - 34, width: half, height: 20 }, { value });
    }
    flow.y -= 40;
  }

  const scale = MASTERY_SCALE.map((m) => `${m.level} = ${m.label}`).join('   ');
  flow.y -= 4;
  flow.y -= await drawParagraph(flow.page, fonts, `${L.mastery}: ${scale}`, MARGIN, flow.y, CONTENT_WIDTH, { size: 9 });

  for (const phase of plan.phases) {
    const meta = PHASES[phase.number - 1]!;
    // On a new page the heading and the header row repeat for the eye; the tags have them once.
    const heading = async (continued: boolean) => {
      const draw = () => drawLine(flow.page, fonts, continued ? fillIn(L.continued, { title: meta.title }) : meta.title, MARGIN, flow.y - 16, { size: 13, bold: true, artifact: continued });
      await (continued ? draw() : tags.within('H2', {}, draw));
      flow.y -= 22;
    };
    const tableHeader = async (repeat: boolean) => {
      const y = flow.y - 16;
      const style = { size: 8.5, bold: true, artifact: repeat };
      const cell = (scope: 'Column' | undefined, draw: () => Promise<void>) => (repeat ? draw() : tags.within('TH', { scope }, draw));
      flow.box({ x: MARGIN, y, width: CONTENT_WIDTH, height: 16, color: TINT });
      const row = repeat ? undefined : tags.open('TR');
      await cell('Column', () => drawLine(flow.page, fonts, L.task, MARGIN + 4, y + 5, style));
      await cell('Column', async () => {
        for (const [k, m] of MASTERY_SCALE.entries()) await drawLine(flow.page, fonts, String(m.level), MARGIN + COL.task + 10 + k * 22, y + 5, style);
      });
      await cell('Column', () => drawLine(flow.page, fonts, L.comment, MARGIN + COL.task + COL.levels + 4, y + 5, style));
      if (row) tags.close(row);
      flow.y -= 18;
    };
    await flow.ensure(22 + 60);
    await heading(false);
    flow.y -= await drawParagraph(flow.page, fonts, phase.focus, MARGIN, flow.y, CONTENT_WIDTH, { size: 9.5, color: MUTED, lang });
    flow.y -= 4;
    flow.onBreak = async () => {
      await heading(true);
      await tableHeader(true);
    };
    const table = tags.open('Table');
    await tableHeader(false);
    for (const point of MEASUREMENT_POINTS) {
      await flow.ensure(16 + MIN_ROW);
      await tags.within('TR', {}, () => tags.within('TH', { scope: 'Row', colSpan: 3 }, () => drawLine(flow.page, fonts, point.label, MARGIN + 4, flow.y - 11, { size: 9.5, bold: true })));
      flow.y -= 16;
      for (const task of phase.tasks[point.id]) {
        const lines = await wrap(fonts, task.text, COL.task - 8, TASK_STYLE);
        const note = fill.notes?.[task.id];
        // A filled note makes its row taller, up to a limit; the field always holds all of it.
        const noteLines = note ? (await wrap(fonts, note, COMMENT_WIDTH - 4, NOTE_STYLE)).length : 0;
        if (noteLines > MAX_NOTE_LINES) parts.fields.warnings.push(fillIn(L.noteTooLong, { task: task.text }));
        const noteHeight = Math.min(noteLines, MAX_NOTE_LINES) * NOTE_STYLE.size * FIELD_LINE_HEIGHT + 10;
        const height = Math.max(MIN_ROW, lines.length * lineHeight(TASK_STYLE) + 10, noteHeight);
        await flow.ensure(height);
        const top = flow.y;
        const page = flow.page;
        const row = tags.open('TR');
        flow.rule({ start: { x: MARGIN, y: top }, end: { x: MARGIN + CONTENT_WIDTH, y: top }, thickness: 0.5, color: rgb(0.8, 0.82, 0.85) });
        await tags.within('TD', custom.has(task.id) ? {} : { lang }, async () => {
          for (const [i, line] of lines.entries()) {
            await drawLine(page, fonts, line, MARGIN + 4, top - 5 - TASK_STYLE.size - i * lineHeight(TASK_STYLE), TASK_STYLE);
          }
        });
        // The workspace's words («Mestring: <task>»), with the phase and point in brackets as
        // a form's section is: a PDF reader lists the fields out of their table.
        const where = `(${meta.title}, ${point.label})`;
        const level = fill.levels?.[task.id];
        const levels = tags.open('TD');
        fields.radios(
          page,
          names.level(phase.number, point.id, task.id),
          `${L.mastery}: ${task.text} ${where}`,
          MASTERY_SCALE.map((m, k) => ({ value: String(m.level), box: { x: MARGIN + COL.task + 6 + k * 22, y: top - 19, width: 13, height: 13 } })),
          level ? String(level) : undefined,
        );
        tags.close(levels);
        const comment = tags.open('TD');
        await fields.text(
          page,
          names.comment(phase.number, point.id, task.id),
          `${L.comment}: ${task.text} ${where}`,
          { x: MARGIN + COL.task + COL.levels, y: top - height + 3, width: COMMENT_WIDTH, height: height - 6 },
          { multiline: true, value: note, size: NOTE_STYLE.size },
        );
        tags.close(comment);
        tags.close(row);
        flow.y -= height;
      }
    }
    tags.close(table);
    flow.onBreak = undefined;
    flow.y -= 8;
  }

  const meetings = fill.meetings ?? [];
  const rows = Math.max(4, meetings.length);
  await flow.ensure(40 + 44);
  await tags.within('H2', {}, () => drawLine(flow.page, fonts, L.meetings, MARGIN, flow.y - 16, { size: 13, bold: true }));
  flow.y -= 22;
  flow.y -= await drawParagraph(flow.page, fonts, L.meetingsHint, MARGIN, flow.y, CONTENT_WIDTH, { size: 9.5, color: MUTED });
  for (let i = 0; i < rows; i++) {
    await flow.ensure(46);
    const top = flow.y - 4;
    await drawLine(flow.page, fonts, fillIn(L.meeting, { n: i + 1 }), MARGIN, top - 10, { size: 8.5, color: MUTED });
    await fields.text(flow.page, names.meetingDate(i + 1), fillIn(L.meetingDate, { n: i + 1 }), { x: MARGIN, y: top - 34, width: 90, height: 20 }, { value: meetings[i]?.date });
    await fields.text(flow.page, names.meetingAgreed(i + 1), fillIn(L.meetingAgreed, { n: i + 1 }), { x: MARGIN + 100, y: top - 40, width: CONTENT_WIDTH - 100, height: 36 }, { multiline: true, value: meetings[i]?.agreed, size: 8 });
    flow.y -= 46;
  }

  await flow.ensure(30 + 3 * 50);
  await tags.within('H2', {}, () => drawLine(flow.page, fonts, L.signatures, MARGIN, flow.y - 16, { size: 13, bold: true }));
  flow.y -= 26;
  for (const [role, key] of [[L.participantRole, 'deltaker'], [L.mentor, 'fadder'], [L.caseworker, 'veileder']] as const) {
    const top = flow.y;
    flow.rule({ start: { x: MARGIN, y: top - 30 }, end: { x: MARGIN + 300, y: top - 30 }, thickness: 0.75, color: MUTED });
    await drawLine(flow.page, fonts, fillIn(L.signature, { role: role.toLowerCase() }), MARGIN, top - 42, { size: 8.5, color: MUTED });
    await drawLine(flow.page, fonts, L.date, MARGIN + 320, top - 8, { size: 8.5, color: MUTED });
    await fields.text(flow.page, names.signatureDate(key), fillIn(L.signatureDate, { role: role.toLowerCase() }), { x: MARGIN + 320, y: top - 32, width: 110, height: 20 });
    flow.y -= 50;
  }

  return finishDocument(parts, `${heading} · ${issuer.name}`);
}
