/**
 * The meeting form's warnings (lib/followup/meetings.ts) in bokmål and nynorsk, the copy's
 * language chosen as in src/lib/i18n/frame.ts. Apart from frame.ts: they load with the
 * meetings, not with the workspace's first script.
 */
import { NYNORSK } from '../i18n/language.ts';

const MEETING_NB = {
  meetingInFuture: 'Datoen {date} er fram i tid. Stemmer det?',
  meetingBeforeStart: 'Datoen {date} er før praksisen startet ({start}). Stemmer det?',
  nextNotAfter: 'Neste samtale ({date}) er ikke etter denne samtalen. Stemmer det?',
} as const;

const MEETING_NN = {
  meetingInFuture: 'Datoen {date} er fram i tid. Stemmer det?',
  meetingBeforeStart: 'Datoen {date} er før praksisen starta ({start}). Stemmer det?',
  nextNotAfter: 'Neste samtale ({date}) er ikkje etter denne samtalen. Stemmer det?',
} as const;

/** Both languages, for tests. */
export const MEETING_MESSAGES = { nb: MEETING_NB, nn: MEETING_NN } as const;

const TEXT = NYNORSK ? MEETING_NN : MEETING_NB;

/** The warnings in the copy's language. */
export const meetingMessages = () => TEXT;
