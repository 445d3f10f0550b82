import { getCollection } from 'astro:content';
import { refHref } from '../paths.ts';

/**
 * Resolves "collection/id" references to a title and a link. The content guard has already
 * checked that each points at a page or at one this copy hides (lokalt/skjul.yaml); a hidden
 * one is left out here.
 */
export async function resolveRefs(refs: readonly string[]) {
  const resolved = await Promise.all(
    refs.map(async (ref) => {
      const [collection, id] = ref.split('/') as ['handbok' | 'metoder' | 'planer' | 'skjema' | 'roller', string];
      // Not getEntry: it warns about every hidden page it cannot find.
      const entry = (await getCollection(collection)).find((e) => e.id === id);
      return entry ? [{ ref, title: entry.data.title, href: refHref(ref) }] : [];
    }),
  );
  return resolved.flat();
}
