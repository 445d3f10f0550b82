import { getCollection } from 'astro:content';
import { buildCheck, type QualityCheck } from '../quality/check.ts';
import type { PageLinks } from '../quality/report.ts';
import { resolveRefs } from './refs.ts';

/** The quality check from content/kvalitetssjekk, in order. */
export async function qualityCheck(): Promise<QualityCheck> {
  return buildCheck((await getCollection('kvalitetssjekk')).map((e) => ({ id: e.id, data: e.data })));
}

/** Title and address of every page the indicators point to (the content guard has checked they exist). */
export async function qualityLinks(check: QualityCheck): Promise<PageLinks> {
  const refs = [...new Set(check.groups.flatMap((g) => g.indicators.flatMap((i) => i.readMore)))];
  return Object.fromEntries((await resolveRefs(refs)).map((r) => [r.ref, { title: r.title, href: r.href }]));
}
