import { getEntry } from 'astro:content';
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
      const entry = await getEntry(collection, id);
      return entry ? [{ ref, title: entry.data.title, href: refHref(ref) }] : [];
    }),
  );
  return resolved.flat();
}
