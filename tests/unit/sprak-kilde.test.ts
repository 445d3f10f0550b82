/**
 * The Norwegian source units that translators work from (content/sprak/kilde/, issue 25).
 * Translations are keyed by these ids, so an id that is not unique or not a slug breaks
 * every language at once; the rules below follow content/sprak/README.md.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lix } from '../../src/lib/readability/lix.ts';

const KILDE = 'content/sprak/kilde';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A sentence or phrase ends with . ! ? or an ellipsis («Hvor finner jeg …?», «Det er tomt for …»). */
const ENDS_WITH_PUNCTUATION = /[.!?…]$/;
const MAX_EXAMPLE_WORDS = 8;
const WORDS_PER_LIST = { min: 30, max: 40 };
const PHRASES = { min: 35, max: 45 };
const MAX_LIX = 30;

interface Unit {
  id: string;
  text: string;
}

const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));
const planSlugs = (): string[] =>
  readdirSync('content/planer')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''))
    .sort();

/** The id a word gets: the word without its article or «å», in ascii (README: ids). */
function wordSlug(word: string): string {
  return word
    .replace(/^(en|ei|et|å) /, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function idProblems(units: readonly Unit[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of units) {
    if (!SLUG.test(id)) problems.push(`«${id}» is not a lowercase ascii slug`);
    if (seen.has(id)) problems.push(`«${id}» is used twice`);
    seen.add(id);
  }
  return problems;
}

interface WordList {
  ord: { id: string; ord: string; eksempel: string }[];
}

function wordListProblems(list: WordList): string[] {
  const words = list.ord ?? [];
  const problems = idProblems(words.map((w) => ({ id: w.id, text: w.ord })));
  if (words.length < WORDS_PER_LIST.min || words.length > WORDS_PER_LIST.max) {
    problems.push(`${words.length} words (want ${WORDS_PER_LIST.min}–${WORDS_PER_LIST.max})`);
  }
  const seenWords = new Set<string>();
  for (const w of words) {
    const bare = wordSlug(w.ord ?? '');
    if (w.id !== bare) problems.push(`«${w.id}»: id should be «${bare}» (from «${w.ord}»)`);
    if (seenWords.has(bare)) problems.push(`«${w.ord}» is in the list twice`);
    seenWords.add(bare);
    const example = (w.eksempel ?? '').trim();
    const count = example.split(/\s+/).filter(Boolean).length;
    if (count === 0 || count > MAX_EXAMPLE_WORDS) problems.push(`«${w.id}»: the example has ${count} words`);
    if (!ENDS_WITH_PUNCTUATION.test(example)) problems.push(`«${w.id}»: the example does not end with punctuation`);
  }
  return problems;
}

interface Phrases {
  grupper?: { id: string; tekst: string }[];
  fraser: { id: string; gruppe?: string; tekst: string }[];
}

function phraseProblems(doc: Phrases): string[] {
  const groups = doc.grupper ?? [];
  const phrases = doc.fraser ?? [];
  const problems = idProblems([...groups, ...phrases].map((u) => ({ id: u.id, text: u.tekst })));
  if (phrases.length < PHRASES.min || phrases.length > PHRASES.max) {
    problems.push(`${phrases.length} phrases (want ${PHRASES.min}–${PHRASES.max})`);
  }
  const groupIds = new Set(groups.map((g) => g.id));
  for (const g of groups) {
    if (!g.id.startsWith('gruppe-')) problems.push(`group «${g.id}» should start with «gruppe-»`);
    if (!phrases.some((p) => p.gruppe === g.id)) problems.push(`group «${g.id}» has no phrases`);
  }
  for (const p of phrases) {
    if (p.gruppe !== undefined && !groupIds.has(p.gruppe)) problems.push(`«${p.id}»: no group «${p.gruppe}»`);
    if (!ENDS_WITH_PUNCTUATION.test((p.tekst ?? '').trim())) problems.push(`«${p.id}» does not end with punctuation`);
  }
  return problems;
}

interface ParticipantPage {
  tittel: string;
  ingress: string;
  deler: { id: string; overskrift: string; linjer: { id: string; tekst: string }[] }[];
}

/** Every unit of the participant page, in reading order. */
function participantUnits(doc: ParticipantPage): Unit[] {
  return [
    { id: 'tittel', text: doc.tittel },
    { id: 'ingress', text: doc.ingress },
    ...doc.deler.flatMap((part) => [
      { id: part.id, text: part.overskrift },
      ...part.linjer.map((line) => ({ id: line.id, text: line.tekst })),
    ]),
  ];
}

function participantProblems(doc: ParticipantPage): string[] {
  const problems = idProblems(participantUnits(doc));
  for (const part of doc.deler) {
    for (const line of part.linjer) {
      if (!new RegExp(`^${part.id}-\\d+$`).test(line.id)) problems.push(`line «${line.id}» should be «${part.id}-<number>»`);
      if (!ENDS_WITH_PUNCTUATION.test(line.tekst.trim())) problems.push(`line «${line.id}» does not end with punctuation`);
    }
  }
  return problems;
}

/** Each unit is read as its own sentence or heading, as the page shows it. */
const participantLix = (doc: ParticipantPage): number => lix(participantUnits(doc).map((u) => u.text).join('\n\n')).lix;

describe('the checks catch what they are for', () => {
  test('a bad word list is reported', () => {
    const bad: WordList = {
      ord: [
        { id: 'Kasse', ord: 'en kasse', eksempel: 'Hun jobber i kassa i dag.' },
        { id: 'kasse', ord: 'kasse', eksempel: 'Hun jobber i kassa i dag og i morgen og på fredag.' },
        { id: 'hylle', ord: 'en hylle', eksempel: 'Hylla er tom' },
      ],
    };
    const problems = wordListProblems(bad).join('\n');
    expect(problems).toMatch(/«Kasse» is not a lowercase ascii slug/);
    expect(problems).toMatch(/«kasse» is in the list twice/);
    expect(problems).toMatch(/the example has 12 words/);
    expect(problems).toMatch(/«hylle»: the example does not end with punctuation/);
    expect(problems).toMatch(/3 words \(want 30–40\)/);
  });

  test('bad phrases and a bad participant page are reported', () => {
    expect(phraseProblems({ fraser: [{ id: 'jeg-er-syk', gruppe: 'gruppe-x', tekst: 'Jeg er syk' }] }).join('\n')).toMatch(
      /no group «gruppe-x»[\s\S]*does not end with punctuation/,
    );
    const page: ParticipantPage = {
      tittel: 'For deg',
      ingress: 'Lett norsk.',
      deler: [{ id: 'skade', overskrift: 'Skade', linjer: [{ id: 'skade-1', tekst: 'Si fra.' }, { id: 'fri-2', tekst: 'Si fra.' }] }],
    };
    expect(participantProblems(page)).toEqual(['line «fri-2» should be «skade-<number>»']);
    const hard: ParticipantPage = { ...page, deler: [{ ...page.deler[0]!, linjer: [{ id: 'skade-1', tekst: 'Arbeidsmiljølovgivningens forsikringsordninger omfatter praksisdeltakere.' }] }] };
    expect(participantLix(hard)).toBeGreaterThan(MAX_LIX);
  });
});

describe('the Norwegian source units (content/sprak/kilde)', () => {
  test('the everyday phrases have unique slug ids, known groups and end with punctuation', () => {
    expect(phraseProblems(readYaml(join(KILDE, 'fraser.yaml')) as Phrases)).toEqual([]);
  });

  test('every plan has exactly one word list', () => {
    const lists = readdirSync(join(KILDE, 'ord'))
      .map((name) => name.replace(/\.yaml$/, ''))
      .sort();
    expect(lists).toEqual(planSlugs());
  });

  test.each(planSlugs())('the word list for %s: 30–40 words, slug ids, no word twice, short examples', (plan) => {
    const path = join(KILDE, 'ord', `${plan}.yaml`);
    expect(existsSync(path), path).toBe(true);
    expect(wordListProblems(readYaml(path) as WordList)).toEqual([]);
  });

  test('the participant page has unique ids, numbered lines and an easy LIX', () => {
    const doc = readYaml(join(KILDE, 'deltaker.yaml')) as ParticipantPage;
    expect(participantProblems(doc)).toEqual([]);
    expect(participantLix(doc)).toBeLessThanOrEqual(MAX_LIX);
  });
});
