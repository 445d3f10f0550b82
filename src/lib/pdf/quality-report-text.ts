/**
 * The quality report PDF's own words, in bokmål and nynorsk, the copy's language chosen as in
 * src/lib/i18n/frame.ts. The words it shares with the report on the page (scores, the
 * municipality's figures) are in src/lib/quality/messages.ts; the indicators are content.
 */
import { NYNORSK } from '../i18n/language.ts';

const REPORT_PDF_NB = {
  subject: 'Egenvurdering datert {date}',
  byline: '{municipality} · vurdering datert {date}',
  answered: 'Besvart: {n} av {total} indikatorer. Skala fra 1 (svakt) til 5 (sterkt).',
  groups: 'Resultat per del',
  changeSince: 'Endring siden {date}',
  change: '{group}: fra {before} til {after}, endring {change}',
  weakest: 'Dette bør dere forbedre først',
  noneAnswered: 'Ingen indikatorer er vurdert ennå.',
  readMore: 'Les mer: {links}',
  measures: 'Hva som måles: {measures}',
  score: 'Poeng: {score} av 5. {level}',
  notAssessed: 'Poeng: ikke vurdert.',
  note: 'Notat: {note}',
} as const;

const REPORT_PDF_NN = {
  subject: 'Eigenvurdering datert {date}',
  byline: '{municipality} · vurdering datert {date}',
  answered: 'Svart på {n} av {total} indikatorar. Skala frå 1 (svakt) til 5 (sterkt).',
  groups: 'Resultat per del',
  changeSince: 'Endring sidan {date}',
  change: '{group}: frå {before} til {after}, endring {change}',
  weakest: 'Dette bør de betre først',
  noneAnswered: 'Ingen indikatorar er vurderte enno.',
  readMore: 'Les meir: {links}',
  measures: 'Kva som blir målt: {measures}',
  score: 'Poeng: {score} av 5. {level}',
  notAssessed: 'Poeng: ikkje vurdert.',
  note: 'Notat: {note}',
} as const;

/** Both languages, for tests. */
export const REPORT_PDF_TEXT = { nb: REPORT_PDF_NB, nn: REPORT_PDF_NN } as const;

const TEXT = NYNORSK ? REPORT_PDF_NN : REPORT_PDF_NB;

/** The report PDF's words in the copy's language. */
export const reportPdfText = () => TEXT;
