import { z } from 'astro/zod';
import { planSchema, type PlanData } from '../schemas/plan.ts';
import { idSchema, nonEmpty } from '../schemas/common.ts';
import { MEASUREMENT_POINT_IDS, PHASES } from '../plan/structure.ts';
import { tasksOf } from '../plan/model.ts';
import { checkText, type CheckedFile, type ContentProblem } from '../content-check/check.ts';
import { describeIssue, formatPath } from '../content-check/messages.ts';
import { EXTENDS_KEY } from './layers.ts';

/**
 * A local plan that builds on a shared plan instead of copying it whole:
 *
 *   utvider: butikk             # the shared plan (content/planer/butikk.yaml)
 *   title: Butikk hos oss       # any top-level field may be replaced, except phases
 *   oppgaver:
 *     skjul: [kasse-oppgjor]    # leave tasks out
 *     omformuler:               # new wording, same id (saved checklists keep their marks)
 *       hilser-kunder: Hilser på kunder på norsk og på morsmålet
 *     leggTil:                  # new tasks
 *       - { fase: 1, malepunkt: arbeid, id: vasker-kurver, text: Vasker handlekurvene, etter: rydder-hyller }
 *
 * When the shared plan changes, the extension keeps working: new and changed tasks come
 * through, and only the tasks it names are affected.
 */
const PLAN_FIELDS = Object.keys(planSchema.shape).filter((k) => k !== 'phases');

const addedTask = z
  .object({
    fase: z.union(PHASES.map((p) => z.literal(p.number)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>], { error: 'fase 1, 2 eller 3' }),
    malepunkt: z.enum(MEASUREMENT_POINT_IDS, { error: `et målepunkt: ${MEASUREMENT_POINT_IDS.join(', ')}` }),
    id: idSchema,
    text: nonEmpty.max(120, 'en kort oppgavetekst, helst under 12 ord (høyst 120 tegn)'),
    etter: idSchema.optional(),
  })
  .strict();

function extensionSchema(base: PlanData) {
  const placed = tasksOf(base);
  const known = new Set(placed.map((t) => t.id));
  const unknown = (id: string) => `id-en til en oppgave i den felles planen («${id}» finnes ikke der)`;
  return z
    .object({
      [EXTENDS_KEY]: idSchema,
      oppgaver: z
        .object({
          skjul: z.array(idSchema).default([]),
          omformuler: z.record(z.string(), nonEmpty.max(120, 'en kort oppgavetekst (høyst 120 tegn)')).default({}),
          leggTil: z.array(addedTask).default([]),
        })
        .strict()
        .default({ skjul: [], omformuler: {}, leggTil: [] }),
      ...Object.fromEntries(PLAN_FIELDS.map((k) => [k, z.unknown().optional()])),
    })
    .strict()
    .superRefine((ext, ctx) => {
      const { skjul, omformuler, leggTil } = ext.oppgaver;
      skjul.forEach((id, i) => known.has(id) || ctx.addIssue({ code: 'custom', path: ['oppgaver', 'skjul', i], message: unknown(id) }));
      for (const id of Object.keys(omformuler)) if (!known.has(id)) ctx.addIssue({ code: 'custom', path: ['oppgaver', 'omformuler', id], message: unknown(id) });
      leggTil.forEach((t, i) => {
        if (known.has(t.id)) ctx.addIssue({ code: 'custom', path: ['oppgaver', 'leggTil', i, 'id'], message: `en ny id («${t.id}» finnes allerede i den felles planen)` });
        const samePlace = (o: { phase: number; point: string }) => o.phase === t.fase && o.point === t.malepunkt;
        if (t.etter && !placed.some((o) => o.id === t.etter && samePlace(o)) && !leggTil.some((o) => o.id === t.etter && o.fase === t.fase && o.malepunkt === t.malepunkt)) {
          ctx.addIssue({ code: 'custom', path: ['oppgaver', 'leggTil', i, 'etter'], message: `id-en til en oppgave i fase ${t.fase}, målepunkt ${t.malepunkt} («${t.etter}» står ikke der)` });
        }
      });
    });
}

/** Applies an extension to the shared plan's data; the result is a whole plan, validated again. */
export function extendPlan(file: string, text: string, base: PlanData): CheckedFile<PlanData> {
  const checked = checkText(file, text, extensionSchema(base));
  if (!checked.data) return { problems: checked.problems };
  const { oppgaver, [EXTENDS_KEY]: _target, ...fields } = checked.data as z.infer<ReturnType<typeof extensionSchema>>;
  const hidden = new Set(oppgaver.skjul);
  const phases = base.phases.map((phase) => ({
    ...phase,
    tasks: Object.fromEntries(
      MEASUREMENT_POINT_IDS.map((point) => {
        const tasks = phase.tasks[point]
          .filter((t) => !hidden.has(t.id))
          .map((t) => ({ ...t, text: oppgaver.omformuler[t.id] ?? t.text }));
        for (const added of oppgaver.leggTil.filter((t) => t.fase === phase.number && t.malepunkt === point)) {
          const after = added.etter ? tasks.findIndex((t) => t.id === added.etter) : -1;
          tasks.splice(after === -1 ? tasks.length : after + 1, 0, { id: added.id, text: added.text });
        }
        return [point, tasks];
      }),
    ) as PlanData['phases'][number]['tasks'],
  }));
  const merged = { ...base, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), phases };
  const result = planSchema.safeParse(merged, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  // The merged plan has no lines of its own; point at the extension's task section.
  const line = Math.max(1, text.split('\n').findIndex((l) => /^oppgaver\s*:/.test(l)) + 1);
  const problems: ContentProblem[] = result.error.issues.map((issue) => {
    const { what, expected } = describeIssue(issue as Parameters<typeof describeIssue>[0]);
    return { file, line, field: `${formatPath(issue.path)} (etter utvidelsen)`, what, expected };
  });
  return { problems };
}
