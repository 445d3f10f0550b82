import { forms, handbookChapters, methodCards, plans, roleGuides } from '../content/entries';
import { ui } from '../i18n';

/** The title of each page a reader can be sent to from the search page, by its path. */
export async function pageTitles(): Promise<Map<string, string>> {
  const t = ui();
  const titles = new Map<string, string>([
    ['/handbok/', t.menu.handbook],
    ['/metoder/', t.menu.methods],
    ['/planer/', t.menu.plans],
    ['/skjema/', t.menu.forms],
  ]);
  for (const e of await handbookChapters()) titles.set(`/handbok/${e.id}/`, e.data.title);
  for (const e of await methodCards()) titles.set(`/metoder/${e.id}/`, e.data.title);
  for (const e of await forms()) titles.set(`/skjema/${e.id}/`, e.data.title);
  for (const e of await roleGuides()) titles.set(`/roller/${e.id}/`, e.data.title);
  for (const p of await plans()) titles.set(`/planer/${p.slug}/`, `Opplæringsplan: ${p.title}`);
  return titles;
}
