import type { FormData } from '../schemas/form.ts';
import type { FormFill } from '../pdf/form-pdf.ts';
import { formatShortDate, parseShortDate } from '../dates.ts';
import { formInputs, type FormInput } from './inputs.ts';
import { fill } from '../i18n/fill.ts';
import { formMessages } from './messages.ts';

const TEXT = formMessages();

/** Answers keyed by input name (see inputs.ts). Dates are stored ISO when they are real dates. */
export type FormValues = Record<string, string | boolean>;

/** Limits that keep a form printable; a longer value is refused with a message, never cut. */
export const MAX_LENGTH = { text: 200, date: 10, signature: 10, textarea: 10_000 } as const;

export interface FieldError {
  name: string;
  message: string;
}

/** Pasted text arrives in many shapes: trimmed ends are not, but NFC and line endings are normalised. */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n');
}

function label(input: FormInput): string {
  // A signature field is a date beside a line to sign on; the message names it as the field does.
  const own = input.field.type === 'signature' ? fill(TEXT.signatureDate, { label: input.field.label }) : input.field.label;
  return input.section.repeat > 1 ? `${own} (${input.context})` : own;
}

/** Checks every answer; the messages name the field so the error summary can link to it. */
export function validateAnswers(form: Pick<FormData, 'sections'>, values: FormValues): FieldError[] {
  const errors: FieldError[] = [];
  for (const input of formInputs(form)) {
    const value = values[input.name];
    const { field } = input;
    if (field.type === 'checkbox') continue;
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) {
      if (field.required) errors.push({ name: input.name, message: fill(TEXT.required, { label: label(input) }) });
      continue;
    }
    if ((field.type === 'date' || field.type === 'signature') && !parseShortDate(text)) {
      errors.push({ name: input.name, message: fill(TEXT.date, { label: label(input) }) });
      continue;
    }
    const max = MAX_LENGTH[field.type];
    if (text.length > max) errors.push({ name: input.name, message: fill(TEXT.tooLong, { label: label(input), max: max.toLocaleString('nb-NO'), n: text.length.toLocaleString('nb-NO') }) });
  }
  return errors;
}

/** What the user typed, as stored: a valid date becomes ISO, anything else stays as typed. */
export function storedValue(input: Pick<FormInput, 'field'>, raw: string | boolean): string | boolean {
  if (typeof raw === 'boolean') return raw;
  const text = normaliseText(raw);
  if (input.field.type === 'date' || input.field.type === 'signature') return parseShortDate(text) ?? text;
  return text;
}

/** What an input shows for a stored value: ISO dates as dd.mm.åååå. */
export function shownValue(input: Pick<FormInput, 'field'>, value: string | boolean | undefined): string | boolean {
  if (typeof value === 'boolean') return value;
  if (value === undefined) return input.field.type === 'checkbox' ? false : '';
  return input.field.type === 'date' || input.field.type === 'signature' ? formatShortDate(value) : value;
}

/** The answers as PDF field values: the same names, dates written the Norwegian way. */
export function toPdfFill(form: Pick<FormData, 'sections'>, values: FormValues): FormFill {
  const fill: FormFill = {};
  for (const input of formInputs(form)) {
    const value = values[input.name];
    if (value === undefined || value === '') continue;
    fill[input.name] = typeof value === 'boolean' ? value : (shownValue(input, value) as string).trim();
  }
  return fill;
}

/** True when nothing has been typed: such a draft is not worth keeping. */
export function isEmpty(values: FormValues): boolean {
  return Object.values(values).every((v) => v === '' || v === false);
}
