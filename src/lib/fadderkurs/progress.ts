import { localKey } from '../local-data/keys.ts';
import { isObj } from '../local-data/records.ts';
/**
 * A mentor's progress through the course, kept only in this browser. The mentor's name
 * is stored only when she ticks «Husk navnet mitt»; nothing else personal is kept.
 */
export const PROGRESS_VERSION = 1;

export interface CourseProgress {
  version: number;
  /** Module id → the day (YYYY-MM-DD) the mentor marked it done. */
  completed: Record<string, string>;
  /** Module id → the situations in it where the mentor opened an answer (what the method says). */
  answered?: Record<string, string[]>;
  /** Only present when the mentor asked the browser to remember it. */
  name?: string;
}

export const emptyProgress = (): CourseProgress => ({ version: PROGRESS_VERSION, completed: {} });

/** Namespaced by base path like the follow-ups (lib/followup/storage.ts), so two sites on one domain never share progress. */
export function progressStorageKey(basePath: string): string {
  return localKey(basePath, 'fadderkurs');
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads saved progress; never throws. What cannot be read counts as not started. */
export function parseProgress(text: string | null): CourseProgress {
  if (!text) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  if (!isObj(data) || typeof data.version !== 'number' || data.version > PROGRESS_VERSION) return emptyProgress();
  const completed: Record<string, string> = {};
  if (isObj(data.completed)) {
    for (const [id, day] of Object.entries(data.completed)) if (typeof day === 'string' && DAY.test(day)) completed[id] = day;
  }
  const answered: Record<string, string[]> = {};
  if (isObj(data.answered)) {
    for (const [id, list] of Object.entries(data.answered)) {
      if (Array.isArray(list)) answered[id] = [...new Set(list.filter((x): x is string => typeof x === 'string'))];
    }
  }
  const name = typeof data.name === 'string' && data.name.trim() ? data.name : undefined;
  return { version: PROGRESS_VERSION, completed, ...(Object.keys(answered).length ? { answered } : {}), ...(name ? { name } : {}) };
}

export function serializeProgress(progress: CourseProgress): string {
  return JSON.stringify({ ...progress, version: PROGRESS_VERSION });
}

/** Marks a module done on a day; a module done earlier keeps its first day. */
export function markDone(progress: CourseProgress, moduleId: string, day: string): CourseProgress {
  if (progress.completed[moduleId]) return progress;
  return { ...progress, completed: { ...progress.completed, [moduleId]: day } };
}

export function markNotDone(progress: CourseProgress, moduleId: string): CourseProgress {
  const { [moduleId]: _gone, ...completed } = progress.completed;
  return { ...progress, completed };
}

/** The name is kept only on request; unticking the box forgets it. */
export function rememberName(progress: CourseProgress, name: string | undefined): CourseProgress {
  const { name: _old, ...rest } = progress;
  const clean = name?.trim();
  return clean ? { ...rest, name: clean } : rest;
}

/** Done modules counted against the modules the site has now (a removed module does not count). */
export function doneCount(progress: CourseProgress, moduleIds: readonly string[]): number {
  return moduleIds.filter((id) => progress.completed[id]).length;
}

export function isCourseComplete(progress: CourseProgress, moduleIds: readonly string[]): boolean {
  return moduleIds.length > 0 && doneCount(progress, moduleIds) === moduleIds.length;
}

/** The mentor opened an answer in a situation: kept, so the certificate can say what was practised. */
export function recordAnswer(progress: CourseProgress, moduleId: string, scenarioId: string): CourseProgress {
  const before = progress.answered?.[moduleId] ?? [];
  if (before.includes(scenarioId)) return progress;
  return { ...progress, answered: { ...progress.answered, [moduleId]: [...before, scenarioId] } };
}

/** How many of a module's situations the mentor has answered (only situations the module still has count). */
export function answeredCount(progress: CourseProgress, moduleId: string, scenarioIds: readonly string[]): number {
  const answered = new Set(progress.answered?.[moduleId] ?? []);
  return scenarioIds.filter((id) => answered.has(id)).length;
}

export interface ModuleScenarios {
  id: string;
  scenarioIds: readonly string[];
}

/**
 * What the certificate may say (issue 27): «practised» when every module is done and every
 * situation in it answered on this browser; «self-reported» when the course is complete
 * only by the mentor's own ticks; undefined while the course is not complete.
 */
export function certificateBasis(progress: CourseProgress, modules: readonly ModuleScenarios[]): 'practised' | 'self-reported' | undefined {
  if (!isCourseComplete(progress, modules.map((m) => m.id))) return undefined;
  return modules.every((m) => answeredCount(progress, m.id, m.scenarioIds) === m.scenarioIds.length) ? 'practised' : 'self-reported';
}
