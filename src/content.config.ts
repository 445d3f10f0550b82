import { defineCollection } from 'astro:content';
import { COLLECTIONS, type CollectionName } from './lib/content-check/collections';
import { layeredLoader } from './lib/content/loader';

/**
 * Collections come from the shared content/ with the municipality's lokalt/ on top (overrides,
 * hidden pages, plan extensions: see src/lib/content/layers.ts), validated by the schemas in
 * src/lib/schemas (the same ones `npm run check-content` uses). Files starting with "_"
 * are notes and templates, not pages.
 */
function loaderFor(name: CollectionName) {
  return layeredLoader(name);
}

export const collections = {
  handbok: defineCollection({ loader: loaderFor('handbok'), schema: COLLECTIONS.handbok.schema }),
  metoder: defineCollection({ loader: loaderFor('metoder'), schema: COLLECTIONS.metoder.schema }),
  planer: defineCollection({ loader: loaderFor('planer'), schema: COLLECTIONS.planer.schema }),
  skjema: defineCollection({ loader: loaderFor('skjema'), schema: COLLECTIONS.skjema.schema }),
  roller: defineCollection({ loader: loaderFor('roller'), schema: COLLECTIONS.roller.schema }),
  fadderkurs: defineCollection({ loader: loaderFor('fadderkurs'), schema: COLLECTIONS.fadderkurs.schema }),
  kvalitetssjekk: defineCollection({ loader: loaderFor('kvalitetssjekk'), schema: COLLECTIONS.kvalitetssjekk.schema }),
};
