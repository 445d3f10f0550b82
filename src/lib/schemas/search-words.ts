import { z } from 'astro/zod';

/** One search word: lower-case letters only, so it matches what the search splits text into. */
const word = z.string().regex(/^[a-zæøåéèüäö]+$/, 'ett ord med små bokstaver, uten mellomrom eller tegn, for eksempel «stønad»');
const words = z.array(word).min(1, 'minst ett ord');
const sitePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'en adresse på nettstedet som starter og slutter med /, for eksempel «/roller/fadder/»');

/** content/sok/synonymer.yaml: everyday words people search with, and the site's own words they mean. */
export const synonymsSchema = z
  .object({
    grupper: z.array(z.object({ ord: words, søkeord: words }).strict()),
    forst: z.array(z.object({ side: sitePath, ord: words }).strict()).default([]),
    /** Pages the search page offers when a question finds nothing (chosen by hand: the site counts no visits). */
    forslag: z.array(sitePath).default([]),
  })
  .strict();

/** content/sok/ordledd.yaml: the parts Norwegian compounds are built from. */
export const compoundPartsSchema = z
  .object({ ledd: z.array(z.string().regex(/^[a-zæøåé]{3,}$/, 'ett ordledd med minst tre små bokstaver, for eksempel «plass»')).min(1) })
  .strict();

/** content/sok/stoppord.yaml: small words the search page leaves out of a question. */
export const stopWordsSchema = z.object({ ord: words }).strict();

export type Synonyms = z.infer<typeof synonymsSchema>;
export type SynonymGroup = Synonyms['grupper'][number];
export type FeaturedPage = Synonyms['forst'][number];
