import { z } from 'astro/zod';
import { dateSchema, idSchema, nonEmpty, roleSchema, contentLanguageSchema } from './common.ts';

export const FORM_KINDS = ['loggbok', 'praksisavtale', 'trekantsamtale', 'kartlegging', 'sluttvurdering', 'forste-dag', 'samarbeidsavtale', 'nettverksregister', 'annet'] as const;
export const FIELD_TYPES = ['text', 'textarea', 'date', 'checkbox', 'signature'] as const;
/**
 * What a field can start with when the form is opened from a follow-up (see src/lib/forms/prefill.ts).
 * A form is described once: the HTML form, its prefill and its PDF all read these definitions.
 */
export const PREFILL_KEYS = [
  'deltaker', 'praksisplass', 'fadder', 'veileder', 'startdato', 'sluttdato', 'plan', 'oppgaver', 'idag',
  'motedato', 'avtalt', 'neste-mote', 'mestrer-sprak', 'mestrer-egnethet', 'mestrer-arbeid', 'attest-innledning',
  // Offered with a button, never filled on its own: personal suitability in a certificate is the caseworker's choice.
  'forslag-egnethet',
] as const;

export const formFieldSchema = z
  .object({
    id: idSchema,
    label: nonEmpty,
    type: z.enum(FIELD_TYPES, { error: `en felttype: ${FIELD_TYPES.join(', ')}` }),
    help: nonEmpty.optional(),
    /** Writing lines for a textarea: room for handwriting on paper. */
    lines: z.number().int().min(1).max(30).optional(),
    /** The browser form refuses to finish without it; the paper form marks it. */
    required: z.boolean().optional(),
    prefill: z.enum(PREFILL_KEYS, { error: `en av: ${PREFILL_KEYS.join(', ')}` }).optional(),
  })
  .strict();
export type FormField = z.infer<typeof formFieldSchema>;

export const formSectionSchema = z
  .object({
    id: idSchema,
    title: nonEmpty,
    help: nonEmpty.optional(),
    /** Print the section this many times, e.g. once per weekday in a logbook. */
    repeat: z.number().int().min(1).max(10).default(1),
    repeatLabel: nonEmpty.optional(),
    fields: z.array(formFieldSchema).min(1, 'minst ett felt'),
  })
  .strict();
export type FormSection = z.infer<typeof formSectionSchema>;

/** A form or tool: the page and its fillable PDF both read these sections. */
export const formSchema = z
  .object({
    title: nonEmpty,
    summary: nonEmpty.max(250, 'én eller to korte setninger (høyst 250 tegn)'),
    kind: z.enum(FORM_KINDS, { error: `en skjematype: ${FORM_KINDS.join(', ')}` }),
    order: z.number().int().min(1),
    roles: z.array(roleSchema).min(1, 'minst én rolle'),
    reviewed: dateSchema,
    language: contentLanguageSchema,
    sections: z.array(formSectionSchema).min(1, 'minst én del med felt'),
  })
  .strict()
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.sections.forEach((section, s) =>
      section.fields.forEach((field, f) => {
        const key = `${section.id}.${field.id}`;
        if (seen.has(key)) {
          ctx.addIssue({ code: 'custom', path: ['sections', s, 'fields', f, 'id'], message: `en felt-id som ikke er brukt før i skjemaet («${key}» finnes allerede)` });
        }
        seen.add(key);
      }),
    );
  });
export type FormData = z.infer<typeof formSchema>;
