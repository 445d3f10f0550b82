import type { FollowUp } from './types.ts';
import { isMasteryLevel } from '../plan/mastery.ts';

/** Version of the saved and exported format. Bump it and add a step to MIGRATIONS on change. */
export const STATE_VERSION = 2;
/** Larger import files are refused before parsing. */
export const MAX_IMPORT_BYTES = 5_000_000;

export interface StoredState {
  version: number;
  followUps: FollowUp[];
  activeId?: string;
}

export interface LoadResult {
  state: StoredState;
  /** Raw entries that could not be read; kept so the user can export them. */
  setAside: unknown[];
  warnings: string[];
}

export type ImportResult = { ok: true; followUps: FollowUp[] } | { ok: false, message: string };

/** Namespaced by base path so two sites on one domain never share data. */
export function storageKey(basePath: string): string {
  return `praksishandboka:${basePath.replace(/\/+$/, '') || '/'}:oppfolginger`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';

/** v1 stored `levels` (task id → level) and `notes` apart; v2 merges them into `assessments`. */
const MIGRATIONS: Record<number, (fu: Record<string, unknown>) => Record<string, unknown>> = {
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
};

export function migrateFollowUp(raw: Record<string, unknown>, from: number): Record<string, unknown> {
  let fu = raw;
  for (let v = from; v < STATE_VERSION; v++) fu = MIGRATIONS[v]?.(fu) ?? fu;
  return fu;
}

/** Returns a clean FollowUp, or a Norwegian reason why the entry cannot be read. */
export function checkFollowUp(raw: unknown): FollowUp | string {
  if (!isObj(raw)) return 'oppføringen er ikke et objekt';
  for (const f of ['id', 'alias', 'planSlug', 'startDate'] as const) {
    if (!str(raw[f]) || raw[f] === '') return `feltet «${f}» mangler`;
  }
  if (!isObj(raw.assessments)) return 'feltet «assessments» mangler';
  const assessments: FollowUp['assessments'] = {};
  for (const [id, a] of Object.entries(raw.assessments)) {
    if (!isObj(a)) return `vurderingen av «${id}» er ugyldig`;
    if (a.level !== undefined && !isMasteryLevel(a.level)) return `nivået for «${id}» må være 1–4`;
    assessments[id] = {
      ...(a.level !== undefined ? { level: a.level } : {}),
      ...(str(a.note) && a.note ? { note: a.note } : {}),
      updatedAt: str(a.updatedAt) ? a.updatedAt : '',
    };
  }
  const arr = (v: unknown) => (Array.isArray(v) ? v : []);
  return {
    id: raw.id as string,
    alias: raw.alias as string,
    planSlug: raw.planSlug as string,
    startDate: raw.startDate as string,
    workplace: str(raw.workplace) ? raw.workplace : '',
    mentor: str(raw.mentor) ? raw.mentor : '',
    ...(str(raw.caseworker) ? { caseworker: raw.caseworker } : {}),
    assessments,
    customTasks: arr(raw.customTasks).filter(
      (t) => isObj(t) && str(t.id) && str(t.text) && [1, 2, 3].includes(t.phase as number) && ['sprak', 'egnethet', 'arbeid'].includes(t.point as string),
    ) as FollowUp['customTasks'],
    hiddenTaskIds: arr(raw.hiddenTaskIds).filter(str),
    meetings: arr(raw.meetings).filter((m) => isObj(m) && str(m.id) && str(m.date)).map((m) => ({ agreed: '', ...m })) as FollowUp['meetings'],
    createdAt: str(raw.createdAt) ? raw.createdAt : '',
    updatedAt: str(raw.updatedAt) ? raw.updatedAt : '',
  };
}

/** Reads saved state. Never throws: what can be read is kept, the rest is set aside. */
export function loadState(text: string | null): LoadResult {
  const empty: StoredState = { version: STATE_VERSION, followUps: [] };
  if (text === null || text === '') return { state: empty, setAside: [], warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { state: empty, setAside: [text], warnings: ['Lagrede data var skadet og kunne ikke leses. De er lagt til side, og du kan laste dem ned.'] };
  }
  if (!isObj(data) || !Array.isArray(data.followUps)) {
    return { state: empty, setAside: [data], warnings: ['Lagrede data hadde ukjent form. De er lagt til side, og du kan laste dem ned.'] };
  }
  const version = typeof data.version === 'number' ? data.version : 1;
  const setAside: unknown[] = Array.isArray(data.setAside) ? [...data.setAside] : [];
  const followUps: FollowUp[] = [];
  if (version > STATE_VERSION) {
    return { state: empty, setAside: [data], warnings: ['Lagrede data er fra en nyere versjon av nettstedet. De er lagt til side.'] };
  }
  for (const raw of data.followUps) {
    const fu = checkFollowUp(isObj(raw) ? migrateFollowUp(raw, version) : raw);
    if (typeof fu === 'string') setAside.push(raw);
    else followUps.push(fu);
  }
  const lost = setAside.length - (Array.isArray(data.setAside) ? data.setAside.length : 0);
  const warnings = lost > 0 ? [`${lost} oppfølging(er) kunne ikke leses. De er lagt til side, og du kan laste dem ned.`] : [];
  return { state: { version: STATE_VERSION, followUps, activeId: str(data.activeId) ? data.activeId : undefined }, setAside, warnings };
}

export function serializeState(state: StoredState, setAside: unknown[] = []): string {
  return JSON.stringify({ ...state, version: STATE_VERSION, ...(setAside.length ? { setAside } : {}) });
}

/** The export file: same shape as saved state, marked so we can recognise it. */
export function exportFile(followUps: FollowUp[]): string {
  return JSON.stringify({ format: 'praksishandboka-oppfolging', version: STATE_VERSION, followUps }, null, 2);
}

/** Validates an import file completely before anything is changed. */
export function parseImport(text: string, byteSize: number, knownPlans: ReadonlySet<string>): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES) return { ok: false, message: `Filen er for stor (${Math.round(byteSize / 1e6)} MB). Største tillatte størrelse er 5 MB.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Filen er ikke gyldig JSON. Velg en fil du har lastet ned fra denne siden.' };
  }
  if (!isObj(data) || data.format !== 'praksishandboka-oppfolging' || !Array.isArray(data.followUps)) {
    return { ok: false, message: 'Filen er ikke en eksport av oppfølginger fra Praksishåndboka.' };
  }
  if (typeof data.version !== 'number' || data.version < 1 || data.version > STATE_VERSION) {
    return { ok: false, message: `Filen har versjon ${String(data.version)}, som denne siden ikke kan lese. Forventet versjon 1 til ${STATE_VERSION}.` };
  }
  const followUps: FollowUp[] = [];
  for (const [i, raw] of data.followUps.entries()) {
    const fu = checkFollowUp(isObj(raw) ? migrateFollowUp(raw, data.version) : raw);
    if (typeof fu === 'string') return { ok: false, message: `Oppfølging nr. ${i + 1} i filen kan ikke leses: ${fu}. Ingenting er endret.` };
    if (!knownPlans.has(fu.planSlug)) return { ok: false, message: `Oppfølgingen «${fu.alias}» bruker planen «${fu.planSlug}», som ikke finnes på dette nettstedet lenger. Ingenting er endret.` };
    followUps.push(fu);
  }
  if (followUps.length === 0) return { ok: false, message: 'Filen inneholder ingen oppfølginger.' };
  return { ok: true, followUps };
}

/** Imported follow-ups replace ones with the same id; others are kept. */
export function mergeImport(state: StoredState, incoming: FollowUp[]): StoredState {
  const ids = new Set(incoming.map((f) => f.id));
  return { ...state, followUps: [...state.followUps.filter((f) => !ids.has(f.id)), ...incoming] };
}
