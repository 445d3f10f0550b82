import { getCollection } from 'astro:content';
import type { Plan } from '../plan/model.ts';

/** Reading order for each collection, so every list on the site agrees. */
export async function handbookChapters() {
  return (await getCollection('handbok')).sort((a, b) => a.data.order - b.data.order);
}

export async function methodCards() {
  return (await getCollection('metoder')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'nb'));
}

export async function forms() {
  return (await getCollection('skjema')).sort((a, b) => a.data.order - b.data.order);
}

export async function roleGuides() {
  return getCollection('roller');
}

/** Published plans only: a plan with draft: true is still being written. */
export async function plans(): Promise<Plan[]> {
  const entries = await getCollection('planer', (e) => !e.data.draft);
  return entries
    .map((e) => ({ ...e.data, slug: e.id, ...(e.filePath ? { filePath: e.filePath } : {}) }))
    .sort((a, b) => a.title.localeCompare(b.title, 'nb'));
}
