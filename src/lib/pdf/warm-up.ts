import type { PlanData } from '../schemas/plan.ts';
import { MEASUREMENT_POINTS, TASKS_PER_POINT } from '../plan/structure.ts';
import type { Issuer, LoadedFaces } from './document.ts';
import { buildPlanPdf, type PlanFill } from './plan-pdf.ts';

/** A valid plan of made-up Norwegian text, the smallest a plan may be; never shown to anyone. */
export function samplePlan(): PlanData {
  const words = [1, 2, 3].map((n) => ({ word: `ord ${n}`, explanation: 'forklaring' }));
  const phases = ([1, 2, 3] as const).map((number) => ({
    number,
    focus: 'Deltakeren blir kjent med arbeidsplassen, kollegaene og de vanligste oppgavene.',
    tasks: Object.fromEntries(
      MEASUREMENT_POINTS.map((point) => [point.id, Array.from({ length: TASKS_PER_POINT.min }, (_, i) => i + 1).map((k) => ({ id: `${point.id}-${number}-${k}`, text: `Øver på oppgave ${k} i fase ${number}, med støtte fra fadder på arbeidsplassen` }))]),
    ) as PlanData['phases'][number]['tasks'],
    words,
  }));
  return {
    title: 'Oppvarming',
    summary: 'En plan som bare varmer opp PDF-koden.',
    draft: false,
    reviewed: new Date('2026-01-01'),
    intro: 'Oppvarming.',
    workplaces: ['Arbeidsplass'],
    demands: ['Krav'],
    phases,
    safety: [{ title: 'Regel', text: 'Tekst', source: 'Kilde' }],
    courses: [{ name: 'Kurs', text: 'Tekst' }],
    onward: ['Videre'],
    sources: [],
  };
}

let warm: Promise<void> | undefined;

/**
 * Draws and saves a sample plan once per worker while the page is idle. A JavaScript engine
 * runs code it has not seen yet slowly and compiles the code that runs often; after this the
 * first real click costs about what the second does. The file is thrown away.
 */
export function warmUp(faces: LoadedFaces, issuer: Issuer): Promise<void> {
  warm ??= (async () => {
    const plan = samplePlan();
    const tasks = plan.phases.flatMap((phase) => MEASUREMENT_POINTS.flatMap((point) => phase.tasks[point.id]));
    const fill: PlanFill = {
      participant: 'AB',
      workplace: 'Arbeidsplassen',
      periodFrom: '05.01.2026',
      levels: Object.fromEntries(tasks.map((task, i) => [task.id, (i % 4) + 1])),
      notes: { [tasks[0]!.id]: 'Går bra. Øver videre neste uke.' },
      meetings: [{ date: '01.02.2026', agreed: 'Øve på å spørre om hjelp.' }],
    };
    await buildPlanPdf(plan, faces, issuer, fill, plan.reviewed);
  })().catch(() => {
    warm = undefined; // nothing lost: the click draws as it would have
  });
  return warm;
}
