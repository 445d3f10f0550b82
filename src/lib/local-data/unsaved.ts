/**
 * Tells the rest of the page (the offline update notice) that typed work is not stored yet:
 * <html data-unsaved> while it is, so a new version of the site is never loaded over it.
 */
export function markUnsaved(unsaved: boolean): void {
  if (typeof document === 'undefined') return;
  if (unsaved) document.documentElement.dataset.unsaved = '';
  else delete document.documentElement.dataset.unsaved;
}
