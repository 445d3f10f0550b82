/**
 * What a filled-in form says about an answer it cannot take (answers.ts), in bokmål and
 * nynorsk, the copy's language chosen as in src/lib/i18n/frame.ts. The field labels in the
 * messages are the form's own (content).
 */
import { NYNORSK } from '../i18n/language.ts';

const FORM_NB = {
  required: 'Fyll ut «{label}».',
  date: '«{label}» må være en dato som dd.mm.åååå, for eksempel 15.09.2026.',
  tooLong: '«{label}» kan ha høyst {max} tegn. Nå har det {n}. Gjør teksten kortere.',
  signatureDate: 'Dato for underskrift: {label}',
} as const;

const FORM_NN = {
  required: 'Fyll ut «{label}».',
  date: '«{label}» må vere ein dato som dd.mm.åååå, til dømes 15.09.2026.',
  tooLong: '«{label}» kan ha høgst {max} teikn. No har feltet {n}. Gjer teksten kortare.',
  signatureDate: 'Dato for underskrift: {label}',
} as const;

/** Both languages, for tests. */
export const FORM_MESSAGES = { nb: FORM_NB, nn: FORM_NN } as const;

const TEXT = NYNORSK ? FORM_NN : FORM_NB;

/** The messages in the copy's language. */
export const formMessages = () => TEXT;
