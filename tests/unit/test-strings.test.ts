import { describe, expect, test } from 'vitest';
import { patternOf, t } from '../support/strings.ts';
import { ui } from '../../src/lib/i18n/index.ts';
import { fill } from '../../src/lib/i18n/fill.ts';

/** The tests' way to the site's interface text (tests/support/strings.ts) must be able to fail. */
describe('t(): interface text in the site\'s language', () => {
  test('gives the site\'s own wording of a bokmål string, with its placeholders filled', () => {
    expect(t('Opprett oppfølging')).toBe(ui().workspace.create);
    expect(t('Oppfølgingene låses automatisk etter {n} minutter uten bruk.', { n: 5 })).toBe(fill(ui().workspace.autoLockOn, { n: 5 }));
  });

  test('refuses text that is not in the strings files, so a test cannot look for text the interface never shows', () => {
    expect(() => t('Dette står ingen steder')).toThrow(/not an interface string/);
  });

  test('patternOf matches a number written with a no-break space, and any text for a placeholder left open', () => {
    expect('Notatet kan ha høyst 10\u00a0000 tegn. Nå er det 12 000.').toMatch(patternOf('Notatet kan ha høyst 10 000 tegn. Nå er det {n}.'));
    expect('Lagret kl 10:42').not.toMatch(patternOf('Lagret kl. {time}'));
  });
});
