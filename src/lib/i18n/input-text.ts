import { NYNORSK } from './language.ts';

/**
 * The messages for text a person types into a follow-up (limits.ts, state.ts) and the words
 * for saved follow-ups in the store's messages (storage.ts), in bokmål and nynorsk.
 * Apart from frame.ts because stored follow-ups are checked with these at the workspace's
 * first load, which needs none of the plans' frame text (phases, points, mastery names).
 */
const INPUT_NB = {
  labels: { alias: 'Alias eller initialer', workplace: 'Arbeidssted', mentor: 'Fadder', caseworker: 'Veileder', taskText: 'Oppgaveteksten', note: 'Notatet', agreed: 'Det dere ble enige om' },
  required: '{label} må fylles ut.',
  tooLong: '{label} kan ha høyst {max} tegn. Nå er det {n}. Ingenting er kuttet; kort ned teksten selv.',
  dateRequired: 'Dato må fylles ut.',
  dateInvalid: 'Datoen er ikke gyldig. Skriv den som dd.mm.åååå.',
  endBeforeStart: 'Sluttdatoen kan ikke være før startdatoen.',
  followUpWords: { stored: 'Lagrede oppfølginger', one: 'oppfølging', many: 'oppfølginger', source: 'oppfølgingen i Praksishåndboka' },
  /** Why a stored or imported follow-up cannot be read (the shared reasons are in local-data/read-messages.ts). */
  refused: { assessment: 'vurderingen av «{id}» er ugyldig', level: 'nivået for «{id}» må være 1–4', note: 'notatet for «{id}» er for langt' },
} as const;

const INPUT_NN = {
  labels: { alias: 'Alias eller initialar', workplace: 'Arbeidsstad', mentor: 'Fadder', caseworker: 'Rettleiar', taskText: 'Oppgåveteksten', note: 'Notatet', agreed: 'Det de vart samde om' },
  required: '{label} må fyllast ut.',
  tooLong: '{label} kan ha høgst {max} teikn. No er det {n}. Ingenting er kutta; kort ned teksten sjølv.',
  dateRequired: 'Dato må fyllast ut.',
  dateInvalid: 'Datoen er ikkje gyldig. Skriv han som dd.mm.åååå.',
  endBeforeStart: 'Sluttdatoen kan ikkje vere før startdatoen.',
  followUpWords: { stored: 'Lagra oppfølgingar', one: 'oppfølging', many: 'oppfølgingar', source: 'oppfølginga i Praksishandboka' },
  refused: { assessment: 'vurderinga av «{id}» er ugyldig', level: 'nivået for «{id}» må vere 1–4', note: 'notatet for «{id}» er for langt' },
} as const;

/** Both languages, for tests. */
export const INPUT_TEXT = { nb: INPUT_NB, nn: INPUT_NN } as const;

const TEXT = NYNORSK ? INPUT_NN : INPUT_NB;

/** The messages in the copy's language. */
export const inputText = () => TEXT;
