import type { APIRoute } from 'astro';
import { plans } from '../../lib/content/entries';
import { PLAN_SCHEMA_VERSION } from '../../lib/schemas/plan';
import { href } from '../../lib/paths';
import { pdfPath } from '../../lib/pdf/pdf-path';
import { loadMunicipality } from '../../lib/municipality';

/** The catalogue of all published plans, so other systems can find them without scraping pages. */
export const GET: APIRoute = async () => {
  const kommune = loadMunicipality();
  const absolute = (path: string) => new URL(href(path), kommune.siteUrl).toString();
  const body = {
    publisher: kommune.name,
    license: 'CC-BY-4.0',
    schemaVersion: PLAN_SCHEMA_VERSION,
    schema: absolute('/planer/schema.json'),
    plans: (await plans()).map((plan) => ({
      slug: plan.slug,
      title: plan.title,
      summary: plan.summary,
      reviewed: plan.reviewed.toISOString().slice(0, 10),
      json: absolute(`/planer/${plan.slug}.json`),
      page: absolute(`/planer/${plan.slug}/`),
      pdf: absolute(`/${pdfPath('planer', plan.slug)}`),
    })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
