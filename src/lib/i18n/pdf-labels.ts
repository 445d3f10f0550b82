/**
 * The plan PDF's labels in bokmål and nynorsk (see frame.ts for how the language is chosen).
 * Apart from frame.ts so the workspace's own script does not carry them: only the PDF code does.
 */
import { NYNORSK } from './language.ts';

const PDF_NB = {
  planTitle: 'Opplæringsplan: {title}',
  participant: 'Deltaker (navn eller initialer)',
  workplace: 'Arbeidssted',
  mentor: 'Fadder',
  caseworker: 'Veileder',
  periodFrom: 'Periode fra',
  periodTo: 'Periode til',
  mastery: 'Mestring',
  task: 'Oppgave',
  comment: 'Kommentar',
  noteTooLong: 'Kommentaren til «{task}» er for lang til å vises i feltet på papir. Hele teksten ligger i PDF-feltet.',
  meetings: 'Trekantsamtaler',
  meetingsHint: 'Skriv datoen for hver samtale og det dere ble enige om.',
  meeting: 'Samtale {n}',
  meetingDate: 'Dato for trekantsamtale {n}',
  meetingAgreed: 'Dette ble vi enige om i trekantsamtale {n}',
  signatures: 'Underskrifter',
  participantRole: 'Deltaker',
  signature: 'Signatur {role}',
  date: 'Dato',
  signatureDate: 'Dato for signatur, {role}',
  continued: '{title} (fortsatt)',
  page: '{footer} · Side {n} av {total}',
  /** Said after a PDF with filled-in fields is made (fields.ts). */
  mixedDirection: '«{label}» blander skriftretninger (for eksempel arabisk med latinske bokstaver eller tall). PDF-en viser kanskje rekkefølgen feil, men feltet har den riktige teksten.',
  missingGlyphs: 'Noen tegn finnes ikke i skriftene og vises som tomme ruter: {chars}. Feltene har likevel den riktige teksten.',
} as const;

const PDF_NN = {
  planTitle: 'Opplæringsplan: {title}',
  participant: 'Deltakar (namn eller initialar)',
  workplace: 'Arbeidsstad',
  mentor: 'Fadder',
  caseworker: 'Rettleiar',
  periodFrom: 'Periode frå',
  periodTo: 'Periode til',
  mastery: 'Meistring',
  task: 'Oppgåve',
  comment: 'Kommentar',
  noteTooLong: 'Kommentaren til «{task}» er for lang til å visast i feltet på papir. Heile teksten ligg i PDF-feltet.',
  meetings: 'Trekantsamtalar',
  meetingsHint: 'Skriv datoen for kvar samtale og det de vart samde om.',
  meeting: 'Samtale {n}',
  meetingDate: 'Dato for trekantsamtale {n}',
  meetingAgreed: 'Dette vart vi samde om i trekantsamtale {n}',
  signatures: 'Underskrifter',
  participantRole: 'Deltakar',
  signature: 'Signatur {role}',
  date: 'Dato',
  signatureDate: 'Dato for signatur, {role}',
  continued: '{title} (framhald)',
  page: '{footer} · Side {n} av {total}',
  mixedDirection: '«{label}» blandar skriftretningar (til dømes arabisk med latinske bokstavar eller tal). PDF-en viser kanskje rekkjefølgja feil, men feltet har den rette teksten.',
  missingGlyphs: 'Nokre teikn finst ikkje i skriftene og blir viste som tomme ruter: {chars}. Felta har likevel den rette teksten.',
} as const;

/** Both languages, for tests. */
export const PDF_LABELS = { nb: PDF_NB, nn: PDF_NN } as const;

const TEXT = NYNORSK ? PDF_NN : PDF_NB;

/** The plan PDF's labels in the copy's language. */
export const pdfLabels = () => TEXT;
