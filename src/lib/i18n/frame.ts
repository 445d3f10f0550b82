/**
 * Interface text for the plans' fixed frame (phases, measurement points, the mastery scale)
 * and the plan PDF's labels, in bokmål and nynorsk. Kept apart from nb.ts/nn.ts because
 * islands and the PDF code in the browser import it: both languages together are small.
 *
 * The language is the copy's (kommune.yaml): astro.config.mjs gives it to Vite as the constant
 * __PRAKSIS_LANG__ (so a bundle keeps one language) and to the build's own Node code (the PDF
 * workers) as PUBLIC_PRAKSIS_LANG. Scripts and unit tests without either get bokmål.
 */
const FRAME_NB = {
  phases: {
    1: { title: 'Fase 1: Faste og enkle oppgaver', lead: 'Deltakeren lærer noen få oppgaver som er like hver dag.' },
    2: { title: 'Fase 2: Flere oppgaver og mer variasjon', lead: 'Deltakeren tar flere oppgaver og gjør noen valg selv.' },
    3: { title: 'Fase 3: Selvstendig arbeid og ansvar', lead: 'Deltakeren jobber på egen hånd og tar ansvar.' },
  },
  points: {
    sprak: { label: 'Språkutvikling', short: 'Språk' },
    egnethet: { label: 'Personlig egnethet', short: 'Egnethet' },
    arbeid: { label: 'Arbeidsutførsel', short: 'Arbeid' },
  },
  mastery: {
    1: { label: 'Ikke prøvd', description: 'Deltakeren har ikke prøvd oppgaven ennå.' },
    2: { label: 'Under opplæring', description: 'Deltakeren lærer oppgaven sammen med fadderen.' },
    3: { label: 'Mestrer med støtte', description: 'Deltakeren gjør oppgaven, men trenger hjelp eller påminnelse av og til.' },
    4: { label: 'Mestrer selvstendig', description: 'Deltakeren gjør oppgaven alene og riktig.' },
  },
  input: {
    labels: { alias: 'Alias eller initialer', workplace: 'Arbeidssted', mentor: 'Fadder', caseworker: 'Veileder', taskText: 'Oppgaveteksten', note: 'Notatet', agreed: 'Det dere ble enige om' },
    required: '{label} må fylles ut.',
    tooLong: '{label} kan ha høyst {max} tegn. Nå er det {n}. Ingenting er kuttet; kort ned teksten selv.',
    dateRequired: 'Dato må fylles ut.',
    dateInvalid: 'Datoen er ikke gyldig. Skriv den som dd.mm.åååå.',
    endBeforeStart: 'Sluttdatoen kan ikke være før startdatoen.',
  },
  /** The words for the saved follow-ups in messages (lib/followup/storage.ts). */
  followUpWords: { stored: 'Lagrede oppfølginger', one: 'oppfølging', many: 'oppfølginger', source: 'oppfølgingen i Praksishåndboka' },
} as const;

const FRAME_NN = {
  phases: {
    1: { title: 'Fase 1: Faste og enkle oppgåver', lead: 'Deltakaren lærer nokre få oppgåver som er like kvar dag.' },
    2: { title: 'Fase 2: Fleire oppgåver og meir variasjon', lead: 'Deltakaren tek fleire oppgåver og gjer nokre val sjølv.' },
    3: { title: 'Fase 3: Sjølvstendig arbeid og ansvar', lead: 'Deltakaren jobbar på eiga hand og tek ansvar.' },
  },
  points: {
    sprak: { label: 'Språkutvikling', short: 'Språk' },
    egnethet: { label: 'Personleg eigning', short: 'Eigning' },
    arbeid: { label: 'Arbeidsutføring', short: 'Arbeid' },
  },
  mastery: {
    1: { label: 'Ikkje prøvd', description: 'Deltakaren har ikkje prøvd oppgåva enno.' },
    2: { label: 'Under opplæring', description: 'Deltakaren lærer oppgåva saman med fadderen.' },
    3: { label: 'Meistrar med støtte', description: 'Deltakaren gjer oppgåva, men treng hjelp eller påminning av og til.' },
    4: { label: 'Meistrar sjølvstendig', description: 'Deltakaren gjer oppgåva åleine og rett.' },
  },
  input: {
    labels: { alias: 'Alias eller initialar', workplace: 'Arbeidsstad', mentor: 'Fadder', caseworker: 'Rettleiar', taskText: 'Oppgåveteksten', note: 'Notatet', agreed: 'Det de vart samde om' },
    required: '{label} må fyllast ut.',
    tooLong: '{label} kan ha høgst {max} teikn. No er det {n}. Ingenting er kutta; kort ned teksten sjølv.',
    dateRequired: 'Dato må fyllast ut.',
    dateInvalid: 'Datoen er ikkje gyldig. Skriv han som dd.mm.åååå.',
    endBeforeStart: 'Sluttdatoen kan ikkje vere før startdatoen.',
  },
  followUpWords: { stored: 'Lagra oppfølgingar', one: 'oppfølging', many: 'oppfølgingar', source: 'oppfølginga i Praksishandboka' },
} as const;

/** Both languages, for tests and tools; the site's code calls frame(). */
export const FRAME = { nb: FRAME_NB, nn: FRAME_NN } as const;

export type FrameLanguage = keyof typeof FRAME;

/** Written into the bundles by Vite (astro.config.mjs, vite.define); undeclared in plain Node. */
declare const __PRAKSIS_LANG__: string | undefined;

const nodeLanguage = () => (typeof process === 'undefined' ? undefined : process.env?.PUBLIC_PRAKSIS_LANG);

/** The copy's interface language, wherever this runs (see the comment at the top). */
export function frameLanguage(): FrameLanguage {
  return (typeof __PRAKSIS_LANG__ === 'undefined' ? nodeLanguage() : __PRAKSIS_LANG__) === 'nn' ? 'nn' : 'nb';
}

// Written out in one expression: in a bundle it is a constant, so the minifier keeps one language.
const TEXT = (typeof __PRAKSIS_LANG__ === 'undefined' ? nodeLanguage() : __PRAKSIS_LANG__) === 'nn' ? FRAME_NN : FRAME_NB;

/** The frame's text in the copy's language. */
export const frame = () => TEXT;
