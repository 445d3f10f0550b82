import { formatDate } from './dates';
import { ui } from './i18n';

/** Built once per build: the date a page without its own review date was published. */
const PUBLISHED = new Date();

/** A CSS string literal: quotes and backslashes escaped, no line breaks. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
}

/**
 * The line at the foot of every printed sheet: web address, municipality and the date the
 * content was last reviewed (or published). Given to print.css as a custom property on
 * <html>, which the @page margin boxes inherit; no script and no inline style element.
 */
export function printFooter(url: string, municipality: string, reviewed?: Date): string {
  const t = ui();
  const date = reviewed ? `${t.reviewed}: ${formatDate(reviewed)}` : `${t.finish.printPublished}: ${formatDate(PUBLISHED)}`;
  return `--print-footer: ${cssString(`${url} · ${municipality} · ${date}`)}`;
}
