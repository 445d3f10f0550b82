import type { MasteryLevel } from '../plan/mastery.ts';
import type { MeasurementPointId, PhaseNumber } from '../plan/structure.ts';

/**
 * A follow-up ("oppfølging"): one participant followed through one plan.
 * Lives only in the browser that made it; exported files carry the same shape.
 * Dates are stored as ISO (yyyy-mm-dd, or full ISO timestamps for `…At` fields).
 */

/** One change of a task's mastery level; `level: null` means the level was cleared. */
export interface LevelChange {
  /** yyyy-mm-dd: the day the level applied from (the day it was set). */
  on: string;
  level: MasteryLevel | null;
}

export interface Assessment {
  level?: MasteryLevel;
  note?: string;
  /** Dated level changes, oldest first, so progress can be read as of any date. */
  history?: LevelChange[];
  /** ISO timestamp of the last change. */
  updatedAt: string;
  /** When the level, and the note, last changed: two tabs' changes are merged field by field. */
  levelAt?: string;
  noteAt?: string;
}

/** A workplace-specific task added to a phase and measurement point. */
export interface CustomTask {
  id: string;
  phase: PhaseNumber;
  point: MeasurementPointId;
  text: string;
  updatedAt?: string;
  /** Soft delete: set when deleted, so the deletion can be undone for a while. */
  deletedAt?: string;
}

/** Share of tasks mastered (level 4) per measurement point, 0–100. */
export type ProgressSnapshot = Partial<Record<MeasurementPointId, number>>;

/** A three-party meeting ("trekantsamtale"): when, what was agreed, and progress on that date. */
export interface Meeting {
  id: string;
  /** yyyy-mm-dd */
  date: string;
  agreed: string;
  /** yyyy-mm-dd: when the three meet next, as agreed. */
  nextDate?: string;
  /** Progress as of the meeting date, taken from the dated level history. */
  progress?: ProgressSnapshot;
  updatedAt?: string;
  deletedAt?: string;
}

/** Answers to one filled-in form (issue 20 owns the forms; the model only keeps them safe). */
export interface StoredFormAnswers {
  formId: string;
  meetingId?: string;
  values: Record<string, string | boolean>;
  updatedAt: string;
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
  /** yyyy-mm-dd, planned or actual end of the placement. */
  endDate?: string;
  /** Keyed by task id (plan tasks and custom tasks alike). */
  assessments: Record<string, Assessment>;
  customTasks: CustomTask[];
  /** Plan tasks and custom tasks left out of this workplace's plan (can be shown again). */
  hiddenTaskIds: string[];
  meetings: Meeting[];
  /** Filled-in forms keyed by an instance id. */
  forms?: Record<string, StoredFormAnswers>;
  createdAt: string;
  updatedAt: string;
  /** Soft delete of the whole follow-up (undo for a while, then purged). */
  deletedAt?: string;
}
