/**
 * The browser storage key for one kind of saved work, namespaced by the site's base path so
 * two copies of the site on one domain never read or overwrite each other's data.
 */
export function localKey(basePath: string, name: string): string {
  return `praksishandboka:${basePath.replace(/\/+$/, '') || '/'}:${name}`;
}
