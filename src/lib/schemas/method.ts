import { z } from 'astro/zod';
import { contentRefSchema, dateSchema, lawRefSchema, nonEmpty, roleSchema, sourceSchema, contentLanguageSchema } from './common.ts';

/** Where in the placement a method is used. */
export const STAGES = ['for', 'under', 'etter'] as const;
export const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  for: 'Før praksis',
  under: 'Under praksis',
  etter: 'Etter praksis',
};

/** A method card: the key facts sit in front matter so every card has the same parts. */
export const methodSchema = z
  .object({
    title: nonEmpty,
    summary: nonEmpty.max(250, 'én eller to korte setninger (høyst 250 tegn)'),
    aliases: z.array(nonEmpty).default([]),
    roles: z.array(roleSchema).min(1, 'minst én rolle'),
    reviewed: dateSchema,
    language: contentLanguageSchema,
    what: nonEmpty,
    why: nonEmpty,
    who: z.array(nonEmpty).min(1, 'minst én som deltar'),
    stages: z.array(z.enum(STAGES, { error: 'før, under eller etter: skriv «for», «under» eller «etter»' })).min(1),
    when: nonEmpty,
    time: nonEmpty,
    steps: z.array(nonEmpty).min(2, 'minst to steg'),
    tips: z.array(nonEmpty).min(1, 'minst ett tips'),
    tools: z.array(contentRefSchema).default([]),
    sources: z.array(sourceSchema).min(1, 'minst én kilde'),
    law: z.array(lawRefSchema).default([]),
  })
  .strict();
export type MethodData = z.infer<typeof methodSchema>;
