import type { FormData, FormField, FormSection } from '../schemas/form.ts';
import { formFieldName } from '../pdf/field-names.ts';

/** One input of a form as filled: a field in one copy of its section. */
export interface FormInput {
  section: FormSection;
  field: FormField;
  /** 1-based copy of a repeated section (each logbook week, say). */
  copy: number;
  /** The answer's key: the same name as the field in the PDF, so the two never disagree. */
  name: string;
  /** The section's title with its copy number: part of the accessible name. */
  context: string;
}

export function sectionTitle(section: FormSection, copy: number): string {
  return section.repeat > 1 ? `${section.title} – ${section.repeatLabel ?? 'del'} ${copy}` : section.title;
}

/** Every input of a form in reading order; the HTML form, validation, prefill and PDF read this. */
export function formInputs(form: Pick<FormData, 'sections'>): FormInput[] {
  return form.sections.flatMap((section) =>
    Array.from({ length: section.repeat }, (_, i) =>
      section.fields.map((field) => ({ section, field, copy: i + 1, name: formFieldName(section.id, field.id, i + 1, section.repeat), context: sectionTitle(section, i + 1) })),
    ).flat(),
  );
}
