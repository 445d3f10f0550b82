import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight, type PageWeight } from './weights.ts';
import { LISTING_FILE, type OfflineListing } from '../../src/lib/offline/names.ts';

export interface LanguageResults {
  /** The translated plan page measured. */
  page: string;
  /** JS a translated page loads that a plain content page does not (the read-aloud control), gzip. */
  pageJsGzip: number;
  pageJsFiles: string[];
  /** The heaviest language's logbook strings (/loggbok/sprak/<kode>.json), gzip. */
  logbookStringsGzip: number;
  logbookStringsByLanguage: Record<string, number>;
  /** What a save grows by when one language is chosen: the heaviest language's files plus the files all languages share. */
  offlineGrowthBytes: number;
  /** All six languages' files together (what a save would hold if it kept every language). */
  offlineAllLanguagesBytes: number;
  offlineByLanguage: Record<string, number>;
}

/** The participant languages' numbers (issue 25): page JS, logbook strings per language, offline save growth. */
export function languageBench(siteDir: string, basePath: string, content: PageWeight): LanguageResults {
  const languages = readdirSync(join(siteDir, 'sprak'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const first = languages[0]!;
  const plans = readdirSync(join(siteDir, 'sprak', first, 'planer')).sort();
  const path = `/sprak/${first}/planer/${plans[0]}/`;
  const translated = pageWeight(siteDir, basePath, path);
  const shared = new Set(content.jsChunks.files);
  const own = translated.jsChunks.files.filter((f) => !shared.has(f));
  const pageJsGzip = own.reduce((sum, f) => sum + gzipSync(readFileSync(join(siteDir, f.slice(basePath.length)))).length, 0);

  const logbookStringsByLanguage: Record<string, number> = {};
  const dir = join(siteDir, 'loggbok', 'sprak');
  if (existsSync(dir)) for (const f of readdirSync(dir)) logbookStringsByLanguage[f.replace(/\.json$/, '')] = gzipSync(readFileSync(join(dir, f))).length;

  const listing = JSON.parse(readFileSync(join(siteDir, LISTING_FILE), 'utf8')) as OfflineListing;
  const offlineByLanguage: Record<string, number> = {};
  for (const f of listing.files) if (f.lang) offlineByLanguage[f.lang] = (offlineByLanguage[f.lang] ?? 0) + f.bytes;
  // Shared by every language: the chooser, the screen fonts for Arabic and Ethiopic, the pages' own CSS and JS.
  const ownAssets = new Set([...translated.css.files, ...own].filter((f) => !content.css.files.includes(f)).map((f) => f.slice(basePath.length)));
  const sharedBytes = listing.files
    .filter((f) => !f.lang && (f.path.startsWith('sprak/') || /^_astro\/noto-sans-(arabic|ethiopic)-\w+-400-normal\.[\w-]+\.woff2$/.test(f.path) || ownAssets.has(f.path)))
    .reduce((sum, f) => sum + f.bytes, 0);
  const all = Object.values(offlineByLanguage);
  return {
    page: path,
    pageJsGzip,
    pageJsFiles: own,
    logbookStringsGzip: Math.max(0, ...Object.values(logbookStringsByLanguage)),
    logbookStringsByLanguage,
    offlineGrowthBytes: sharedBytes + Math.max(0, ...all),
    offlineAllLanguagesBytes: sharedBytes + all.reduce((a, b) => a + b, 0),
    offlineByLanguage,
  };
}
