import type { FollowUp } from '../followup/types.ts';
import type { FormData } from '../schemas/form.ts';
import { isEmpty } from '../forms/answers.ts';
import { todayIso } from '../dates.ts';

/**
 * What goes into a follow-up's archive package («Last ned for arkivering»): the filled plan
 * with its current levels, and every form filled for the follow-up (each referat, the
 * praksisavtale, the kartlegging, the sluttvurdering, the praksisattest) as a PDF named by
 * date and document type, never by a name: the package ends up in download folders and
 * case systems. A list of the documents, as JSON and CSV, goes with them.
 */

/** A form definition as the site publishes it (skjema/<id>.json): dates as yyyy-mm-dd. */
export type PublishedForm = Omit<FormData, 'reviewed'>;

export type ArchiveDocument =
  | { kind: 'plan'; file: string; title: string; type: string; date: string }
  | { kind: 'form'; file: string; title: string; type: string; date: string; formId: string; values: Record<string, string | boolean>; meetingDate?: string };

/** The form that holds one referat per three-party meeting. */
const REFERAT_FORM = 'trekantsamtale';

/** Lowercase ASCII for a file name: å → a, æ → ae, ø → o, anything else → -. */
function slug(text: string): string {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The documents of one follow-up, oldest first. A referat is dated by its meeting, another
 * form by its last change, the plan by today (its levels are today's). Forms that are not
 * published any more, and forms with nothing typed, are left out.
 */
export function archiveDocuments(followUp: FollowUp, planTitle: string, forms: Record<string, PublishedForm>, today: Date): ArchiveDocument[] {
  const docs: ArchiveDocument[] = [];
  const todayText = todayIso(today);
  docs.push({ kind: 'plan', file: '', title: `Opplæringsplan: ${planTitle}`, type: `opplaeringsplan-${slug(followUp.planSlug)}`, date: todayText });
  for (const answers of Object.values(followUp.forms ?? {})) {
    const form = forms[answers.formId];
    if (!form || isEmpty(answers.values)) continue;
    const meeting = answers.meetingId ? followUp.meetings.find((m) => m.id === answers.meetingId) : undefined;
    const referat = answers.formId === REFERAT_FORM && meeting;
    docs.push({
      kind: 'form',
      file: '',
      title: form.title,
      type: referat ? `referat-${slug(answers.formId)}` : slug(answers.formId),
      date: meeting?.date ?? answers.updatedAt.slice(0, 10),
      formId: answers.formId,
      values: answers.values,
      ...(meeting ? { meetingDate: meeting.date } : {}),
    });
  }
  docs.sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type));
  // Two documents of one type on one day get a number, so no file overwrites another.
  const used = new Map<string, number>();
  for (const doc of docs) {
    const base = `${doc.date}-${doc.type}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    doc.file = `${n > 1 ? `${base}-${n}` : base}.pdf`;
  }
  return docs;
}

/** The list a records officer files by: one row per document. */
export function documentList(docs: readonly ArchiveDocument[]): { json: string; csv: string } {
  const rows = docs.map((d) => ({ fil: d.file, tittel: d.title, type: d.type, dato: d.date, motedato: d.kind === 'form' ? (d.meetingDate ?? '') : '' }));
  const cell = (v: string) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  // Semicolons, as Norwegian spreadsheets expect; a byte-order mark so Excel reads UTF-8.
  const csv = `\uFEFF${['fil;tittel;type;dato;motedato', ...rows.map((r) => [r.fil, r.tittel, r.type, r.dato, r.motedato].map(cell).join(';'))].join('\r\n')}\r\n`;
  return { json: `${JSON.stringify({ dokumenter: rows }, null, 2)}\n`, csv };
}

/** The package's own name: the day, never a name. */
export function archiveFileName(today: Date): string {
  return `oppfolging-arkiv-${todayIso(today)}.zip`;
}
