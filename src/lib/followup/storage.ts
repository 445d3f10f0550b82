/**
 * The saved and exported format of follow-ups: versioned, migrated step by step, and
 * validated completely before use. Never throws on stored data: what cannot be read is
 * set aside so the user can download it.
 */
import { localKey } from '../local-data/keys.ts';
import { inputText } from '../i18n/input-text.ts';
import { loadList, serializeList, type VersionedList } from '../local-data/versioned-list.ts';
import { isObj } from '../local-data/records.ts';
import { READ_TEXT } from '../local-data/read-messages.ts';
import { fill } from '../i18n/fill.ts';
import type { FollowUp, LevelChange, StoredFormAnswers } from './types.ts';
import { isMasteryLevel } from '../plan/mastery-levels.ts';
import { isIsoDate, textProblem, type TextField } from './limits.ts';
import type { LockedBlob } from '../local-data/crypto-lock.ts';

/** Version of the saved and exported format. Bump it and add a step to MIGRATIONS on change. */
export const STATE_VERSION = 3;
/** Larger import files are refused before parsing. */
export const MAX_IMPORT_BYTES = 5_000_000;
export const EXPORT_FORMAT = 'praksishandboka-oppfolging';

export interface StoredState {
  version: number;
  followUps: FollowUp[];
  activeId?: string;
  /** ISO timestamp of the last export (drives the backup reminder). */
  lastExportAt?: string;
  /** Lock automatically after this many idle minutes (only when a passphrase is set). */
  autoLockMinutes?: number;
  /**
   * Notes typed but not accepted yet (too long), by `draftKey(followUp, task)`: kept here, in
   * the same (maybe encrypted) store, so a reload never loses them. Never exported.
   */
  noteDrafts?: Record<string, string>;
}

export interface LoadResult {
  state: StoredState;
  /** Raw entries that could not be read; kept so the user can export them. */
  setAside: unknown[];
  warnings: string[];
}

/** What is in storage while locked: no follow-up data outside the encrypted blob. */
export interface LockedEnvelope {
  version: number;
  locked: LockedBlob;
  lastExportAt?: string;
  autoLockMinutes?: number;
}

/** Namespaced by base path so two sites on one domain never share data. */
export function storageKey(basePath: string): string {
  return localKey(basePath, 'oppfolginger');
}

const str = (v: unknown): v is string => typeof v === 'string';
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const optStr = <K extends string>(key: K, v: unknown) => (str(v) && v !== '' ? ({ [key]: v } as Record<K, string>) : {});

const MIGRATIONS: Record<number, (fu: Record<string, unknown>) => Record<string, unknown>> = {
  /** v1 stored `levels` (task id → level) and `notes` apart; v2 merges them into `assessments`. */
  1: (fu) => {
    const levels = isObj(fu.levels) ? fu.levels : {};
    const notes = isObj(fu.notes) ? fu.notes : {};
    const assessments: Record<string, unknown> = {};
    for (const id of new Set([...Object.keys(levels), ...Object.keys(notes)])) {
      assessments[id] = { level: levels[id], note: notes[id], updatedAt: str(fu.updatedAt) ? fu.updatedAt : '' };
    }
    const { levels: _l, notes: _n, ...rest } = fu;
    return { customTasks: [], hiddenTaskIds: [], meetings: [], ...rest, assessments };
  },
  /**
   * v3 adds a dated level history. v2 knew only the last change, so its level is dated to
   * that change (or the start date): the best that is known, never a guess further back.
   */
  2: (fu) => {
    const assessments: Record<string, unknown> = {};
    for (const [id, a] of Object.entries(isObj(fu.assessments) ? fu.assessments : {})) {
      if (!isObj(a)) { assessments[id] = a; continue; }
      const when = [a.updatedAt, fu.updatedAt, fu.startDate].find((v) => str(v) && isIsoDate(v.slice(0, 10))) as string | undefined;
      assessments[id] = a.level !== undefined && when ? { ...a, history: [{ on: when.slice(0, 10), level: a.level }] } : a;
    }
    return { ...fu, assessments };
  },
};

export function migrateFollowUp(raw: Record<string, unknown>, from: number): Record<string, unknown> {
  let fu = raw;
  for (let v = from; v < STATE_VERSION; v++) fu = MIGRATIONS[v]?.(fu) ?? fu;
  return fu;
}

function checkHistory(v: unknown): LevelChange[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const list = v.filter((h): h is LevelChange => isObj(h) && str(h.on) && isIsoDate(h.on) && (h.level === null || isMasteryLevel(h.level)));
  return list.length ? [...list].sort((a, b) => a.on.localeCompare(b.on)).map(({ on, level }) => ({ on, level })) : undefined;
}

function checkForms(v: unknown): Record<string, StoredFormAnswers> | undefined {
  if (!isObj(v)) return undefined;
  const forms: Record<string, StoredFormAnswers> = {};
  for (const [key, f] of Object.entries(v)) {
    if (!isObj(f) || !str(f.formId) || !isObj(f.values)) continue;
    const values = Object.fromEntries(Object.entries(f.values).filter(([, x]) => str(x) || typeof x === 'boolean')) as Record<string, string | boolean>;
    forms[key] = { formId: f.formId, ...optStr('meetingId', f.meetingId), values, updatedAt: str(f.updatedAt) ? f.updatedAt : '' };
  }
  return Object.keys(forms).length ? forms : undefined;
}

/** Returns a clean FollowUp, or a reason why the entry cannot be read, in the copy's language. */
export function checkFollowUp(raw: unknown): FollowUp | string {
  const why = inputText().refused;
  if (!isObj(raw)) return READ_TEXT.notObject;
  for (const field of ['id', 'alias', 'planSlug', 'startDate'] as const) {
    if (!str(raw[field]) || raw[field] === '') return fill(READ_TEXT.missing, { field });
  }
  const tooLong = (field: TextField, v: unknown) => (str(v) ? textProblem(field, v) : undefined);
  const problem = tooLong('alias', raw.alias) ?? tooLong('workplace', raw.workplace) ?? tooLong('mentor', raw.mentor) ?? tooLong('caseworker', raw.caseworker);
  if (problem) return problem;
  if (!isObj(raw.assessments)) return fill(READ_TEXT.missing, { field: 'assessments' });
  const assessments: FollowUp['assessments'] = {};
  for (const [id, a] of Object.entries(raw.assessments)) {
    if (!isObj(a)) return fill(why.assessment, { id });
    if (a.level !== undefined && !isMasteryLevel(a.level)) return fill(why.level, { id });
    if (str(a.note) && textProblem('note', a.note)) return fill(why.note, { id });
    const history = checkHistory(a.history);
    assessments[id] = {
      ...(a.level !== undefined ? { level: a.level } : {}),
      ...(str(a.note) && a.note ? { note: a.note } : {}),
      ...(history ? { history } : {}),
      updatedAt: str(a.updatedAt) ? a.updatedAt : '',
      ...optStr('levelAt', a.levelAt),
      ...optStr('noteAt', a.noteAt),
    };
  }
  const forms = checkForms(raw.forms);
  return {
    id: raw.id as string,
    alias: raw.alias as string,
    planSlug: raw.planSlug as string,
    startDate: raw.startDate as string,
    ...optStr('endDate', raw.endDate),
    workplace: str(raw.workplace) ? raw.workplace : '',
    mentor: str(raw.mentor) ? raw.mentor : '',
    ...optStr('caseworker', raw.caseworker),
    assessments,
    customTasks: arr(raw.customTasks)
      .filter((t): t is Record<string, unknown> => isObj(t) && str(t.id) && str(t.text) && [1, 2, 3].includes(t.phase as number) && ['sprak', 'egnethet', 'arbeid'].includes(t.point as string))
      .map((t) => ({ id: t.id, phase: t.phase, point: t.point, text: t.text, ...optStr('updatedAt', t.updatedAt), ...optStr('deletedAt', t.deletedAt) })) as FollowUp['customTasks'],
    hiddenTaskIds: arr(raw.hiddenTaskIds).filter(str),
    meetings: arr(raw.meetings)
      .filter((m): m is Record<string, unknown> => isObj(m) && str(m.id) && str(m.date))
      .map((m) => ({
        id: m.id,
        date: m.date,
        agreed: str(m.agreed) ? m.agreed : '',
        ...optStr('nextDate', m.nextDate),
        ...(isObj(m.progress) ? { progress: m.progress } : {}),
        ...optStr('updatedAt', m.updatedAt),
        ...optStr('deletedAt', m.deletedAt),
      })) as FollowUp['meetings'],
    ...(forms ? { forms } : {}),
    createdAt: str(raw.createdAt) ? raw.createdAt : '',
    updatedAt: str(raw.updatedAt) ? raw.updatedAt : '',
    ...optStr('deletedAt', raw.deletedAt),
  };
}

/** True when the stored text is a locked (encrypted) envelope. */
export function readLockedEnvelope(text: string | null): LockedEnvelope | undefined {
  if (!text) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return isObj(data) && isObj(data.locked) ? (data as unknown as LockedEnvelope) : undefined;
  } catch {
    return undefined;
  }
}

const draftsOf = (v: unknown) => {
  if (!isObj(v)) return {};
  const drafts = Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => str(e[1]) && e[1] !== ''));
  return Object.keys(drafts).length ? { noteDrafts: drafts } : {};
};

const settingsOf = (data: Record<string, unknown>) => ({
  ...draftsOf(data.noteDrafts),
  ...optStr('lastExportAt', data.lastExportAt),
  ...(typeof data.autoLockMinutes === 'number' && data.autoLockMinutes > 0 ? { autoLockMinutes: data.autoLockMinutes } : {}),
});

/** The stored and exported format, read and checked by the shared rule in local-data/versioned-list. */
export const FOLLOW_UP_LIST: VersionedList<FollowUp> = {
  field: 'followUps',
  version: STATE_VERSION,
  migrate: migrateFollowUp,
  check: checkFollowUp,
  fileFormat: EXPORT_FORMAT,
  maxImportBytes: MAX_IMPORT_BYTES,
  words: inputText().followUpWords,
};

/** Reads saved (plain or decrypted) state. Never throws: what can be read is kept, the rest is set aside. */
export function loadState(text: string | null): LoadResult {
  const { items, data, setAside, warnings } = loadList(FOLLOW_UP_LIST, text);
  return { state: { version: STATE_VERSION, followUps: items, ...(data ? { ...optStr('activeId', data.activeId), ...settingsOf(data) } : {}) }, setAside, warnings };
}

export function serializeState(state: StoredState, setAside: unknown[] = []): string {
  return serializeList(FOLLOW_UP_LIST, state, setAside);
}
