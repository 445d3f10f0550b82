import { z } from 'astro/zod';
import { dateSchema, nonEmpty, roleSchema, sourceSchema, contentLanguageSchema } from './common.ts';

export const handbookSchema = z
  .object({
    title: nonEmpty,
    summary: nonEmpty.max(250, 'én eller to korte setninger (høyst 250 tegn)'),
    order: z.number({ error: 'et tall som sier hvor kapitlet står i håndboka' }).int().min(1),
    roles: z.array(roleSchema).min(1, 'minst én rolle: fadder, veileder, deltaker eller kommune'),
    reviewed: dateSchema,
    language: contentLanguageSchema,
    sources: z.array(sourceSchema).default([]),
  })
  .strict();
export type HandbookData = z.infer<typeof handbookSchema>;
