import { z } from 'astro/zod';
import { planSchema, PLAN_SCHEMA_VERSION } from '../schemas/plan.ts';

/** The published JSON Schema for /planer/<slug>.json, generated from the same zod schema the build validates with. */
export function openDataJsonSchema() {
  const base = z.toJSONSchema(planSchema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  const properties = { ...(base.properties as Record<string, unknown>) };
  delete properties.draft;
  properties.reviewed = { type: 'string', format: 'date-time', description: 'Dato planen sist ble gjennomgått' };
  return {
    ...base,
    $id: `praksishandboka-plan-v${PLAN_SCHEMA_VERSION}`,
    title: 'Opplæringsplan for praksis (Praksishåndboka)',
    description: 'En bransjeplan med tre faser og tre målepunkter: sprak (språkutvikling), egnethet (personlig egnethet), arbeid (arbeidsutførsel).',
    properties: {
      $schema: { type: 'string' },
      schemaVersion: { const: PLAN_SCHEMA_VERSION },
      slug: { type: 'string' },
      ...properties,
    },
    required: ['schemaVersion', 'slug', ...((base.required as string[]) ?? []).filter((k) => k !== 'draft')],
  };
}
