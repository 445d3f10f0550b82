import { getEntry } from 'astro:content';
import { refHref } from '../paths.ts';

/** Resolves "collection/id" references (checked at build by the content guard) to a title and a link. */
export async function resolveRefs(refs: readonly string[]) {
  return Promise.all(
    refs.map(async (ref) => {
      const [collection, id] = ref.split('/') as ['handbok' | 'metoder' | 'planer' | 'skjema' | 'roller', string];
      const entry = await getEntry(collection, id);
      if (!entry) throw new Error(`Henvisningen «${ref}» peker ikke på noen side`);
      return { ref, title: entry.data.title, href: refHref(ref) };
    }),
  );
}
