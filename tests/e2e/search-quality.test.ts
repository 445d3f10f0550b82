import { expect, inject, test } from 'vitest';
import { chromiumForFile } from '../support/browser.ts';
import { QUESTION_SETS, loadQuestions, measureQuality } from '../support/search-quality.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const chromium = chromiumForFile();

/** Asks a question set through the real search page; prints its rates and returns them with the misses. */
async function ask(label: string, questions: ReturnType<typeof loadQuestions>) {
  const context = await chromium().newContext();
  const quality = await measureQuality(await context.newPage(), siteUrl, siteDir, questions);
  await context.close();
  const misses = quality.answers.filter((a) => a.rank === 0 || a.rank > 5).map((a) => `«${a.q}» → ${a.page}, fikk ${a.top.join(' ') || 'ingen treff'}`);
  console.info(`${label}: top-1 ${quality.top1.toFixed(2)}, top-5 ${quality.top5.toFixed(2)} of ${quality.asked}${misses.length ? `\n${misses.join('\n')}` : ''}`);
  // A copy that hides a page (lokalt/skjul.yaml) has no answer to its questions: they are set aside.
  if (quality.hidden.length) console.info(`${label}: ${quality.hidden.length} question(s) for pages this copy hides, set aside: ${[...new Set(quality.hidden.map((q) => q.page))].join(', ')}`);
  return { quality, missed: `not in the first five:\n${misses.join('\n')}` };
}

/**
 * The hidden test set: everyday questions (not page titles) typed into the real search page.
 * Questions whose page is still being written elsewhere are skipped until it is built.
 */
test('everyday questions find their page: top-5 ≥ 0.95, top-1 ≥ 0.7', { timeout: 180_000 }, async () => {
  expect(loadQuestions().length).toBeGreaterThanOrEqual(40);
  const { quality, missed } = await ask('tuned set', loadQuestions());
  if (quality.skipped.length) console.info(`search questions waiting for their page: ${quality.skipped.map((q) => q.page).join(', ')}`);
  expect(quality.asked).toBeGreaterThanOrEqual(40);
  expect(quality.top5, missed).toBeGreaterThanOrEqual(0.95);
  expect(quality.top1).toBeGreaterThanOrEqual(0.7);
});

/**
 * The blind set (issue 27): questions written from the page titles and tool names only, by
 * someone who had not read the word lists. The site's words are tuned to it, never the questions.
 */
test('questions written blind find their page: top-5 ≥ 0.95', { timeout: 180_000 }, async () => {
  const questions = loadQuestions(process.cwd(), QUESTION_SETS.blind);
  expect(questions.length).toBeGreaterThanOrEqual(40);
  const { quality, missed } = await ask('blind set', questions);
  expect(quality.skipped).toEqual([]);
  expect(quality.top5, missed).toBeGreaterThanOrEqual(0.95);
});

/**
 * The third set (issue 27): 90 questions written blind from page titles and summaries, to measure
 * whether the word lists fit people rather than the questions they were tuned on. Fix misses with
 * general words for a page's concepts in content/sok/, never by editing the questions.
 */
test('a third set written blind finds its page: top-5 ≥ 0.95', { timeout: 240_000 }, async () => {
  const questions = loadQuestions(process.cwd(), QUESTION_SETS.third);
  expect(questions.length).toBeGreaterThanOrEqual(80);
  const { quality, missed } = await ask('third set', questions);
  expect(quality.top5, missed).toBeGreaterThanOrEqual(0.95);
});

/**
 * The first held-out set: written blind like the two above and kept away from everyone who tuned
 * search until the end of session 24: 0.71 before that round's search work, 0.89 after (34 of 38).
 * Its four misses were then named to the search work of session 25, so it is used up as a
 * held-out measure (0.97 after that work) and stays as a regression set.
 */
test('the first held-out set, now a regression set, finds its page: top-5 ≥ 0.95', { timeout: 180_000 }, async () => {
  const questions = loadQuestions(process.cwd(), QUESTION_SETS.heldOut);
  expect(questions.length).toBeGreaterThanOrEqual(35);
  const { quality, missed } = await ask('held-out set (used up)', questions);
  expect(quality.skipped).toEqual([]);
  expect(quality.top5, missed).toBeGreaterThanOrEqual(0.95);
});

/**
 * The second held-out set: 60 questions written on 2026-12-07 by someone given only the page
 * titles and summaries, kept away from the search work of session 25 and measured only before
 * and after it: top-1 0.62, top-5 0.90 (54 of 60) on the search as it was; top-1 0.82, top-5
 * 0.93 (56 of 60) after. Not tuned for: the bar guards the level reached, the goal is 0.95.
 * Do not change the word lists for these questions; when they are used up, write a new set.
 */
test('held-out questions nobody tuned for find their page: top-5 ≥ 0.9 (goal 0.95)', { timeout: 180_000 }, async () => {
  const questions = loadQuestions(process.cwd(), QUESTION_SETS.heldOut2);
  expect(questions.length).toBeGreaterThanOrEqual(55);
  const { quality, missed } = await ask('held-out set 2', questions);
  expect(quality.skipped).toEqual([]);
  expect(quality.top5, missed).toBeGreaterThanOrEqual(0.9);
});

/**
 * The fourth set (issue 27, part 4): 45 everyday questions by user type (a mentor on a phone, a
 * caseworker, a participant with simple Norwegian, a municipal IT person), with question words and
 * everyday verbs, written before the query handling changed. Measured 2026-12-07: top-1 0.67, top-5
 * 0.93 before; 0.80 and 1.00 after each word of a question was searched alone too (query.ts
 * rankResults), rare compounds split in the question, and everyday words added for each page's concepts.
 */
test('everyday questions by user type find their page: top-5 ≥ 0.95', { timeout: 180_000 }, async () => {
  const questions = loadQuestions(process.cwd(), QUESTION_SETS.fourth);
  expect(questions.length).toBeGreaterThanOrEqual(40);
  const { quality, missed } = await ask('fourth set', questions);
  expect(quality.skipped).toEqual([]);
  expect(quality.top5, missed).toBeGreaterThanOrEqual(0.95);
});
