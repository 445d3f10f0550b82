/** Every internal link goes through here so the site works from a domain root and from a sub-path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${base}${clean}`;
}

/** Route of a content entry, from a "collection/id" reference. */
export function refHref(ref: string): string {
  return href(`/${ref}/`);
}
