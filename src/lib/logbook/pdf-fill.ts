import type { FormData } from '../schemas/form.ts';
import type { FormFill } from '../pdf/form-pdf.ts';
import { formFieldName } from '../pdf/field-names.ts';
import { formatShortDate } from '../dates.ts';
import { QUESTION_IDS, weekNumber, type LogbookWeek } from './model.ts';

/** The repeated section of the paper logbook that holds one week. */
export const WEEK_SECTION = 'uke';

/**
 * The paper logbook (content/skjema/loggbok), with as many weeks as were written and the
 * answers filled in: the PDF a participant brings to the three-party meeting.
 */
export function logbookPdf(form: FormData, weeks: readonly LogbookWeek[]): { form: FormData; fill: FormFill } {
  const copies = Math.max(1, weeks.length);
  const sections = form.sections.map((s) => (s.id === WEEK_SECTION ? { ...s, repeat: copies } : s));
  const section = sections.find((s) => s.id === WEEK_SECTION);
  if (!section) throw new Error(`Loggboka mangler delen «${WEEK_SECTION}»`);
  const has = new Set(section.fields.map((f) => f.id));
  const fill: FormFill = {};
  weeks.forEach((week, i) => {
    const name = (id: string) => formFieldName(WEEK_SECTION, id, i + 1, copies);
    if (has.has('uke')) fill[name('uke')] = String(weekNumber(week.weekStart));
    if (has.has('dato')) fill[name('dato')] = formatShortDate(week.weekStart);
    for (const q of QUESTION_IDS) if (has.has(q) && week.answers[q]?.trim()) fill[name(q)] = week.answers[q]!.trim();
  });
  return { form: { ...form, sections }, fill };
}
