import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './lib/content-check/collections';

/**
 * Collections come from content/ at the repository root, validated by the schemas in
 * src/lib/schemas (the same ones `npm run check-content` uses). Files starting with "_"
 * are notes and templates, not pages.
 */
function loaderFor(name: CollectionName) {
  return glob({ pattern: [COLLECTIONS[name].pattern, '!**/_*'], base: `./content/${name}` });
}

export const collections = {
  handbok: defineCollection({ loader: loaderFor('handbok'), schema: COLLECTIONS.handbok.schema }),
  metoder: defineCollection({ loader: loaderFor('metoder'), schema: COLLECTIONS.metoder.schema }),
  planer: defineCollection({ loader: loaderFor('planer'), schema: COLLECTIONS.planer.schema }),
  skjema: defineCollection({ loader: loaderFor('skjema'), schema: COLLECTIONS.skjema.schema }),
  roller: defineCollection({ loader: loaderFor('roller'), schema: COLLECTIONS.roller.schema }),
  kvalitetssjekk: defineCollection({ loader: loaderFor('kvalitetssjekk'), schema: COLLECTIONS.kvalitetssjekk.schema }),
};
