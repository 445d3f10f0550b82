import type { Versioned } from '../local-data/import-compare.ts';
import type { Score } from './check.ts';

/** One answer: the score (unset = not assessed yet) and a free note. */
export interface Answer {
  score?: Score;
  note?: string;
}

/** The municipality's own figure for an indicator with a published benchmark. */
export interface OwnFigure {
  /** Percent, measured the same way as the benchmark. */
  value?: number;
  /** The year the figure is for. */
  year?: number;
  /** The municipality's own goal, in percent. */
  goal?: number;
}

/** One self-assessment, dated: a municipality keeps one a year (or more) to see progress. */
export interface Assessment extends Versioned {
  /** The day of the assessment, YYYY-MM-DD. */
  date: string;
  answers: Record<string, Answer>;
  figures: Record<string, OwnFigure>;
  /** Set on a copy made when an import kept both versions. */
  importedCopy?: boolean;
  createdAt: string;
}

export function newAssessmentId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function createAssessment(date: string, now = new Date()): Assessment {
  const stamp = now.toISOString();
  return { id: newAssessmentId(), date, answers: {}, figures: {}, createdAt: stamp, updatedAt: stamp };
}

/** Sets part of one answer; an empty note or a cleared score leaves nothing behind. */
export function setAnswer(a: Assessment, key: string, patch: { score?: Score | null; note?: string }, now = new Date()): Assessment {
  const next: Answer = { ...a.answers[key] };
  if (patch.score === null) delete next.score;
  else if (patch.score !== undefined) next.score = patch.score;
  if (patch.note !== undefined) {
    if (patch.note === '') delete next.note;
    else next.note = patch.note;
  }
  const answers = { ...a.answers };
  if (next.score === undefined && next.note === undefined) delete answers[key];
  else answers[key] = next;
  return { ...a, answers, updatedAt: now.toISOString() };
}

export function setFigure(a: Assessment, key: string, patch: OwnFigure, now = new Date()): Assessment {
  const merged: OwnFigure = { ...a.figures[key], ...patch };
  const clean = Object.fromEntries(Object.entries(merged).filter(([, v]) => typeof v === 'number' && Number.isFinite(v))) as OwnFigure;
  const figures = { ...a.figures };
  if (Object.keys(clean).length === 0) delete figures[key];
  else figures[key] = clean;
  return { ...a, figures, updatedAt: now.toISOString() };
}

export function setDate(a: Assessment, date: string, now = new Date()): Assessment {
  return { ...a, date, updatedAt: now.toISOString() };
}

/** Newest assessment first; the order every list and comparison uses. */
export function byDateDescending(list: readonly Assessment[]): Assessment[] {
  return [...list].sort((x, y) => y.date.localeCompare(x.date) || y.createdAt.localeCompare(x.createdAt));
}
