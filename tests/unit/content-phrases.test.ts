/**
 * Known wrong phrasings that a content review (issue 13, December 2026) found and fixed.
 * Each rule names the mistake so that it cannot come back unnoticed: a wrong legal basis,
 * advice a caseworker or participant could act on wrongly, an anglicism, a second spelling.
 *
 * CONTENT_ROOT lets the same rules run against an older checkout
 * (e.g. `git archive main content | tar -x -C /tmp/old`) to show that they catch the old text.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, phraseHits } from '../support/content-files.ts';

const ROOT = process.env.CONTENT_ROOT ?? 'content';
/** The folders this review owns; other features add their own folders under content/. */
const FOLDERS = ['handbok', 'metoder', 'roller', 'planer', 'skjema'];

const files = contentFiles(ROOT, FOLDERS);
const all = (): [string, string][] => [...files.entries()];
const one = (path: string): string => files.get(path) ?? '';

const hits = (pattern: RegExp, entries: [string, string][] = all()): string[] => phraseHits(pattern, entries);
const only = (...paths: string[]): [string, string][] => paths.map((p) => [p, one(p)]);

describe('content: statements of law', () => {
  test('there is content to check', () => expect(files.size).toBeGreaterThan(40));

  test('the transitional rule is integreringsforskriften § 72, not integreringsloven § 51', () => {
    expect(hits(/integreringsloven § ?51\b/i)).toEqual([]);
    expect(one('handbok/om-handboka.mdx')).toMatch(/integreringsforskriften § 72/);
  });

  test('the programme is not described as full-time without the chapter 6A exception', () => {
    for (const path of ['handbok/om-handboka.mdx', 'handbok/ordliste.mdx']) {
      const text = one(path);
      if (/heltid/i.test(text)) expect(text, path).toMatch(/kapittel 6A/);
    }
  });

  test('the mandatory parts include livsmestring and foreldreveiledning', () => {
    expect(one('handbok/om-handboka.mdx')).toMatch(/livsmestring/i);
    expect(one('handbok/om-handboka.mdx')).toMatch(/foreldreveiledning/i);
  });

  test('the municipality, not IMDi, is responsible for the programme', () => {
    // Old glossary: «IMDi … et statlig organ som har ansvar for blant annet bosetting … og for introduksjonsprogrammet».
    expect(hits(/IMDi[^<]*?ansvar[^.<]*introduksjonsprogram/i)).toEqual([]);
    expect(one('handbok/ordliste.mdx')).toMatch(/Kommunen har ansvaret for introduksjonsprogrammet/);
  });

  test('the caseworker arranges career guidance but does not give it instead of the county', () => {
    expect(hits(/Gi \[?karriereveiledning/i)).toEqual([]);
  });

  test('the working environment act is not reduced to «HMS only» for participants', () => {
    // Old wording: «Arbeidsgiveren har de samme pliktene på dette området» with only § 1-6 and HMS.
    expect(hits(/samme pliktene på dette området/)).toEqual([]);
    expect(one('skjema/praksisavtale.mdx')).toMatch(/forskrift om arbeidsmiljølovens anvendelse for personer som ikke er arbeidstakere|2005-12-16-1568/i);
  });

  test('insurance is not presented as a legal duty without a basis', () => {
    expect(hits(/må si hvem som har yrkesskadeforsikring/i)).toEqual([]);
    expect(hits(/Avklar hvem som har yrkesskadeforsikring/i)).toEqual([]);
    expect(hits(/Praksisavtalen sier hvem som har forsikringen/i)).toEqual([]);
  });

  test('a job offer does not end the programme automatically', () => {
    expect(hits(/tilbud om jobb\.\*\* Flott! Avslutt praksisen/)).toEqual([]);
  });

  test('the caseworker checks Renholdsregisteret, not HMS cards', () => {
    expect(hits(/HMS-kort i renhold/i)).toEqual([]);
    expect(one('roller/veileder.mdx')).toMatch(/Renholdsregisteret/);
  });

  test('pedestrian-controlled pallet trucks need documented, not certified, training', () => {
    expect(hits(/Modul T1 gjelder palletruck/i)).toEqual([]);
  });

  test('forvaltningsloven § 13 is not applied to private firms', () => {
    expect(hits(/^\s*source: Forvaltningsloven § 13 \(gjelder i kommunen og andre offentlige kontor\)/)).toEqual([]);
  });

  test('police certificates are not lumped together for kindergarten and health', () => {
    expect(hits(/Barnehager og helse- og omsorgstjenester kan kreve \[politiattest/)).toEqual([]);
  });

  test('pages that state law were checked in this review (reviewed date on or after 2 December 2026)', () => {
    const lawPages = all().filter(([, text]) => /(integreringsloven|arbeidsmiljøloven|integreringsforskriften|tolkeloven|folketrygdloven|forvaltningsloven)\b/i.test(text));
    const stale = lawPages.filter(([, text]) => (/^reviewed: (\d{4}-\d\d-\d\d)/m.exec(text)?.[1] ?? '') < '2026-12-02');
    expect(stale.map(([path]) => path)).toEqual([]);
  });
});

describe('content: statements of law, second review (issue 26, checked 7 December 2026)', () => {
  test('25 virkedager is four weeks and one day, not five weeks (Saturdays are virkedager, ferieloven § 5)', () => {
    expect(hits(/25 virkedager[^.\n]*fem uker/i)).toEqual([]);
    expect(one('handbok/fravaer-og-arbeidstid.mdx')).toMatch(/fire uker og én dag/);
  });

  test('Jobbsjansen is not described by its old target group, and the new one carries a date', () => {
    expect(hits(/(program|tilbud) for innvandrere som ikke har rett til introduksjonsprogram/i)).toEqual([]);
    for (const path of ['handbok/varighet-og-veien-videre.mdx', 'handbok/ordliste.mdx', 'handbok/resultater-og-erfaringer.mdx']) {
      expect(one(path), path).toMatch(/hjemmeværende innvandrerkvinner/i);
    }
  });

  test('insurance: the employer\'s statutory insurance is named, not «no rule found»', () => {
    expect(hits(/Vi har ikke funnet en lovregel/i)).toEqual([]);
    for (const path of ['handbok/skade-og-forsikring.mdx', 'skjema/praksisavtale.mdx', 'roller/kommune.mdx']) {
      expect(one(path), path).toMatch(/yrkesskadeforsikringsloven/);
    }
  });

  test('whistleblowing: a ban on retaliation (arbeidsmiljøloven § 2 A-4), not «skal ikke straffes»', () => {
    expect(hits(/varsler[^.\n]*skal ikke straffes/i)).toEqual([]);
    expect(one('handbok/nar-noe-gar-galt.mdx')).toMatch(/gjengjeldelse[^\n]*§ 2 A-4/);
  });

  test('religious holidays: up to two days a year, trossamfunnsloven, 14 days notice', () => {
    expect(hits(/Spør kommunen hvor mange dager som gjelder/)).toEqual([]);
    for (const path of ['handbok/fravaer-og-arbeidstid.mdx', 'handbok/kultur-og-religion.mdx']) {
      expect(one(path), path).toMatch(/trossamfunnsloven § 18/);
      expect(one(path), path).toMatch(/14 dager/);
    }
  });

  test('confidentiality is not presented as a statutory duty for everyone', () => {
    // The kindergarten and health plans may say it: there the duty is statutory. Elsewhere it depends on the workplace.
    const notPlans = all().filter(([path]) => !path.startsWith('planer/'));
    expect(hits(/\bDu har taushetsplikt\b/, notPlans)).toEqual([]);
    expect(hits(/Den gjelder faddere, veiledere og deltakere/)).toEqual([]);
    expect(one('handbok/ordliste.mdx')).toMatch(/avtale/);
  });

  test('parenting guidance also for participants who have a child during the programme', () => {
    expect(one('handbok/om-handboka.mdx')).toMatch(/foreldreveiledning[^\n]*(får barn|får et barn)|(får barn|får et barn)[^\n]*foreldreveiledning/i);
  });

  test('NAV\'s mentor grant is tied to NAV measures or reduced work capacity', () => {
    expect(hits(/følge opp en ny ansatt/i)).toEqual([]);
    expect(one('handbok/varighet-og-veien-videre.mdx')).toMatch(/nedsatt arbeidsevne/);
  });

  test('children as interpreters: the exceptions and the private kindergartens and schools (tolkeloven §§ 2 and 4)', () => {
    expect(hits(/bortsett fra i en nødsituasjon/i)).toEqual([]);
    expect(hits(/Loven gjelder ikke en privat bedrift/i)).toEqual([]);
    expect(one('handbok/tolk.mdx')).toMatch(/forsvarlig/);
    expect(one('handbok/tolk.mdx')).toMatch(/private barnehager/);
  });

  test('tuberculosis screening before work with children, patients or care recipients', () => {
    for (const path of ['handbok/for-praksis.mdx', 'roller/veileder.mdx']) {
      expect(one(path), path).toMatch(/tuberkulose/i);
    }
    expect(one('handbok/for-praksis.mdx')).toMatch(/tuberkulosekontrollforskriften § 3-1/);
  });

  test('every legal correction of this review is recorded for copies to take in', () => {
    const recorded = readFileSync(join(ROOT, 'lovrettelser.yaml'), 'utf8');
    for (const path of [
      'handbok/fravaer-og-arbeidstid.mdx', 'handbok/varighet-og-veien-videre.mdx', 'handbok/ordliste.mdx',
      'handbok/skade-og-forsikring.mdx', 'skjema/praksisavtale.mdx', 'roller/kommune.mdx', 'handbok/nar-noe-gar-galt.mdx',
      'handbok/kultur-og-religion.mdx', 'handbok/om-handboka.mdx', 'handbok/tolk.mdx', 'handbok/for-praksis.mdx',
    ]) {
      expect(recorded, path).toMatch(new RegExp(`fil: ${path}\\s*\\n\\s*dato: 2026-12-07`));
    }
  });
});

describe('content: advice a reader could act on wrongly', () => {
  test('the participant page does not tell a sick participant to «write an egenmelding»', () => {
    expect(hits(/skriver du en egenmelding/i, only('roller/deltaker.mdx'))).toEqual([]);
    expect(one('roller/deltaker.mdx')).toMatch(/kommunen/i);
  });

  test('no year-less «I dag» in the history of the practice network', () => {
    expect(hits(/\*\*I dag:\*\*/, only('handbok/samarbeid-med-arbeidsgivere.mdx'))).toEqual([]);
  });

  test('the 2006 decision and the 2009 letter of intent are not merged', () => {
    expect(hits(/2009[^.\n]*\b40\b|\b40\b[^.\n]*2009/)).toEqual([]);
  });

  test('unsupported claims stay out', () => {
    for (const claim of [/i norske kommuner siden 2011/i, /fra nivå A1 til B1/i, /ofte den raskeste veien til jobb/i, /Mange får sin første jobb der/i]) {
      expect(hits(claim), String(claim)).toEqual([]);
    }
  });

  test('one figure for mentor training, mentor time and three-party meetings', () => {
    expect(hits(/tre samlinger på tre timer|\*\*Tidsplan \(3 timer\)/)).toEqual([]);
    expect(hits(/10–15 minutter om dagen/)).toEqual([]);
    expect(hits(/fire til seks ganger/)).toEqual([]);
  });
});

describe('content: language', () => {
  test('no anglicisms', () => {
    expect(hits(/steppe inn|\bbooker\b|\bbooke\b|\bfeedback\b/i)).toEqual([]);
  });

  test('no pronoun for a generic person (see CONTRIBUTING.md)', () => {
    expect(hits(/\b(han eller hun|hun eller han|han\/hun|hun\/han)\b/i)).toEqual([]);
    expect(hits(/\b(hun|han|henne|ham)\b/i)).toEqual([]);
  });

  test('one spelling per word: fram, framgang, annethvert år', () => {
    expect(hits(/\b(frem|fremgang\w*|fremdrift|fremover|fremtid\w*|fremst)\b/i)).toEqual([]);
    expect(hits(/annenhvert/i)).toEqual([]);
    // The interface strings follow the same rule (the checklist's «Framdrift»).
    expect(readFileSync('src/lib/i18n/nb.ts', 'utf8')).not.toMatch(/\b[Ff]rem(drift|gang)\b/);
  });

  test('plan tasks are observable: no «Snakker ikke om», «uten å bli minnet på», «Ser hva som trengs»', () => {
    const plans = all().filter(([path]) => path.startsWith('planer/'));
    expect(hits(/text: (Snakker ikke om|Ser hva som trengs)|uten å bli minnet på/i, plans)).toEqual([]);
  });

  test('one task per thing: no task that lists three actions', () => {
    const plans = all().filter(([path]) => path.startsWith('planer/'));
    expect(hits(/text: \w+ [^,\n]*, \w+ [^,\n]* og \w+/, plans).filter((l) => /Feier, måker snø og strør/.test(l))).toEqual([]);
    expect(hits(/Feier, måker/, plans)).toEqual([]);
  });
});
