import type { APIRoute, GetStaticPaths } from 'astro';
import { plans } from '../../lib/content/entries';
import { toOpenData, type Plan } from '../../lib/plan/model';

export const getStaticPaths: GetStaticPaths = async () =>
  (await plans()).map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(toOpenData((props as { plan: Plan }).plan), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
