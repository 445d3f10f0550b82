import { z } from 'astro/zod';
import { dateSchema, nonEmpty } from './common.ts';

export const LANGUAGES = ['nb', 'nn'] as const;

/** lokalt/kommune.yaml: the one place a municipality makes the site its own. */
const contactSchema = z
  .object({
    label: nonEmpty,
    value: nonEmpty,
    href: z.string().regex(/^(https?:|mailto:|tel:)/, 'en lenke som starter med https:, mailto: eller tel:').optional(),
  })
  .strict();

export const municipalitySchema = z
  .object({
    name: nonEmpty,
    shortName: nonEmpty,
    logo: z
      .object({
        file: z.string().regex(/^[\w./-]+\.(svg|png)$/, 'en SVG- eller PNG-fil i mappa lokalt/, for eksempel «logo.svg»'),
        alt: nonEmpty,
      })
      .strict(),
    brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'en farge som heksadesimal kode, for eksempel «#1E5A8C»'),
    contacts: z.array(contactSchema).min(1, 'minst én kontaktlinje'),
    siteUrl: z.url({ error: 'en full adresse, for eksempel «https://praksis.eksempel.kommune.no»' }),
    basePath: z
      .string()
      .regex(/^\/([\w-]+\/)*$/, 'en sti som starter og slutter med «/», for eksempel «/» eller «/praksis/»'),
    language: z.enum(LANGUAGES, { error: 'språket «nb» (bokmål) eller «nn» (nynorsk)' }).default('nb'),
    /** Offline support: a service worker and "Lagre håndboka for bruk uten nett". */
    offline: z.boolean({ error: '«true» (på) eller «false» (av)' }).default(true),
    /** The credit CC BY 4.0 asks for on the copy's own versions of shared pages, e.g. «Endret av Fjellvik kommune». */
    endretAv: nonEmpty.optional(),
    /** What only the municipality can say on /om/personvern/ (see ADOPTING.md). */
    personvern: z
      .object({
        /** The data protection officer: a service address, never one employee's private one. */
        ombud: contactSchema.optional(),
        /** Who runs the web server for the municipality (its processor), e.g. «Eksempel IKT AS». */
        databehandler: nonEmpty.optional(),
        /** How long the web server keeps its log, e.g. «30 dager». */
        lagringstid: nonEmpty.optional(),
        /** The day the municipality last checked the page against its own setup. */
        oppdatert: dateSchema.optional(),
      })
      .strict()
      .optional(),
    /** What only the municipality can say on /om/tilgjengelighet/. */
    tilgjengelighet: z
      .object({
        /** The municipality's own statement in Uutilsynet's service. */
        erklaering: z.url({ error: 'adressen til erklæringen på uustatus.no, for eksempel «https://uustatus.no/nb/erklaringer/publisert/…»' }).regex(/^https:\/\/(www\.)?uustatus\.no\//, 'adressen til erklæringen på uustatus.no, for eksempel «https://uustatus.no/nb/erklaringer/publisert/…»').optional(),
        /** True only when the copy's own CI runs `npm test` before every publication (see the example workflows). */
        testerVedHverEndring: z.boolean({ error: '«true» eller «false»' }).default(false),
        oppdatert: dateSchema.optional(),
      })
      .strict()
      .default({ testerVedHverEndring: false }),
    /**
     * The copy in catalogues of public software: the published /publiccode.yml is made from
     * the project's publiccode.yml and these lines, so a copy never edits the shared file.
     */
    publiccode: z
      .object({
        /** The address of the copy's own repository. */
        url: z.url({ error: 'adressen til depotet deres, for eksempel «https://github.com/eksempel-kommune/praksishandboka»' }),
        /** Where people read about the copy; the site itself when left out. */
        landingURL: z.url({ error: 'en full adresse som starter med https://' }).optional(),
        /** The municipality's address in a register, for example its page in Brønnøysundregistrene. */
        organisationUri: z.url({ error: 'en full adresse som starter med https://' }).optional(),
        /** Who maintains the copy: a service, never one employee's private address. */
        contacts: z
          .array(z.object({ name: nonEmpty, email: z.email({ error: 'en e-postadresse, for eksempel «praksis@eksempel.kommune.no»' }).optional() }).strict())
          .min(1, 'minst én kontakt')
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Municipality = z.infer<typeof municipalitySchema>;
