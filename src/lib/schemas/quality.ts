import { z } from 'astro/zod';
import { contentRefSchema, dateSchema, idSchema, nonEmpty, sourceSchema } from './common.ts';

/**
 * Kvalitetssjekken: a municipality scores its own practice work, indicator by indicator,
 * from 1 to 5. Each file in content/kvalitetssjekk/ is one part of the method (a group)
 * with its indicators. A municipality may edit, add or remove indicators; the build
 * checks every file against this schema.
 */

const percent = z.number({ error: 'et tall mellom 0 og 100 (prosent)' }).min(0, 'et tall mellom 0 og 100 (prosent)').max(100, 'et tall mellom 0 og 100 (prosent)');

/** A published figure the municipality compares its own with: always with its year, source and what is measured. */
export const benchmarkSchema = z
  .object({
    /** What exactly is counted, e.g. «ett år etter avsluttet program». Only the same measure may be compared. */
    measure: nonEmpty,
    label: nonEmpty,
    value: percent,
    year: z.number({ error: 'årstallet tallet gjelder, for eksempel 2023' }).int().min(2000).max(2100),
    source: sourceSchema,
  })
  .strict();
export type Benchmark = z.infer<typeof benchmarkSchema>;

export const indicatorSchema = z
  .object({
    /** Stable: saved answers are kept by it. Change the text, never the id. */
    id: idSchema,
    title: nonEmpty.max(90, 'en kort tittel (høyst 90 tegn)'),
    /** What is measured, in plain words. */
    measures: nonEmpty,
    /** What the practice looks like at 1, 3 and 5; 2 and 4 lie between. */
    levels: z
      .object({
        1: nonEmpty,
        3: nonEmpty,
        5: nonEmpty,
      }, { error: 'feltene 1, 3 og 5 med en beskrivelse av hvert nivå' })
      .strict(),
    /** Where the handbook explains how to improve: method cards first, they are shown with the weakest indicators. */
    readMore: z.array(contentRefSchema).min(1, 'minst én side i håndboka å lese mer på, for eksempel «metoder/fadderordning»'),
    /** A published figure to compare with; the municipality's own figure and goal are entered in the check. */
    benchmark: benchmarkSchema.optional(),
  })
  .strict();
export type IndicatorData = z.infer<typeof indicatorSchema>;

export const qualityGroupSchema = z
  .object({
    title: nonEmpty,
    summary: nonEmpty.max(250, 'én eller to korte setninger (høyst 250 tegn)'),
    order: z.number({ error: 'et tall som sier hvor delen står i kvalitetssjekken' }).int().min(1),
    reviewed: dateSchema,
    indicators: z.array(indicatorSchema).min(1, 'minst én indikator').max(8, 'høyst 8 indikatorer i én del; del heller opp'),
  })
  .strict()
  .superRefine((group, ctx) => {
    const seen = new Map<string, number>();
    group.indicators.forEach((indicator, i) => {
      const first = seen.get(indicator.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `en id som ikke er brukt før i fila («${indicator.id}» står allerede i indicators[${first}])` });
      } else seen.set(indicator.id, i);
    });
  });
export type QualityGroupData = z.infer<typeof qualityGroupSchema>;
