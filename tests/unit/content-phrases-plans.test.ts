/**
 * Wrong phrasings in the training plans, the mentor course and the interface words that
 * the second content review (issue 26, December 2026) found and fixed. Each rule names the
 * mistake so that it cannot come back unnoticed.
 *
 * CONTENT_ROOT and SRC_ROOT let the same rules run against an older checkout
 * (`git archive <commit> content src | tar -x -C /tmp/old`, then
 * `CONTENT_ROOT=/tmp/old/content SRC_ROOT=/tmp/old/src npx vitest run --project unit <this file>`)
 * to show that they catch the old text.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, phraseHits } from '../support/content-files.ts';

const ROOT = process.env.CONTENT_ROOT ?? 'content';
const SRC = process.env.SRC_ROOT ?? 'src';
const FOLDERS = ['planer', 'fadderkurs', 'kvalitetssjekk', 'handbok', 'metoder', 'roller', 'skjema'];

const files = contentFiles(ROOT, FOLDERS);
const one = (path: string): string => files.get(path) ?? '';
const under = (...folders: string[]): [string, string][] => [...files.entries()].filter(([path]) => folders.some((f) => path.startsWith(`${f}/`)));

const hits = (pattern: RegExp, entries: [string, string][] = [...files.entries()]): string[] => phraseHits(pattern, entries);

interface PlanTask { plan: string; id: string; text: string }

/** The tasks of every plan, read from the YAML text (`- id:` followed by `text:`). */
const tasks: PlanTask[] = under('planer').flatMap(([path, text]) => {
  const plan = path.replace(/^planer\/|\.ya?ml$/g, '');
  return [...text.matchAll(/^\s+- id: (\S+)\n\s+text: (.+)$/gm)].map((m) => ({ plan, id: m[1]!, text: m[2]!.replace(/^"|"$/g, '') }));
});

/**
 * Verbs that start a plan task (present tense). Two of them joined by «og» are two actions
 * a mentor would tick apart. The list is the tasks' own first words plus common task verbs,
 * among them those the review removed from task texts, so a split task cannot be joined
 * again with the old verb.
 */
const KNOWN_VERBS = [
  'bretter', 'bærer', 'endrer', 'er', 'fyller', 'går', 'holder', 'lytter', 'reder', 'rydder', 'serverer', 'setter',
  'sier', 'sitter', 'sjekker', 'skifter', 'sorterer', 'spør', 'stempler', 'tar', 'vasker', 'veier', 'åpner',
];
const verbs = new Set([...tasks.map((t) => t.text.split(/\s+/)[0]!.toLowerCase()), ...KNOWN_VERBS]);

/** Tasks where «og» is followed by a word that is also a verb, but is a noun here. */
const ONE_ACTION_EXCEPTIONS: Record<string, string> = {
  'kontor-og-administrasjon/leser-navn-post': '«pakker» is the noun (parcels): «på brev og pakker»',
  'kontor-og-administrasjon/laser-pc': '«møter» is the noun (meetings): «før pause og møter»',
};

const MAX_WORDS = 12;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const twoActions = (text: string): string | undefined => {
  const w = text.toLowerCase().replace(/[,.«»"]/g, ' ').split(/\s+/).filter(Boolean);
  const i = w.findIndex((word, k) => word === 'og' && k > 0 && verbs.has(w[k + 1] ?? ''));
  return i < 0 ? undefined : `${w[i - 1]} og ${w[i + 1]}`;
};

describe('plan tasks: one observable action each', () => {
  test('there are plans and tasks to check', () => {
    expect(new Set(tasks.map((t) => t.plan)).size).toBeGreaterThanOrEqual(9);
    expect(tasks.length).toBeGreaterThan(300);
  });

  test(`every task is at most ${MAX_WORDS} words`, () => {
    expect(tasks.filter((t) => words(t.text) > MAX_WORDS).map((t) => `${t.plan}/${t.id}: ${t.text} (${words(t.text)} ord)`)).toEqual([]);
  });

  test('no task joins two actions with «og» (listed exceptions have a reason)', () => {
    const found = tasks.flatMap((t) => {
      const pair = twoActions(t.text);
      return pair && !ONE_ACTION_EXCEPTIONS[`${t.plan}/${t.id}`] ? [`${t.plan}/${t.id}: ${t.text} («${pair}»)`] : [];
    });
    expect(found).toEqual([]);
  });

  test('the check itself catches the two-action tasks the review split', () => {
    for (const text of [
      'Tar imot tilbakemelding og endrer arbeidsmåte',
      'Møter presis og går ikke før arbeidstiden er slutt',
      'Møter presis og holder pausetidene',
      'Sier fra og spør igjen når noe er uklart',
      'Åpner, stempler og sorterer posten som kommer inn',
      'Dekker bord og serverer mat og drikke',
    ]) expect(twoActions(text), text).toBeDefined();
    for (const text of ['Hilser på beboere og kolleger', 'Sorterer papp og plast i riktig container']) expect(twoActions(text), text).toBeUndefined();
  });

  test('every exception still names a task that exists and still needs the exception', () => {
    for (const key of Object.keys(ONE_ACTION_EXCEPTIONS)) {
      const task = tasks.find((t) => `${t.plan}/${t.id}` === key);
      expect(task, key).toBeDefined();
      expect(twoActions(task!.text), key).toBeDefined();
    }
  });

  test('the known two-action and unobservable phrasings do not come back', () => {
    const planFiles = under('planer');
    expect(hits(/Tar imot tilbakemelding og/i, planFiles)).toEqual([]);
    expect(hits(/Møter presis og/i, planFiles)).toEqual([]);
    expect(hits(/Sier fra og spør/i, planFiles)).toEqual([]);
    expect(hits(/Er høflig og rolig|Holder jevnt tempo|Holder seg rolig/i, planFiles)).toEqual([]);
  });

  test('confidentiality: only with colleagues who need to know', () => {
    const confidentiality = tasks.filter((t) => /^Snakker om .* bare med/.test(t.text));
    expect(confidentiality.length).toBeGreaterThanOrEqual(5);
    expect(confidentiality.filter((t) => !/som trenger å vite det$/.test(t.text)).map((t) => `${t.plan}/${t.id}: ${t.text}`)).toEqual([]);
  });

  test('chemicals at A2: the workplace instruction and hazard pictograms, not the safety data sheet', () => {
    expect(hits(/sikkerhetsdatablad/i, under('planer'))).toEqual([]);
    expect(one('planer/renhold.yaml')).toMatch(/farepiktogram/);
  });

  test('renhold: working alone is trained with the mentor in the building, never «uten tilsyn»', () => {
    const renhold = one('planer/renhold.yaml');
    expect(renhold).not.toMatch(/uten tilsyn/);
    expect(renhold).toMatch(/mens fadderen er i\s+bygget/);
    expect(renhold).toMatch(/Du jobber ikke alene i fase 1 og 2/);
  });

  test('plans for work with children, patients or care recipients name tuberculosis screening with its section and date', () => {
    for (const plan of ['helse-og-omsorg', 'barnehage', 'skole-og-sfo']) {
      expect(one(`planer/${plan}.yaml`), plan).toMatch(/tuberkulosekontroll § 3-1 \(sjekket \d{4}-\d{2}-\d{2}\)/);
    }
  });
});

describe('one model and one word per concept', () => {
  const FOUR_STEPS = /vis, gjør sammen, se på, slipp taket/i;

  test('the pages that teach a task use the four steps, in order', () => {
    for (const path of ['roller/fadder.mdx', 'handbok/under-praksis.mdx', 'handbok/fadderens-rolle.mdx', 'fadderkurs/vis-gjor-sammen-slipp.mdx', 'metoder/trinnvis-innlaering.mdx']) {
      expect(one(path), path).toMatch(FOUR_STEPS);
    }
  });

  test('no other count or set of steps, and «trinnvis innlæring» is not the name of the steps', () => {
    expect(hits(/\b(tre|fem) steg\b|Lær bort i (tre|fem)/i)).toEqual([]);
    expect(hits(/la deltakeren prøve|\*\*Forklar\.\*\*|\*\*Gi tilbakemelding\.\*\*/i)).toEqual([]);
    expect(hits(/Det heter \[trinnvis innlæring\]|Trinnvis innlæring: vis/i)).toEqual([]);
    expect(hits(/ett steg om gangen/i)).toEqual([]);
  });

  test('framgang, arbeidsutførsel, fadderforum, mestringsskala', () => {
    expect(hits(/\bfremgang/i)).toEqual([]);
    expect(hits(/arbeidsutførelse|arbeidsutføring/i)).toEqual([]);
    expect(hits(/faddersamling/i, under('fadderkurs', 'kvalitetssjekk', 'metoder', 'roller'))).toEqual([]);
    expect(hits(/nivåene for mestring/i)).toEqual([]);
  });

  test('the mentor course and the quality check name the person, not «hun»', () => {
    expect(hits(/\b(hun|han|henne|hennes|ham|hans)\b/i, under('fadderkurs', 'kvalitetssjekk'))).toEqual([]);
  });

  test('the course and the role pages do not say that everyone has a statutory duty of confidentiality', () => {
    // The plans for kindergartens and health care may say «Du har taushetsplikt»: there the
    // duty is statutory (barnehageloven § 44, helsepersonelloven § 21) for trainees too.
    const general = [...under('fadderkurs', 'roller'), ...under('handbok').filter(([path]) => path === 'handbok/fadderens-rolle.mdx')];
    expect(hits(/Du har taushetsplikt|Fadderen har \[taushetsplikt/i, general)).toEqual([]);
    expect(one('fadderkurs/rollen-og-forste-dag.mdx')).toMatch(/barnehageloven § 44/);
  });

  test('the first-day form: the help names as many signers as there are signature fields', () => {
    const form = one('skjema/forste-dag-hms.mdx');
    const fields = form.match(/type: signature/g)?.length ?? 0;
    const counted = { to: 2, tre: 3, fire: 4 } as const;
    const said = /help: "?(To|Tre|Fire) skriver under/i.exec(form)?.[1]?.toLowerCase() as keyof typeof counted | undefined;
    expect(said, 'the help says how many sign').toBeDefined();
    expect(counted[said!]).toBe(fields);
    expect(hits(/skriver under begge to/i)).toEqual([]);
  });
});

describe('nynorsk interface words', () => {
  const nn = readFileSync(join(SRC, 'lib/i18n/nn.ts'), 'utf8');

  test('arbeidsstad, rettleiar, brukar; one object pronoun (ho); no «Personleg eigna»', () => {
    expect(nn).not.toMatch(/'Arbeidssted'|'Veileder'/);
    expect(nn).not.toMatch(/\bbruker\b/);
    expect(nn).not.toMatch(/\bhenne\b/);
    expect(nn).not.toMatch(/Personleg eigna\b/);
  });
});
