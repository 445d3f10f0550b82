import { formatDate } from '../dates.ts';
import { allIndicators, levelText, type Indicator, type QualityCheck, type QualityGroup, type Score } from './check.ts';
import type { Assessment, OwnFigure } from './assessment.ts';
import { changeBetween, formatScore, groupScores, progressOf, scoreOf, weakestIndicators, type GroupChange, type GroupScore } from './scores.ts';
import { fill } from '../i18n/fill.ts';
import { qualityMessages } from './messages.ts';

/** The report's words in the copy's language. */
const TEXT = qualityMessages().report;

/**
 * The report of one assessment, as words and figures: the printable page and the PDF both
 * lay out this, so they always say the same thing.
 */

export interface PageLink {
  ref: string;
  title: string;
  href: string;
}
/** Titles and addresses of the pages indicators point to, resolved at build time. */
export type PageLinks = Readonly<Record<string, { title: string; href: string }>>;

export interface ReportItem {
  indicator: Indicator;
  score?: Score;
  level?: string;
  note?: string;
  figure?: string;
}

export interface QualityReport {
  title: string;
  date: string;
  dateText: string;
  answered: number;
  total: number;
  groups: GroupScore[];
  changes?: { sinceText: string; rows: GroupChange[] };
  weakest: { item: ReportItem; help: PageLink[] }[];
  sections: { group: QualityGroup; items: ReportItem[] }[];
}

export const REPORT_TITLE = TEXT.title;

const dayText = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));
const pct = (v: number) => `${String(v).replace('.', ',')} %`;

/** One sentence that compares like with like: the municipality's figure, the published one, the goal, and the measure. */
export function figureText(indicator: Indicator, own: OwnFigure | undefined): string | undefined {
  const b = indicator.benchmark;
  if (!b && !own) return undefined;
  const parts: string[] = [];
  parts.push(own?.value !== undefined ? fill(TEXT.own, { value: `${pct(own.value)}${own.year ? ` (${own.year})` : ''}` }) : TEXT.ownMissing);
  if (b) parts.push(fill(TEXT.benchmark, { label: b.label, value: pct(b.value), year: b.year, source: b.source.publisher ?? b.source.title }));
  parts.push(own?.goal !== undefined ? fill(TEXT.goal, { value: pct(own.goal) }) : TEXT.goalMissing);
  if (b) parts.push(fill(TEXT.measure, { measure: b.measure }));
  return parts.join(' ');
}

/** Method cards first: they say how to improve. Other pages follow; a page this copy does not publish is left out. */
export function helpFor(indicator: Indicator, links: PageLinks): PageLink[] {
  const refs = [...indicator.readMore].sort((a, b) => Number(!a.startsWith('metoder/')) - Number(!b.startsWith('metoder/')));
  return refs.flatMap((ref) => (links[ref] ? [{ ref, ...links[ref] }] : []));
}

function itemFor(indicator: Indicator, a: Assessment): ReportItem {
  const score = scoreOf(a, indicator);
  return {
    indicator,
    ...(score !== undefined ? { score, level: levelText(indicator, score) } : {}),
    ...(a.answers[indicator.key]?.note ? { note: a.answers[indicator.key]!.note } : {}),
    ...(indicator.benchmark || a.figures[indicator.key] ? { figure: figureText(indicator, a.figures[indicator.key]) } : {}),
  };
}

export function buildReport(check: QualityCheck, a: Assessment, links: PageLinks, earlier?: Assessment): QualityReport {
  const { answered, total } = progressOf(check, a);
  const items = new Map(allIndicators(check).map((i) => [i.key, itemFor(i, a)]));
  return {
    title: REPORT_TITLE,
    date: a.date,
    dateText: dayText(a.date),
    answered,
    total,
    groups: groupScores(check, a),
    ...(earlier ? { changes: { sinceText: dayText(earlier.date), rows: changeBetween(check, earlier, a) } } : {}),
    weakest: weakestIndicators(check, a).map(({ indicator }) => ({ item: items.get(indicator.key)!, help: helpFor(indicator, links) })),
    sections: check.groups.map((group) => ({ group, items: group.indicators.map((i) => items.get(i.key)!) })),
  };
}

/** "3,5 av 5", or "ikke vurdert" (in the copy's language). */
export function scoreText(value: number | null | undefined): string {
  return value === null || value === undefined ? TEXT.notAssessed : fill(TEXT.score, { score: formatScore(value) });
}
