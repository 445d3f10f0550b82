/**
 * Where the translation files live (content/sprak/README.md). One place for the paths, so
 * the model, the checker, the stamping command and the pages agree.
 */
export const SPRAK_DIR = 'sprak';
export const SOURCE_FOLDER = 'kilde';
export const LANGUAGE_FILE = 'sprak.yaml';

/** The fixed source files under kilde/ (the word lists are kilde/ord/<plan>.yaml). */
export const FIXED_SOURCES = ['deltaker', 'loggbok', 'grensesnitt', 'fraser'] as const;
export type FixedSource = (typeof FIXED_SOURCES)[number];

/** A source file's key is its path under the language folder without .yaml: «fraser», «ord/butikk», «planer/butikk». */
export type SourceKey = FixedSource | `ord/${string}` | `planer/${string}`;

export const sourcePath = (key: SourceKey) => `content/${SPRAK_DIR}/${SOURCE_FOLDER}/${key}.yaml`;
export const translationPath = (layer: 'content' | 'lokalt', kode: string, key: SourceKey) => `${layer}/${SPRAK_DIR}/${kode}/${key}.yaml`;

/** The language of every source unit: the Norwegian is bokmål (content/sprak/README.md). */
export const SOURCE_LANG = 'nb';
