import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { knownRoutes } from '../../src/lib/routes.ts';

/**
 * The hidden test set of everyday questions (tests/fixtures/search-questions.yaml), asked
 * through the real search page in Chromium: type the question, press Søk, read the result
 * links. Shared by the e2e thresholds test and `npm run bench`.
 */
export interface Question {
  q: string;
  page: string;
  alsoRight?: string[];
  pending?: boolean;
}
export interface Answer extends Question {
  /** 1-based position of the first right page among the results, or 0 when it is not there. */
  rank: number;
  top: string[];
}
export interface Quality {
  asked: number;
  skipped: Question[];
  /** Questions whose every right page this copy hides (lokalt/skjul.yaml): it has no answer to give. */
  hidden: Question[];
  top1: number;
  top5: number;
  answers: Answer[];
}

/**
 * The question sets: search-questions.yaml (written alongside the word lists),
 * search-questions-blind.yaml (written from the page titles only) and search-questions-third.yaml
 * (written blind from titles and summaries, after the first two were tuned; its questions are never edited),
 * search-questions-heldout.yaml (held out from tuning) and search-questions-fourth.yaml (everyday questions by user
 * type, written before the query handling of issue 27 part 4).
 */
export const QUESTION_SETS = { tuned: 'search-questions.yaml', blind: 'search-questions-blind.yaml', third: 'search-questions-third.yaml', heldOut: 'search-questions-heldout.yaml', fourth: 'search-questions-fourth.yaml', heldOut2: 'search-questions-heldout2.yaml' } as const;

export function loadQuestions(root = process.cwd(), file: string = QUESTION_SETS.tuned): Question[] {
  return (parse(readFileSync(join(root, 'tests', 'fixtures', file), 'utf8')) as { questions: Question[] }).questions;
}

const rightPages = (q: Question) => [q.page, ...(q.alsoRight ?? [])];
const builtPage = (siteDir: string, path: string) => existsSync(join(siteDir, path, 'index.html'));

/** A pending question counts once one of its right pages is in the built site. */
export function splitPending(questions: Question[], siteDir: string): { active: Question[]; skipped: Question[] } {
  const active = questions.filter((q) => !q.pending || rightPages(q).some((p) => builtPage(siteDir, p)));
  return { active, skipped: questions.filter((q) => !active.includes(q)) };
}

/** Asks one question on an open search page and returns the result paths, best first. */
export async function ask(page: Page, question: string): Promise<string[]> {
  await page.locator('#search-q').fill(question);
  await page.locator('#search-form').evaluate((f: HTMLFormElement) => f.requestSubmit());
  await page.waitForFunction(
    (q) => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false' && document.getElementById('search-status')?.textContent?.includes(`«${q}»`),
    question,
  );
  return page.locator('#search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

/** Questions whose every right page the copy hides, and the rest (see Quality.hidden). */
export function splitHidden(questions: Question[], root = process.cwd()): { shown: Question[]; hidden: Question[] } {
  const { hidden: routes } = knownRoutes(root);
  const hidden = questions.filter((q) => rightPages(q).every((p) => routes.has(p)));
  return { shown: questions.filter((q) => !hidden.includes(q)), hidden };
}

export async function measureQuality(page: Page, siteUrl: string, siteDir: string, questions = loadQuestions()): Promise<Quality> {
  const { shown, hidden } = splitHidden(questions);
  const { active, skipped } = splitPending(shown, siteDir);
  const base = new URL(siteUrl).pathname;
  await page.goto(`${siteUrl}sok/`);
  const answers: Answer[] = [];
  for (const q of active) {
    const top = (await ask(page, q.q)).map((p) => `/${p.slice(base.length)}`);
    const right = rightPages(q);
    answers.push({ ...q, rank: top.findIndex((p) => right.includes(p)) + 1, top: top.slice(0, 5) });
  }
  const rate = (n: number) => (answers.length ? answers.filter((a) => a.rank > 0 && a.rank <= n).length / answers.length : 0);
  return { asked: answers.length, skipped, hidden, top1: rate(1), top5: rate(5), answers };
}
