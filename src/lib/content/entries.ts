import { getCollection } from 'astro:content';
import type { Plan } from '../plan/model.ts';
import { withLanguage } from './provenance.ts';

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

/**
 * Published plans only: a plan with draft: true is still being written. A copy's own plan
 * carries its language (withLanguage): the workspace draws its PDF from the open data.
 */
export async function plans(): Promise<Plan[]> {
  const entries = await getCollection('planer', (e) => !e.data.draft);
  return entries
    .map((e) => ({ ...withLanguage(e), slug: e.id, ...(e.filePath ? { filePath: e.filePath } : {}) }))
    .sort((a, b) => a.title.localeCompare(b.title, 'nb'));
}
