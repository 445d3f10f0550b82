import { allLayerViews, LOCAL_DIR, type LayeredEntry } from './layers.ts';
import { loadMunicipality } from '../municipality.ts';
import type { CONTENT_LANGUAGES } from '../schemas/common.ts';

/**
 * Where a page's text comes from, as the page shows it: its language (lang) and, for a copy's
 * own version of a shared page, the credit CC BY 4.0 asks for («Endret av … kommune»).
 */
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** What a page knows about its entry: Astro's filePath and the optional `language` field. */
export interface EntrySource {
  filePath?: string;
  data?: { language?: ContentLanguage };
}

let byFile: Map<string, LayeredEntry> | undefined;
function layered(file: string | undefined): LayeredEntry | undefined {
  if (!file) return undefined;
  byFile ??= new Map(Object.values(allLayerViews(process.cwd())).flatMap((v) => v.entries.map((e) => [e.file, e] as const)));
  return byFile.get(file.replaceAll('\\', '/'));
}

/**
 * The language of an entry's text: its own `language` field; otherwise bokmål for the shared
 * handbook and for extensions of shared plans (most of their text is shared), and the copy's
 * language for the copy's own pages and plans.
 */
export function entryLanguage(entry?: EntrySource): ContentLanguage {
  if (entry?.data?.language) return entry.data.language;
  const file = entry?.filePath?.replaceAll('\\', '/');
  if (!file?.startsWith(`${LOCAL_DIR}/`)) return 'nb';
  return layered(file)?.extension ? 'nb' : loadMunicipality().language;
}

/**
 * An entry's data with its language written in, for data that leaves the build without its
 * file (the PDFs drawn by the build's workers and in the browser, the plans' open data).
 * Left out when it is bokmål: data without a language is shared content, and shared content
 * is bokmål (src/lib/pdf/languages.ts), so the project's own output stays as it was.
 */
export function withLanguage<T extends { language?: ContentLanguage }>(entry: { filePath?: string; data: T }): T {
  if (entry.data.language) return entry.data;
  const language = entryLanguage(entry);
  return language === 'nb' ? entry.data : { ...entry.data, language };
}

/** The copy's own version or extension of a shared page or plan: its text is changed from the project's. */
export function isChangedSharedEntry(entry?: EntrySource): boolean {
  const found = layered(entry?.filePath);
  return Boolean(found?.layer === 'lokal' && found.shared);
}
