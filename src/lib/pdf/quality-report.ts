import { rgb, type RGB } from 'pdf-lib';
import type { QualityReport } from '../quality/report.ts';
import { scoreText } from '../quality/report.ts';
import { formatChange } from '../quality/scores.ts';
import { finishDocument, startDocument, type Issuer, type LoadedFaces, type PdfResult } from './document.ts';
import { CONTENT_WIDTH, MARGIN } from './layout.ts';
import { hexToRgb } from './colors.ts';
import { drawLine, lineHeight, MUTED, wrap, wrapParts, type TextStyle } from './text.ts';
import { contentTag, fillParts, type ContentLanguage, type TextPart } from './languages.ts';
import type { StructType } from './tagging/tree.ts';
import { fill } from '../i18n/fill.ts';
import { reportPdfText } from './quality-report-text.ts';

/** The report's own words in the copy's language. */
const TEXT = reportPdfText();

/**
 * The quality check's report as an A4 PDF: the same report the printable page shows
 * (lib/quality/report.ts), laid out with the shared letterhead, fonts and text blocks.
 */

const BODY: TextStyle = { size: 9.5 };
const SMALL: TextStyle = { size: 8.5, color: MUTED };
const BAR_TRACK = rgb(0.9, 0.91, 0.93);
const BAR_WIDTH = 150;

type Parts = Awaited<ReturnType<typeof startDocument>>;

/**
 * Wrapped text that may run over pages, line by line: the report's own words, the indicators'
 * (in `style.lang` when all of it is theirs), or parts of both (fillParts).
 */
async function text(parts: Parts, value: string | TextPart[], style: TextStyle = BODY, indent = 0, type: StructType = 'P'): Promise<void> {
  const { flow, fonts } = parts;
  const step = lineHeight(style);
  const lines = await wrapParts(fonts, typeof value === 'string' ? [{ text: value }] : value, CONTENT_WIDTH - indent, style);
  // One element even when its lines run onto the next page, in the language all of it is in.
  const whole = lines.length && lines.every((l) => l.length === 1 && l[0]!.lang === lines[0]![0]!.lang) ? lines[0]![0]!.lang : undefined;
  const { tags } = parts;
  await tags.within(type, { lang: whole ?? style.lang }, async () => {
    // A part in another language is one Span, even when it runs onto the next line.
    let span: { lang: string; element: ReturnType<typeof tags.open> } | undefined;
    for (const line of lines) {
      await flow.ensure(step);
      let x = MARGIN + indent;
      for (const piece of line) {
        if (span && span.lang !== piece.lang) {
          tags.close(span.element);
          span = undefined;
        }
        if (!span && piece.lang && piece.lang !== tags.lang) span = { lang: piece.lang, element: tags.open('Span', { lang: piece.lang }) };
        await drawLine(flow.page, fonts, piece.text, x, flow.y - style.size, style);
        if (line.length > 1) x += await fonts.width(piece.text, style.size, style.bold);
      }
      flow.y -= step;
    }
    if (span) tags.close(span.element);
  });
}

async function heading(parts: Parts, value: string, size = 13, lang?: string): Promise<void> {
  await parts.flow.ensure(size + 40);
  parts.flow.y -= 8;
  await text(parts, value, { size, bold: true, lang }, 0, 'H2');
  parts.flow.y -= 4;
}

/** One group's score as a labelled bar: the number is always written out, the bar only repeats it. */
async function scoreRow(parts: Parts, label: string, lang: string | undefined, average: number | null, detail: string, brand: RGB): Promise<void> {
  const { flow, fonts } = parts;
  const labelLines = await wrap(fonts, label, CONTENT_WIDTH - BAR_WIDTH - 110, BODY);
  const height = Math.max(22, labelLines.length * lineHeight(BODY) + 8);
  await flow.ensure(height);
  const { tags } = parts;
  const row = tags.open('TR');
  await tags.within('TH', { scope: 'Row', lang }, async () => {
    for (const [i, line] of labelLines.entries()) await drawLine(flow.page, fonts, line, MARGIN, flow.y - BODY.size - i * lineHeight(BODY), BODY);
  });
  const x = MARGIN + CONTENT_WIDTH - BAR_WIDTH - 100;
  // The bar only repeats the score written beside it: an artifact, so it is not read twice.
  flow.box({ x, y: flow.y - 12, width: BAR_WIDTH, height: 9, color: BAR_TRACK });
  if (average !== null) flow.box({ x, y: flow.y - 12, width: (BAR_WIDTH * average) / 5, height: 9, color: brand });
  await tags.within('TD', {}, () => drawLine(flow.page, fonts, detail, x + BAR_WIDTH + 8, flow.y - BODY.size, BODY));
  tags.close(row);
  flow.y -= height;
}

/**
 * The indicators are content in `language` (bokmål when not given: shared content), the
 * report's own words in the copy's language; the indicators' text is tagged with its own.
 */
export async function buildQualityReportPdf(report: QualityReport, faces: LoadedFaces, issuer: Issuer, madeOn: Date, language?: ContentLanguage): Promise<PdfResult> {
  const lang = contentTag(language);
  // A level's text is the indicator's own at 1, 3 and 5; between them it is the report's (levelText).
  const levelLang = (score: number | undefined) => (score !== undefined && score % 2 ? lang : undefined);
  const brand = hexToRgb(issuer.brandColor);
  const parts = await startDocument(faces, issuer, report.title, fill(TEXT.subject, { date: report.dateText }), madeOn);
  const { flow } = parts;
  await flow.newPage();

  await text(parts, report.title, { size: 18, bold: true }, 0, 'H1');
  parts.flow.y -= 4;
  await text(parts, fill(TEXT.byline, { municipality: issuer.name, date: report.dateText }), { size: 11 });
  await text(parts, fill(TEXT.answered, { n: report.answered, total: report.total }), SMALL);

  await heading(parts, TEXT.groups);
  const table = parts.tags.open('Table');
  for (const g of report.groups) await scoreRow(parts, g.group.title, lang, g.average, `${scoreText(g.average)} (${g.answered}/${g.total})`, brand);
  parts.tags.close(table);

  if (report.changes) {
    await heading(parts, fill(TEXT.changeSince, { date: report.changes.sinceText }));
    for (const c of report.changes.rows) {
      await text(parts, fillParts(TEXT.change, { group: c.group.title, before: scoreText(c.before), after: scoreText(c.after), change: formatChange(c.change) }, { group: lang }));
    }
  }

  await heading(parts, TEXT.weakest);
  if (report.weakest.length === 0) await text(parts, TEXT.noneAnswered);
  const list = report.weakest.length ? parts.tags.open('L') : undefined;
  for (const [i, { item, help }] of report.weakest.entries()) {
    const entry = parts.tags.open('LI');
    const body = parts.tags.open('LBody');
    await text(parts, [{ text: `${i + 1}. ` }, { text: item.indicator.title, lang }, { text: ` – ${scoreText(item.score)}` }], { size: 10.5, bold: true });
    if (item.level) await text(parts, item.level, { ...BODY, lang: levelLang(item.score) }, 12);
    if (help.length) await text(parts, fillParts(TEXT.readMore, { links: help.map((h) => `${h.title} (${h.href})`).join(', ') }, { links: lang }), SMALL, 12);
    parts.tags.close(body);
    parts.tags.close(entry);
    parts.flow.y -= 4;
  }
  if (list) parts.tags.close(list);

  for (const section of report.sections) {
    await heading(parts, section.group.title, 13, lang);
    for (const item of section.items) {
      await flow.ensure(60);
      await text(parts, item.indicator.title, { size: 10.5, bold: true, lang }, 0, 'H3');
      await text(parts, fillParts(TEXT.measures, { measures: item.indicator.measures }, { measures: lang }), SMALL);
      await text(parts, item.score !== undefined ? fillParts(TEXT.score, { score: item.score, level: item.level }, { level: levelLang(item.score) }) : TEXT.notAssessed, BODY);
      if (item.figure) await text(parts, item.figure, BODY);
      if (item.note) await text(parts, fill(TEXT.note, { note: item.note }), BODY);
      parts.flow.y -= 6;
    }
  }

  return finishDocument(parts, `${report.title} · ${issuer.name} · ${report.dateText}`);
}

/** The day and the subject, never a name. */
export function qualityReportFileName(assessmentDate: string): string {
  return `kvalitetssjekk-rapport-${assessmentDate}.pdf`;
}
