/**
 * The search results' titles before their data: a build-time list of each indexed page's
 * address, title and content type by Pagefind's page id (written by src/integrations/
 * search-preload.ts, fetched by the search page with Pagefind). The first results then show
 * as soon as Pagefind has ranked them, and their excerpts follow when each page's data
 * (Pagefind's fragment, one more round trip) arrives.
 */
export type PageList = Record<string, readonly [url: string, title: string, type: string]>;

/** The address Pagefind gives a result (its `fullUrl` with `baseUrl` = the site's base). */
export function resultUrl(base: string, url: string): string {
  if (/^(https?:)?\/\//.test(url)) return url;
  return `${base}/${url}`.replace(/\/+/g, '/');
}
