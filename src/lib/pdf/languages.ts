import { NYNORSK } from '../i18n/language.ts';
import type { ContentLanguage } from '../content/provenance.ts';

/**
 * The languages in a PDF. The document is in the copy's interface language (its labels and
 * headings come from the string tables); content printed in it (plans, forms, indicators,
 * course modules) is in its own language, bokmål for the shared content and the copy's
 * language for the copy's own files (src/lib/content/provenance.ts resolves it where the
 * content is read). Text in another language than the document's is tagged with it.
 */
export type { ContentLanguage };

const TAGS: Record<ContentLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO' };

/** The document's /Lang, its XMP dc:language and its structure tree's root. */
export const DOCUMENT_LANG = TAGS[NYNORSK ? 'nn' : 'nb'];

/** The copy's interface language: the language of the pages a PDF is made from. */
export const INTERFACE_LANGUAGE: ContentLanguage = NYNORSK ? 'nn' : 'nb';

/**
 * A text's language from the lang attribute a page gives it (contentLang in src/lib/i18n:
 * none when the text is in the page's language), for the PDFs an island makes.
 */
export const languageFromAttribute = (lang: ContentLanguage | undefined): ContentLanguage => lang ?? INTERFACE_LANGUAGE;

/**
 * The /Lang to draw content in: undefined when it is the document's, so no Span is added.
 * Without a language the content is shared, and shared content is bokmål.
 */
export function contentTag(language: ContentLanguage | undefined = 'nb'): string | undefined {
  const tag = TAGS[language];
  return tag === DOCUMENT_LANG ? undefined : tag;
}

/**
 * How the logbook puts the participant's language after the Norwegian (src/lib/logbook/
 * pdf-fill.ts): in a title after « · », in the introduction on a line of its own. The form
 * PDF splits there to tag each part with its language. Here, not in form-pdf.ts: the
 * logbook's own script must not load the PDF code.
 */
export const TRANSLATION_AFTER = { title: ' · ', text: '\n' } as const;

/** A piece of a line in its own language (undefined: the document's, or guessed from its script). */
export interface TextPart {
  text: string;
  lang?: string;
}

/**
 * Fills an interface string's {placeholders} as fill() does, keeping the values named in
 * `tagged` apart with their language: «Kva som blir målt: <the indicator's bokmål text>».
 */
export function fillParts(template: string, values: Record<string, string | number | undefined>, tagged: Record<string, string | undefined>): TextPart[] {
  const parts: TextPart[] = [];
  const push = (text: string, lang?: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.lang === lang) last.text += text;
    else parts.push({ text, lang });
  };
  let at = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const key = match[1]!;
    push(template.slice(at, match.index));
    push(key in values ? String(values[key] ?? '') : match[0], key in values ? tagged[key] : undefined);
    at = match.index + match[0].length;
  }
  push(template.slice(at));
  return parts;
}
