import { z } from 'astro/zod';
import { contentRefSchema, dateSchema, idSchema, nonEmpty, contentLanguageSchema } from './common.ts';

/** How many situations a module practises, and how many choices each gives. */
export const SCENARIOS_PER_MODULE = { min: 3, max: 5 } as const;
export const CHOICES_PER_SCENARIO = 3;

export const scenarioChoiceSchema = z
  .object({
    text: nonEmpty.max(160, 'ett kort valg (høyst 160 tegn)'),
    feedback: nonEmpty,
    /** The choice the method recommends; exactly one per situation. */
    best: z.boolean().default(false),
  })
  .strict();
export type ScenarioChoice = z.infer<typeof scenarioChoiceSchema>;

/** A situation from a workplace, three things the mentor could do, and what the method says about each. */
export const scenarioSchema = z
  .object({
    id: idSchema,
    title: nonEmpty.max(80, 'en kort overskrift (høyst 80 tegn)'),
    situation: nonEmpty,
    question: nonEmpty,
    choices: z
      .array(scenarioChoiceSchema, { error: 'en liste med valg' })
      .length(CHOICES_PER_SCENARIO, `nøyaktig ${CHOICES_PER_SCENARIO} valg, hvert med tilbakemelding`),
    /** For the facilitator: questions a group can talk about after the situation. */
    discuss: z.array(nonEmpty).min(1, 'minst ett spørsmål til samtale i gruppa'),
  })
  .strict()
  .superRefine((scenario, ctx) => {
    const best = scenario.choices.filter((c) => c.best).length;
    if (scenario.choices.length === CHOICES_PER_SCENARIO && best !== 1) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `nøyaktig ett valg med «best: true» (fant ${best})` });
    }
  });
export type Scenario = z.infer<typeof scenarioSchema>;

/** Each module is one evening when a caseworker runs the course in a room: 3 × 2 hours in all. */
export const SESSION_MINUTES = 120;

export const sessionStepSchema = z
  .object({
    minutes: z.number().int().min(5).max(90),
    activity: nonEmpty,
  })
  .strict();

/** One module of the course for mentors (fadderkurset): short text in the MDX body, situations in front matter. */
export const courseModuleSchema = z
  .object({
    title: nonEmpty,
    summary: nonEmpty.max(250, 'én eller to korte setninger (høyst 250 tegn)'),
    order: z.number({ error: 'et tall som sier hvor modulen står i kurset' }).int().min(1),
    reviewed: dateSchema,
    language: contentLanguageSchema,
    minutes: z.number().int().min(5).max(60),
    /** What the course certificate lists for this module. */
    covers: z.array(nonEmpty.max(90, 'en kort linje (høyst 90 tegn)')).min(1, 'minst én linje').max(4, 'høyst 4 linjer'),
    /** The method cards the module builds on, as «metoder/id». */
    tools: z.array(contentRefSchema).min(1, 'minst ett metodekort'),
    /** For the one-page handout and the facilitator: the points to remember. */
    keyPoints: z.array(nonEmpty).min(2, 'minst to punkter').max(6, 'høyst 6 punkter'),
    /** For the facilitator: what to have ready for this module's session. */
    prepare: z.array(nonEmpty).min(1, 'minst én ting å forberede'),
    /** For the facilitator: the session's timetable, adding up to SESSION_MINUTES. */
    session: z
      .array(sessionStepSchema)
      .min(3, 'minst tre deler i samlingen')
      .refine((steps) => steps.reduce((sum, s) => sum + s.minutes, 0) === SESSION_MINUTES, {
        message: `deler som til sammen tar ${SESSION_MINUTES} minutter (to timer)`,
      }),
    scenarios: z
      .array(scenarioSchema, { error: 'en liste med situasjoner' })
      .min(SCENARIOS_PER_MODULE.min, `minst ${SCENARIOS_PER_MODULE.min} situasjoner`)
      .max(SCENARIOS_PER_MODULE.max, `høyst ${SCENARIOS_PER_MODULE.max} situasjoner`),
  })
  .strict()
  .superRefine((module, ctx) => {
    const seen = new Set<string>();
    module.scenarios.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'id'], message: `en id som ikke er brukt før i modulen («${s.id}» finnes allerede)` });
      seen.add(s.id);
    });
  });
export type CourseModuleData = z.infer<typeof courseModuleSchema>;
