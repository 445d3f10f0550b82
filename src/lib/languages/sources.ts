import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContentProblem } from '../content-check/check.ts';
import { layerView } from '../content/layers.ts';
import { readEntry } from '../content/read-entry.ts';
import { checkText } from '../content-check/check.ts';
import { planSchema, type PlanData } from '../schemas/plan.ts';
import { tasksOf } from '../plan/model.ts';
import { FIXED_SOURCES, SOURCE_FOLDER, SPRAK_DIR, sourcePath, type SourceKey } from './files.ts';

/** One translatable piece of Norwegian text. `local` when it comes from the copy's own lokalt/ layer. */
export interface Unit {
  id: string;
  text: string;
  local?: boolean;
}

export interface SourceFile {
  key: SourceKey;
  /** Where the Norwegian lives, relative to the repository root. */
  file: string;
  units: Unit[];
}

/** The participant page: parts with a heading and short lines. */
export interface ParticipantSource {
  tittel: Unit;
  ingress: Unit;
  deler: { overskrift: Unit; linjer: Unit[] }[];
}
export interface WordSource extends Unit {
  /** The Norwegian example sentence; it stays Norwegian on every page. */
  eksempel: string;
}
export interface PhraseSource extends Unit {
  gruppe?: string;
}
export interface PlanSource {
  slug: string;
  title: Unit;
  /** The plan as the site shows it (extensions applied). */
  plan: PlanData;
}

export interface Sources {
  files: SourceFile[];
  deltaker?: ParticipantSource;
  /** Everyday phrases, each in the group (heading) it belongs to, if any. */
  fraser: PhraseSource[];
  /** The phrase groups' headings, in order; they are units too. */
  fraseGrupper: Unit[];
  /** Word lists by plan slug. */
  ord: Record<string, WordSource[]>;
  plans: PlanSource[];
  problems: ContentProblem[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

function readYaml(root: string, file: string, problems: ContentProblem[]): unknown {
  try {
    return parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    problems.push({ file, line: 1, field: '(hele fila)', what: `YAML-feil: ${(error as Error).message.split('\n')[0]}`, expected: 'gyldig YAML' });
    return undefined;
  }
}

/** Every string leaf of a nested map, with its keys joined by dots (kilde/loggbok.yaml). */
export function flatten(data: unknown, prefix = ''): Unit[] {
  if (!isObj(data)) return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const id = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [{ id, text: value }] : flatten(value, id);
  });
}

function listUnits(file: string, list: unknown, field: string, textKey: string, problems: ContentProblem[]): Obj[] {
  if (!Array.isArray(list)) {
    problems.push({ file, line: 1, field, what: 'feltet mangler eller er ikke en liste', expected: `en liste med «id» og «${textKey}»` });
    return [];
  }
  return list.filter((item, i): item is Obj => {
    const ok = isObj(item) && Boolean(str(item.id)) && Boolean(str(item[textKey]));
    if (!ok) problems.push({ file, line: 1, field: `${field}[${i}]`, what: 'mangler «id» eller tekst', expected: `«id» og «${textKey}»` });
    return ok;
  });
}

function readParticipant(file: string, data: unknown, problems: ContentProblem[]): ParticipantSource | undefined {
  if (!isObj(data) || !str(data.tittel) || !str(data.ingress)) {
    problems.push({ file, line: 1, field: '(hele fila)', what: 'mangler «tittel» eller «ingress»', expected: 'tittel, ingress og deler (se content/sprak/README.md)' });
    return undefined;
  }
  const deler = listUnits(file, data.deler, 'deler', 'overskrift', problems).map((d, i) => ({
    overskrift: { id: String(d.id), text: String(d.overskrift) },
    linjer: listUnits(file, d.linjer, `deler[${i}].linjer`, 'tekst', problems).map((l) => ({ id: String(l.id), text: String(l.tekst) })),
  }));
  return { tittel: { id: 'tittel', text: String(data.tittel) }, ingress: { id: 'ingress', text: String(data.ingress) }, deler };
}

/** The plan's translatable units: its title, each phase's focus and every task (by its id). */
export function planUnits(plan: Pick<PlanData, 'title' | 'phases'>): Unit[] {
  return [
    { id: 'tittel', text: plan.title },
    ...plan.phases.map((p) => ({ id: `fase-${p.number}`, text: p.focus })),
    ...tasksOf(plan).map((t) => ({ id: t.id, text: t.text })),
  ];
}

/** Published plans from the layered plan model; a unit is local when the shared plan lacks that exact text. */
function readPlans(root: string, problems: ContentProblem[]): { plans: PlanSource[]; files: SourceFile[] } {
  const plans: PlanSource[] = [];
  const files: SourceFile[] = [];
  for (const entry of layerView(root, 'planer').entries) {
    const checked = readEntry(root, entry);
    const plan = checked.data as PlanData | undefined;
    // Schema problems are the plan checker's to report; a broken plan has no units yet.
    if (!plan || plan.draft) continue;
    const sharedFile = entry.layer === 'felles' ? undefined : entry.shared;
    let shared: Map<string, string> | undefined;
    if (sharedFile) {
      const base = checkText(sharedFile, readFileSync(join(root, sharedFile), 'utf8'), planSchema).data;
      shared = new Map(base ? planUnits(base).map((u) => [u.id, u.text]) : []);
    }
    const units = planUnits(plan).map((u) => (entry.layer === 'lokal' && shared?.get(u.id) !== u.text ? { ...u, local: true } : u));
    plans.push({ slug: entry.id, title: units[0]!, plan });
    files.push({ key: `planer/${entry.id}`, file: entry.file, units });
  }
  return { plans, files };
}

/** All Norwegian source units (content/sprak/kilde and the plans). */
export function readSources(root: string): Sources {
  const problems: ContentProblem[] = [];
  const files: SourceFile[] = [];
  const out: Sources = { files, fraser: [], fraseGrupper: [], ord: {}, plans: [], problems };
  for (const key of FIXED_SOURCES) {
    const file = sourcePath(key);
    if (!existsSync(join(root, file))) continue; // not written yet: nothing to translate
    const data = readYaml(root, file, problems);
    if (data === undefined) continue;
    let units: Unit[] = [];
    if (key === 'deltaker') {
      out.deltaker = readParticipant(file, data, problems);
      const d = out.deltaker;
      units = d ? [d.tittel, d.ingress, ...d.deler.flatMap((p) => [p.overskrift, ...p.linjer])] : [];
    } else if (key === 'fraser') {
      // Groups are optional; a phrase names its group by the group's id.
      const groups = isObj(data) && data.grupper !== undefined ? listUnits(file, data.grupper, 'grupper', 'tekst', problems) : [];
      out.fraseGrupper = groups.map((g) => ({ id: String(g.id), text: String(g.tekst) }));
      out.fraser = listUnits(file, isObj(data) ? data.fraser : undefined, 'fraser', 'tekst', problems).map((f) => ({ id: String(f.id), text: String(f.tekst), ...(str(f.gruppe) ? { gruppe: String(f.gruppe) } : {}) }));
      units = [...out.fraseGrupper, ...out.fraser];
    } else {
      units = flatten(data);
    }
    files.push({ key, file, units });
  }
  const ordDir = join(root, 'content', SPRAK_DIR, SOURCE_FOLDER, 'ord');
  if (existsSync(ordDir)) {
    for (const name of readdirSync(ordDir).filter((n) => n.endsWith('.yaml')).sort()) {
      const slug = name.slice(0, -5);
      const key = `ord/${slug}` as const;
      const file = sourcePath(key);
      const data = readYaml(root, file, problems);
      if (data === undefined) continue;
      const words = listUnits(file, isObj(data) ? data.ord : undefined, 'ord', 'ord', problems).map((w) => ({ id: String(w.id), text: String(w.ord), eksempel: str(w.eksempel) ?? '' }));
      out.ord[slug] = words;
      files.push({ key, file, units: words.map(({ id, text }) => ({ id, text })) });
    }
  }
  const plans = readPlans(root, problems);
  out.plans = plans.plans.sort((a, b) => a.title.text.localeCompare(b.title.text, 'nb'));
  files.push(...plans.files);
  // Ids must be unique in a file: a translation is found by id alone.
  for (const f of files) {
    const seen = new Set<string>();
    for (const u of f.units) {
      if (seen.has(u.id)) problems.push({ file: f.file, line: 1, field: u.id, what: 'id-en er brukt to ganger', expected: 'en id som er unik i fila' });
      seen.add(u.id);
    }
  }
  return out;
}
