import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './lib/content-check/collections';

/** Collections come from content/ at the repository root, validated by the schemas in src/lib/schemas. */
function fromContentFolder<N extends CollectionName>(name: N) {
  const { pattern, schema } = COLLECTIONS[name];
  // Files starting with "_" are notes and templates, not pages.
  return defineCollection({ loader: glob({ pattern: [pattern, '!**/_*'], base: `./content/${name}` }), schema });
}

export const collections = {
  handbok: fromContentFolder('handbok'),
  metoder: fromContentFolder('metoder'),
  planer: fromContentFolder('planer'),
  skjema: fromContentFolder('skjema'),
  roller: fromContentFolder('roller'),
};
