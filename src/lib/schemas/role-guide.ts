import { z } from 'astro/zod';
import { dateSchema, nonEmpty, roleSchema, contentLanguageSchema } from './common.ts';

/** A guide written for one role, reached from the front page. */
export const roleGuideSchema = z
  .object({
    title: nonEmpty,
    summary: nonEmpty.max(250, 'én eller to korte setninger (høyst 250 tegn)'),
    role: roleSchema,
    reviewed: dateSchema,
    language: contentLanguageSchema,
    easyRead: z.boolean().default(false),
  })
  .strict();
export type RoleGuideData = z.infer<typeof roleGuideSchema>;
