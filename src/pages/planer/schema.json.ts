import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../lib/plan/json-schema';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(openDataJsonSchema(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
