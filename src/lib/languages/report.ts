import type { ContentProblem } from '../content-check/check.ts';
import { translationPath, type SourceKey } from './files.ts';
import { unitHash } from './hash.ts';
import { readSources, type Sources } from './sources.ts';
import { discoverLanguages, readTranslation, type Language } from './translations.ts';

export type UnitState = 'ok' | 'mangler' | 'foreldet' | 'ustemplet' | 'ukjent';

export interface UnitStatus {
  kode: string;
  key: SourceKey;
  id: string;
  state: Exclude<UnitState, 'ok'>;
  /** The translation file (where the unit is, or should be) and the line. */
  file: string;
  line: number;
  /** The Norwegian text comes from the copy's own lokalt/ layer: reported, but never stops the build. */
  local?: boolean;
}

export interface LanguageCounts {
  total: number;
  ok: number;
  mangler: number;
  foreldet: number;
  ustemplet: number;
}

export interface TranslationReport {
  sources: Sources;
  languages: Language[];
  statuses: UnitStatus[];
  counts: Record<string, LanguageCounts>;
  problems: ContentProblem[];
}

/**
 * Every language against every source unit: missing (no translation), stale (its `kilde`
 * is not the hash of today's Norwegian), unstamped (no `kilde` yet) and unknown ids (a
 * translation whose Norwegian unit is gone).
 */
export function translationReport(root: string, sources: Sources = readSources(root)): TranslationReport {
  const problems: ContentProblem[] = [...sources.problems];
  const languages = discoverLanguages(root, problems);
  const statuses: UnitStatus[] = [];
  const counts: Record<string, LanguageCounts> = {};
  for (const lang of languages) {
    const c: LanguageCounts = { total: 0, ok: 0, mangler: 0, foreldet: 0, ustemplet: 0 };
    counts[lang.kode] = c;
    for (const source of sources.files) {
      const translated = readTranslation(root, lang.kode, source.key, problems);
      for (const unit of source.units) {
        c.total += 1;
        const t = translated.get(unit.id);
        const local = unit.local ? { local: true } : {};
        if (!t) {
          c.mangler += 1;
          statuses.push({ kode: lang.kode, key: source.key, id: unit.id, state: 'mangler', file: translationPath('content', lang.kode, source.key), line: 1, ...local });
        } else if (t.kilde === undefined) {
          c.ustemplet += 1;
          statuses.push({ kode: lang.kode, key: source.key, id: unit.id, state: 'ustemplet', file: t.file, line: t.line, ...local });
        } else if (t.kilde !== unitHash(unit.text)) {
          c.foreldet += 1;
          statuses.push({ kode: lang.kode, key: source.key, id: unit.id, state: 'foreldet', file: t.file, line: t.line, ...local });
        } else c.ok += 1;
      }
      const known = new Set(source.units.map((u) => u.id));
      for (const t of translated.values()) if (!known.has(t.id)) statuses.push({ kode: lang.kode, key: source.key, id: t.id, state: 'ukjent', file: t.file, line: t.line });
    }
  }
  for (const s of statuses) {
    // Missing and stale shared units fail the check; the rest are notes for the translator.
    if ((s.state === 'mangler' || s.state === 'foreldet') && !s.local) problems.push(statusProblem(s));
  }
  return { sources, languages, statuses, counts, problems };
}

const SOURCE_OF = (key: SourceKey) => (key.startsWith('planer/') ? `content/${key}.yaml` : `content/sprak/kilde/${key}.yaml`);

export function statusProblem(s: UnitStatus): ContentProblem {
  switch (s.state) {
    case 'mangler':
      return { file: s.file, line: s.line, field: s.id, what: 'oversettelsen mangler', expected: `en oversettelse av «${s.id}» i ${SOURCE_OF(s.key)}` };
    case 'foreldet':
      return { file: s.file, line: s.line, field: s.id, what: 'den norske teksten er endret siden dette ble oversatt', expected: `en oversettelse av dagens tekst, så «npm run sprak -- stemple ${s.kode}» (fjern kilde: først)` };
    case 'ustemplet':
      return { file: s.file, line: s.line, field: s.id, what: 'oversettelsen har ikke kilde: (hashen til den norske teksten)', expected: `«npm run sprak -- stemple ${s.kode}» når oversettelsen stemmer med dagens norske tekst` };
    case 'ukjent':
      return { file: s.file, line: s.line, field: s.id, what: 'id-en finnes ikke i den norske teksten', expected: `en id fra ${SOURCE_OF(s.key)}, eller slett enheten` };
  }
}

/** What check-content prints as notes, not errors: unstamped, unknown, and the copy's own units. */
export function translationNotes(report: TranslationReport): ContentProblem[] {
  return report.statuses.filter((s) => s.state === 'ustemplet' || s.state === 'ukjent' || s.local).map(statusProblem);
}
