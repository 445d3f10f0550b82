import type { MeasurementPointId, PhaseNumber } from '../plan/structure.ts';

/**
 * Field names in the plan PDFs. They are part of the public interface (a caseworker's
 * filled PDF can be read back by other systems), so change them only with a new version.
 */
export const planFieldNames = {
  participant: 'deltaker',
  workplace: 'arbeidssted',
  mentor: 'fadder',
  caseworker: 'veileder',
  periodFrom: 'periode_fra',
  periodTo: 'periode_til',
  level: (phase: PhaseNumber, point: MeasurementPointId, taskId: string) => `fase${phase}_${point}_${taskId}_mestring`,
  comment: (phase: PhaseNumber, point: MeasurementPointId, taskId: string) => `fase${phase}_${point}_${taskId}_kommentar`,
  meetingDate: (n: number) => `trekantsamtale${n}_dato`,
  meetingAgreed: (n: number) => `trekantsamtale${n}_avtalt`,
  signatureDate: (role: 'deltaker' | 'fadder' | 'veileder') => `signatur_${role}_dato`,
} as const;

/** Field names in the form PDFs: section and field id, with the copy number when a section repeats. */
export function formFieldName(sectionId: string, fieldId: string, copy: number, copies: number): string {
  return copies > 1 ? `${sectionId}_${copy}_${fieldId}` : `${sectionId}_${fieldId}`;
}
