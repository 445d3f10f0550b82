import { nb } from '../../src/lib/i18n/nb.ts';
import { nn } from '../../src/lib/i18n/nn.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { fill } from '../../src/lib/i18n/fill.ts';
import { FRAME } from '../../src/lib/i18n/frame.ts';
import { PDF_LABELS } from '../../src/lib/i18n/pdf-labels.ts';
import { QUALITY_MESSAGES } from '../../src/lib/quality/messages.ts';
import { DATA_MESSAGES } from '../../src/lib/local-data/messages.ts';
import { MEETING_MESSAGES } from '../../src/lib/followup/meeting-messages.ts';
import { INPUT_TEXT } from '../../src/lib/i18n/input-text.ts';
import { READ_MESSAGES } from '../../src/lib/local-data/read-messages.ts';
import { COURSE_PDF_TEXT } from '../../src/lib/pdf/course-pdf-text.ts';
import { REPORT_PDF_TEXT } from '../../src/lib/pdf/quality-report-text.ts';
import { FORM_MESSAGES } from '../../src/lib/forms/messages.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';

const lang = loadMunicipality().language as keyof typeof FRAME;
const pairs: [unknown, unknown][] = [
  [nb, ui()],
  [FRAME.nb, FRAME[lang] ?? FRAME.nb],
  [PDF_LABELS.nb, PDF_LABELS[lang as keyof typeof PDF_LABELS] ?? PDF_LABELS.nb],
  [QUALITY_MESSAGES.nb, QUALITY_MESSAGES[lang as keyof typeof QUALITY_MESSAGES] ?? QUALITY_MESSAGES.nb],
  [DATA_MESSAGES.nb, DATA_MESSAGES[lang as keyof typeof DATA_MESSAGES] ?? DATA_MESSAGES.nb],
  [MEETING_MESSAGES.nb, MEETING_MESSAGES[lang as keyof typeof MEETING_MESSAGES] ?? MEETING_MESSAGES.nb],
  [INPUT_TEXT.nb, INPUT_TEXT[lang as keyof typeof INPUT_TEXT] ?? INPUT_TEXT.nb],
  [READ_MESSAGES.nb, READ_MESSAGES[lang as keyof typeof READ_MESSAGES] ?? READ_MESSAGES.nb],
  [COURSE_PDF_TEXT.nb, COURSE_PDF_TEXT[lang as keyof typeof COURSE_PDF_TEXT] ?? COURSE_PDF_TEXT.nb],
  [REPORT_PDF_TEXT.nb, REPORT_PDF_TEXT[lang as keyof typeof REPORT_PDF_TEXT] ?? REPORT_PDF_TEXT.nb],
  [FORM_MESSAGES.nb, FORM_MESSAGES[lang as keyof typeof FORM_MESSAGES] ?? FORM_MESSAGES.nb],
];
function index(from: unknown, to: unknown, into: Map<string, Set<string>>): void {
  if (typeof from === 'string' && typeof to === 'string') into.set(from, (into.get(from) ?? new Set()).add(to));
  else if (from && to && typeof from === 'object' && typeof to === 'object') {
    for (const key of Object.keys(from)) index((from as Record<string, unknown>)[key], (to as Record<string, unknown>)[key], into);
  }
}
const table = new Map<string, Set<string>>();
for (const [from, to] of pairs) index(from, to, table);
/**
 * Bokmål strings nynorsk translates in more than one way (one word in two places): such a test
 * would pass on the project and fail on a nynorsk copy, so t() refuses them on every site.
 */
const toNynorsk = new Map<string, Set<string>>();
for (const [from, to] of [[nb, nn], [FRAME.nb, FRAME.nn], [PDF_LABELS.nb, PDF_LABELS.nn], [QUALITY_MESSAGES.nb, QUALITY_MESSAGES.nn], [DATA_MESSAGES.nb, DATA_MESSAGES.nn], [MEETING_MESSAGES.nb, MEETING_MESSAGES.nn], [INPUT_TEXT.nb, INPUT_TEXT.nn], [READ_MESSAGES.nb, READ_MESSAGES.nn], [COURSE_PDF_TEXT.nb, COURSE_PDF_TEXT.nn], [REPORT_PDF_TEXT.nb, REPORT_PDF_TEXT.nn], [FORM_MESSAGES.nb, FORM_MESSAGES.nn]] as const) index(from, to, toNynorsk);

/**
 * The site's own wording of an interface string, looked up by its bokmål text in the strings
 * files (src/lib/i18n/ and the messages modules beside the code that shows them). Tests stay readable in the project's bokmål and run on
 * a copy in its own language: on a nynorsk copy t('Opprett oppfølging') is nn.ts's text at the
 * same place. A string that is not in the strings files throws, so a test cannot pass by
 * looking for text the interface never shows.
 */
export function t(bokmal: string, values?: Record<string, string | number>): string {
  const site = [...(table.get(bokmal) ?? [])][0];
  if (site === undefined) throw new Error(`«${bokmal}» is not an interface string in src/lib/i18n/ or a messages module`);
  if ((toNynorsk.get(bokmal)?.size ?? 0) > 1) throw new Error(`«${bokmal}» has more than one translation in src/lib/i18n/: name the one meant with ui()`);
  return values ? fill(site, values) : site;
}

/** Text made safe to put in a regular expression. */
export const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** t() as a regular expression that finds the text anywhere (for getByRole's name and toMatch). */
export const tRe = (bokmal: string, values?: Record<string, string | number>): RegExp => new RegExp(escapeRe(t(bokmal, values)));

/** The site's base path from kommune.yaml ("/" or "/praksis/"), for links written in the built HTML. */
export const base = loadMunicipality().basePath;

/**
 * Interface text as a pattern: placeholders such as {time} match any text, and a space
 * matches any space (numbers like «10 000» are written with a no-break space).
 */
export function patternOf(text: string): RegExp {
  return new RegExp(text.split(/\{\w+\}/).map((part) => escapeRe(part).replace(/ /g, '\\s')).join('.*?'));
}

/** t() as a pattern (see patternOf): for messages with numbers, times or names in them. */
export const tPattern = (bokmal: string, values: Record<string, string | number> = {}): RegExp => patternOf(t(bokmal, values));
