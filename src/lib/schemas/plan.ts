import { z } from 'astro/zod';
import { dateSchema, idSchema, nonEmpty, sourceSchema, contentLanguageSchema } from './common.ts';
import { MEASUREMENT_POINT_IDS, PHASES, TASKS_PER_POINT } from '../plan/structure.ts';

/** Bump when the shape of a plan changes; published with every plan as open data. */
export const PLAN_SCHEMA_VERSION = 1;

export const taskSchema = z.object({
  id: idSchema,
  text: nonEmpty.max(120, 'en kort oppgavetekst, helst under 12 ord (høyst 120 tegn)'),
});
export type Task = z.infer<typeof taskSchema>;

const tasksForPoint = z
  .array(taskSchema, { error: 'en liste med oppgaver' })
  .min(TASKS_PER_POINT.min, `minst ${TASKS_PER_POINT.min} oppgaver`)
  .max(TASKS_PER_POINT.max, `høyst ${TASKS_PER_POINT.max} oppgaver`);

export const wordSchema = z.object({
  word: nonEmpty,
  explanation: nonEmpty,
});
export type Word = z.infer<typeof wordSchema>;

export const phaseSchema = z.object({
  number: z.union(PHASES.map((p) => z.literal(p.number)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>], {
    error: 'fasenummer 1, 2 eller 3',
  }),
  focus: nonEmpty,
  tasks: z.object({
    sprak: tasksForPoint,
    egnethet: tasksForPoint,
    arbeid: tasksForPoint,
  }).strict(),
  words: z.array(wordSchema).min(3, 'minst 3 ord å lære'),
});
export type Phase = z.infer<typeof phaseSchema>;

export const safetyRuleSchema = z.object({
  title: nonEmpty,
  text: nonEmpty,
  source: nonEmpty,
});

export const courseSchema = z.object({
  name: nonEmpty,
  text: nonEmpty,
});

export const planSchema = z
  .object({
    title: nonEmpty,
    summary: nonEmpty.max(200, 'én kort linje (høyst 200 tegn)'),
    draft: z.boolean().default(false),
    reviewed: dateSchema,
    language: contentLanguageSchema,
    intro: nonEmpty,
    workplaces: z.array(nonEmpty).min(1, 'minst ett typisk arbeidssted'),
    demands: z.array(nonEmpty).min(1, 'minst ett krav jobben stiller'),
    phases: z
      .array(phaseSchema)
      .length(3, 'nøyaktig tre faser')
      .refine((phases) => phases.every((p, i) => p.number === i + 1), 'fasene i rekkefølge 1, 2, 3'),
    safety: z.array(safetyRuleSchema).min(1, 'minst én HMS-regel med kilde'),
    courses: z.array(courseSchema).min(1, 'minst ett kurs eller sertifikat'),
    onward: z.array(nonEmpty).min(1, 'minst én yrkestittel eller vei videre'),
    sources: z.array(sourceSchema).default([]),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const seen = new Map<string, string>();
    plan.phases.forEach((phase, p) => {
      for (const point of MEASUREMENT_POINT_IDS) {
        phase.tasks[point].forEach((task, t) => {
          const where = `phases[${p}].tasks.${point}[${t}]`;
          const first = seen.get(task.id);
          if (first) {
            ctx.addIssue({
              code: 'custom',
              path: ['phases', p, 'tasks', point, t, 'id'],
              message: `en id som ikke er brukt før i planen («${task.id}» står allerede i ${first})`,
            });
          } else seen.set(task.id, where);
        });
      }
    });
  });

export type PlanData = z.infer<typeof planSchema>;
