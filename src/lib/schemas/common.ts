import { z } from 'astro/zod';

/** The four audiences the site serves; pages declare which of them they are for. */
export const ROLES = ['fadder', 'veileder', 'deltaker', 'kommune'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** A kebab-case identifier: stable across edits, safe in URLs, storage keys and PDF field names. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'små bokstaver a–z, tall og bindestrek, for eksempel «hilser-kolleger»');

/** YAML gives a Date for an unquoted 2026-11-24; a quoted one arrives as a string. Accept both. */
export const dateSchema = z.coerce.date({ error: 'en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-11-24' });

/**
 * The written language of a content file. Shared content is bokmål; a copy's own file is in
 * the copy's language (kommune.yaml) unless it says otherwise here. Pages mark the text with
 * it (lang), so screen readers pronounce it right (WCAG 3.1.2).
 */
export const CONTENT_LANGUAGES = ['nb', 'nn'] as const;
export const contentLanguageSchema = z.enum(CONTENT_LANGUAGES, { error: 'språket «nb» (bokmål) eller «nn» (nynorsk)' }).optional();

export const nonEmpty = z.string().trim().min(1, 'en tekst som ikke er tom');

/** A source document behind a fact: every figure on the site names one. */
export const sourceSchema = z.object({
  title: nonEmpty,
  publisher: nonEmpty.optional(),
  /** The year the source was published; "udatert" when the document itself has no date (never a guess). */
  year: z.union([z.number().int().min(1900).max(2100), z.literal('udatert')], { error: 'et årstall, for eksempel 2017, eller «udatert» hvis kilden ikke har dato' }),
  url: z.url().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A statement of law names the act and the section. */
export const lawRefSchema = z.object({
  act: nonEmpty,
  section: nonEmpty,
  text: nonEmpty,
});
export type LawRef = z.infer<typeof lawRefSchema>;

/** A link to another page of the site, written as "collection/id" so the build can check it exists. */
export const contentRefSchema = z
  .string()
  .regex(
    /^(handbok|metoder|planer|skjema|roller)\/[a-z0-9-]+$/,
    'en henvisning på formen «samling/id», for eksempel «skjema/loggbok» eller «planer/renhold»',
  );
