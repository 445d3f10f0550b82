import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { cssOverAllPages, pageWeight } from '../../scripts/bench/weights.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { FRAME } from '../../src/lib/i18n/frame.ts';
import { INPUT_TEXT } from '../../src/lib/i18n/input-text.ts';
import { DATA_MESSAGES } from '../../src/lib/local-data/messages.ts';

/**
 * The byte budgets in budgets.json, checked on every test run: a page that grows past its
 * budget fails here, not only in `npm run bench` (which checks the timing budgets and exits
 * with an error when one is over). Measured on the built site as the bench measures it.
 */
const siteDir = inject('siteDir');
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, number>;
const base = loadMunicipality().basePath;

describe('byte budgets (budgets.json)', () => {
  const content = pageWeight(siteDir, base, '/handbok/om-handboka/');
  const plan = pageWeight(siteDir, base, '/planer/renhold/');
  const quality = pageWeight(siteDir, base, '/kvalitetssjekk/');
  const workspace = pageWeight(siteDir, base, '/oppfolging/');

  test.each([
    ['contentPageJsBytes', content.js.raw],
    ['contentPageCssGzip', content.css.gzip],
    ['planPageJsBytes', plan.js.raw],
    ['planPageJsGzip', plan.jsChunks.gzip],
    ['qualityPageJsGzip', quality.jsChunks.gzip],
    ['workspaceJsGzip', workspace.js.gzip],
  ] as const)('%s: %i bytes is within the budget', (name, bytes) => {
    expect(budgets[name], `${name} is in budgets.json`).toBeGreaterThan(0);
    expect(bytes, `${name} = ${bytes} (budget ${budgets[name]})`).toBeLessThanOrEqual(budgets[name]!);
  });

  // The build works to this budget (src/integrations/page-css.ts) but does not stop at it: a
  // page over it is caught here, measured as the bench measures it (linked files and inline
  // <style>, each gzipped as a server sends it).
  test('cssPerPageGzip: no built page downloads more CSS than the budget', () => {
    const budget = budgets.cssPerPageGzip!;
    const over = cssOverAllPages(siteDir, base).pages.filter((p) => p.gzip > budget).map((p) => `${p.path} ${p.gzip} B`);
    expect(over, `pages over ${budget} B of CSS (gzip)`).toEqual([]);
  });

  // The tables of both languages are in the source; a bundle keeps only the site's own
  // (src/lib/i18n/language.ts), or every island would carry the other language's words too.
  test('the scripts carry only the site\'s own interface language', () => {
    const other = loadMunicipality().language === 'nn' ? 'nb' : 'nn';
    const words = [FRAME[other].mastery[4].label, INPUT_TEXT[other].labels.alias, DATA_MESSAGES[other].wrongPassphrase];
    const dir = join(siteDir, '_astro');
    const found = readdirSync(dir).filter((f) => f.endsWith('.js')).flatMap((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return words.filter((w) => text.includes(w)).map((w) => `${f}: «${w}»`);
    });
    expect(found).toEqual([]);
  });
});
