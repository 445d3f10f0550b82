/**
 * Norwegian words as the search sees them: lower case, letters and digits (Pagefind indexes
 * numbers too: «modul 2», «fase 3»). Shared by the index step (build) and the search page
 * (browser), so both split text the same way.
 */
const WORD = /[\p{L}\p{N}]+/gu;

export function wordsIn(text: string): string[] {
  return text.toLocaleLowerCase('nb').match(WORD) ?? [];
}

/**
 * Inflection endings a Norwegian noun or adjective may carry after its base form
 * (bokmål and nynorsk): plassen, plassene, attester, avtala, forma, stønaden.
 * Longest first, so "ene" wins over "e".
 */
export const ENDINGS = ['ene', 'ane', 'ens', 'ets', 'en', 'et', 'er', 'ar', 'a', 'e', 's'] as const;

/** The word itself and what it would be without an inflection ending (at least three letters left). */
export function baseForms(word: string): string[] {
  const forms = [word];
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) forms.push(word.slice(0, -ending.length));
  }
  return forms;
}

const FOLDS = [
  { æ: 'a', ø: 'o', å: 'a' },
  { æ: 'ae', ø: 'oe', å: 'aa' },
] as const;

/**
 * How a word is typed on a keyboard without æ, ø and å: lære → lare, laere; første → forste,
 * foerste; på → pa, paa. Pagefind has no fuzzy match, so the index step adds these forms of a
 * page's strongest words, and the search page treats a folded small word as a small word.
 */
export function foldedForms(word: string): string[] {
  if (!/[æøå]/.test(word)) return [];
  return [...new Set(FOLDS.map((fold) => word.replace(/[æøå]/g, (c) => fold[c as keyof typeof fold])))];
}
