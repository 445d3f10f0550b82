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
    meetingInFuture: 'Datoen {date} er fram i tid. Stemmer det?',
    meetingBeforeStart: 'Datoen {date} er før praksisen startet ({start}). Stemmer det?',
    nextNotAfter: 'Neste samtale ({date}) er ikke etter denne samtalen. Stemmer det?',
  },
  /** Messages of the saved-data code in src/lib (file import, the passphrase lock), which has no ui(). */
  data: {
    nothingChanged: 'Ingenting er endret.',
    tooBig: 'Filen er for stor ({size}). Største tillatte størrelse er {max}.',
    notJson: 'Filen er ikke gyldig JSON. Velg en fil du har lastet ned fra {source}.',
    notExport: 'Filen er ikke en eksport fra {source}.',
    version: 'Filen har versjon {version}, som denne siden ikke kan lese. Forventet versjon 1 til {max}.',
    unreadable: '{one} nr. {n} i filen kan ikke leses: {problem}.',
    empty: 'Filen inneholder ingen {many}.',
    wrongPassphrase: 'Feil passord. Ingenting er endret.',
    qualityNoteTooLong: 'Notatet kan ha høyst {max} tegn. Nå er det {n}. Ingenting er kuttet, men notatet er ikke lagret før du korter det ned.',
    lists: {
      followUps: { stored: 'Lagrede oppfølginger', one: 'oppfølging', many: 'oppfølginger', source: 'oppfølgingen i Praksishåndboka' },
      quality: { stored: 'Lagrede vurderinger', one: 'vurdering', many: 'vurderinger', source: 'kvalitetssjekken i Praksishåndboka' },
    },
    import: {
      done: 'Import ferdig: {parts}.',
      nothing: 'Import ferdig: ingenting ble endret.',
      added: ['{n} ny oppfølging lagt til', '{n} nye oppfølginger lagt til'],
      unchanged: ['{n} oppfølging var lik den som er lagret, og ble ikke endret', '{n} oppfølginger var like dem som er lagret, og ble ikke endret'],
      replaced: ['{n} oppfølging erstattet med versjonen fra fila', '{n} oppfølginger erstattet med versjonen fra fila'],
      keptStored: ['{n} oppfølging beholdt slik den var lagret', '{n} oppfølginger beholdt slik de var lagret'],
      keptBoth: ['{n} kopi fra fila lagt til ved siden av den lagrede', '{n} kopier fra fila lagt til ved siden av den lagrede'],
      fromFile: '{alias} (fra fil)',
    },
    /** The self-assessment's import summary (lib/quality/import.ts). */
    qualityImport: {
      done: 'Hentet fra fil: {parts}.',
      nothing: 'Fila ga ingen endringer.',
      added: ['{n} ny vurdering lagt til', '{n} nye vurderinger lagt til'],
      replaced: ['{n} vurdering erstattet med versjonen fra fila', '{n} vurderinger erstattet med versjonen fra fila'],
      keptBoth: ['{n} vurdering lagt til som kopi ved siden av den lagrede', '{n} vurderinger lagt til som kopi ved siden av den lagrede'],
      keptStored: ['{n} lagret vurdering beholdt uendret (fila ble ikke brukt)', '{n} lagrede vurderinger beholdt uendret (fila ble ikke brukt)'],
      unchanged: ['{n} vurdering var lik den du har, og ble ikke endret', '{n} vurderinger var lik den du har, og ble ikke endret'],
    },
  },
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
    meetingInFuture: 'Datoen {date} er fram i tid. Stemmer det?',
    meetingBeforeStart: 'Datoen {date} er før praksisen starta ({start}). Stemmer det?',
    nextNotAfter: 'Neste samtale ({date}) er ikkje etter denne samtalen. Stemmer det?',
  },
  data: {
    nothingChanged: 'Ingenting er endra.',
    tooBig: 'Fila er for stor ({size}). Største tillatne storleik er {max}.',
    notJson: 'Fila er ikkje gyldig JSON. Vel ei fil du har lasta ned frå {source}.',
    notExport: 'Fila er ikkje ein eksport frå {source}.',
    version: 'Fila har versjon {version}, som denne sida ikkje kan lese. Venta versjon 1 til {max}.',
    unreadable: '{one} nr. {n} i fila kan ikkje lesast: {problem}.',
    empty: 'Fila inneheld ingen {many}.',
    wrongPassphrase: 'Feil passord. Ingenting er endra.',
    qualityNoteTooLong: 'Notatet kan ha høgst {max} teikn. No er det {n}. Ingenting er kutta, men notatet er ikkje lagra før du kortar det ned.',
    lists: {
      followUps: { stored: 'Lagra oppfølgingar', one: 'oppfølging', many: 'oppfølgingar', source: 'oppfølginga i Praksishandboka' },
      quality: { stored: 'Lagra vurderingar', one: 'vurdering', many: 'vurderingar', source: 'kvalitetssjekken i Praksishandboka' },
    },
    import: {
      done: 'Import ferdig: {parts}.',
      nothing: 'Import ferdig: ingenting vart endra.',
      added: ['{n} ny oppfølging lagd til', '{n} nye oppfølgingar lagde til'],
      unchanged: ['{n} oppfølging var lik den som er lagra, og vart ikkje endra', '{n} oppfølgingar var like dei som er lagra, og vart ikkje endra'],
      replaced: ['{n} oppfølging erstatta med versjonen frå fila', '{n} oppfølgingar erstatta med versjonen frå fila'],
      keptStored: ['{n} oppfølging halden slik ho var lagra', '{n} oppfølgingar haldne slik dei var lagra'],
      keptBoth: ['{n} kopi frå fila lagd til ved sida av den lagra', '{n} kopiar frå fila lagde til ved sida av den lagra'],
      fromFile: '{alias} (frå fil)',
    },
    qualityImport: {
      done: 'Henta frå fil: {parts}.',
      nothing: 'Fila gav ingen endringar.',
      added: ['{n} ny vurdering lagd til', '{n} nye vurderingar lagde til'],
      replaced: ['{n} vurdering erstatta med versjonen frå fila', '{n} vurderingar erstatta med versjonen frå fila'],
      keptBoth: ['{n} vurdering lagd til som kopi ved sida av den lagra', '{n} vurderingar lagde til som kopi ved sida av den lagra'],
      keptStored: ['{n} lagra vurdering halden uendra (fila vart ikkje brukt)', '{n} lagra vurderingar haldne uendra (fila vart ikkje brukt)'],
      unchanged: ['{n} vurdering var lik den du har, og vart ikkje endra', '{n} vurderingar var like dei du har, og vart ikkje endra'],
    },
  },
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
