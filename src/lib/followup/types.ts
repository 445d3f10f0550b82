import type { MasteryLevel } from '../plan/mastery.ts';
import type { MeasurementPointId, PhaseNumber } from '../plan/structure.ts';

/**
 * A follow-up ("oppfølging"): one participant followed through one plan.
 * Lives only in the browser that made it; exported files carry the same shape.
 */
export interface Assessment {
  level?: MasteryLevel;
  note?: string;
  /** ISO timestamp of the last change. */
  updatedAt: string;
}

/** A workplace-specific task added to a phase and measurement point. */
export interface CustomTask {
  id: string;
  phase: PhaseNumber;
  point: MeasurementPointId;
  text: string;
}

/** A three-party meeting ("trekantsamtale"): when, what was agreed, and progress at that time. */
export interface Meeting {
  id: string;
  /** yyyy-mm-dd */
  date: string;
  agreed: string;
  /** Share of tasks mastered (level 4) per measurement point, 0–100, frozen at the meeting. */
  progress?: Partial<Record<MeasurementPointId, number>>;
}

export interface FollowUp {
  id: string;
  /** Alias or initials; the page advises against full names on shared computers. */
  alias: string;
  planSlug: string;
  workplace: string;
  mentor: string;
  caseworker?: string;
  /** yyyy-mm-dd */
  startDate: string;
  /** Keyed by task id (plan tasks and custom tasks alike). */
  assessments: Record<string, Assessment>;
  customTasks: CustomTask[];
  hiddenTaskIds: string[];
  meetings: Meeting[];
  createdAt: string;
  updatedAt: string;
}
