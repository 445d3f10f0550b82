import type { FormField } from '../schemas/form.ts';
import type { FormFill, PdfForm as DrawnForm } from '../pdf/form-pdf.ts';
import { TRANSLATION_AFTER } from '../pdf/languages.ts';
import { SOURCE_LANG } from '../languages/files.ts';
import { formFieldName } from '../pdf/field-names.ts';
import { formatShortDate } from '../dates.ts';
import { QUESTION_IDS, weekNumber, type LogbookWeek } from './model.ts';
import { say, type LogbookText } from './strings.ts';

/** The repeated section of the logbook PDF that holds one week. */
export const WEEK_SECTION = 'uke';

type PdfForm = Omit<DrawnForm, 'reviewed'> & { reviewed: Date };

/** Norwegian, and under it the participant's language when one is chosen (the PDF draws each line in its own direction). */
function both(nb: LogbookText, tr: LogbookText | undefined, id: string): string {
  const no = say(nb, id) ?? id;
  const other = say(tr, id);
  return other ? `${no}${TRANSLATION_AFTER.text}${other}` : no;
}

/**
 * The logbook PDF a participant brings to the three-party meeting: exactly the web
 * logbook's questions (issue 27: no fields the web never asked for), one section a week,
 * in Norwegian with the chosen language under each question. The answers are the fields'
 * values, in whatever script they were typed. The Norwegian is the translations' source,
 * bokmål; the hints under it are in `trLang` (the chosen language's code), tagged with it.
 */
export function logbookPdfForm(nb: LogbookText, tr: LogbookText | undefined, weeks: number, reviewed: Date, trLang?: string): PdfForm {
  const fields: FormField[] = [
    { id: 'uke', label: say(nb, 'pdfWeekNumber') ?? 'Uke', type: 'text', ...(say(tr, 'pdfWeekNumber') ? { help: say(tr, 'pdfWeekNumber') } : {}) },
    { id: 'dato', label: say(nb, 'pdfWeekStart') ?? 'Dato', type: 'text', ...(say(tr, 'pdfWeekStart') ? { help: say(tr, 'pdfWeekStart') } : {}) },
    ...QUESTION_IDS.map((q): FormField => {
      const other = say(tr, `questions.${q}`);
      return { id: q, label: say(nb, `questions.${q}`) ?? q, type: 'textarea', lines: q === 'nye-ord' ? 4 : 3, ...(other ? { help: other } : {}) };
    }),
  ];
  return {
    title: both(nb, tr, 'title').replace(TRANSLATION_AFTER.text, TRANSLATION_AFTER.title),
    summary: both(nb, tr, 'intro'),
    kind: 'loggbok',
    language: SOURCE_LANG,
    ...(tr && trLang ? { helpLanguage: trLang } : {}),
    order: 1,
    roles: ['deltaker'],
    reviewed,
    sections: [{ id: WEEK_SECTION, title: both(nb, tr, 'pdfSection').replace(TRANSLATION_AFTER.text, TRANSLATION_AFTER.title), repeat: Math.max(1, weeks), repeatLabel: say(nb, 'week', { n: '' })?.trim().toLowerCase() || 'uke', fields }],
  };
}

/** The weeks' answers as the PDF's field values. */
export function logbookPdf(form: PdfForm, weeks: readonly LogbookWeek[]): { form: PdfForm; fill: FormFill } {
  const section = form.sections.find((s) => s.id === WEEK_SECTION);
  if (!section) throw new Error(`Loggboka mangler delen «${WEEK_SECTION}»`);
  const copies = section.repeat;
  const has = new Set(section.fields.map((f) => f.id));
  const fill: FormFill = {};
  weeks.forEach((week, i) => {
    const name = (id: string) => formFieldName(WEEK_SECTION, id, i + 1, copies);
    if (has.has('uke')) fill[name('uke')] = String(weekNumber(week.weekStart));
    if (has.has('dato')) fill[name('dato')] = formatShortDate(week.weekStart);
    for (const q of QUESTION_IDS) if (has.has(q) && week.answers[q]?.trim()) fill[name(q)] = week.answers[q]!.trim();
  });
  return { form, fill };
}
