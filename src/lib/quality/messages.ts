/**
 * The self-assessment's messages from its code in src/lib/quality (import summary, a note
 * too long, the words for its saved list, the report's words, why an entry cannot be read),
 * in bokmål and nynorsk, the copy's language chosen as in src/lib/i18n/frame.ts. Apart from
 * frame.ts so the workspace's script does not carry them.
 */
import { NYNORSK } from '../i18n/language.ts';

const QUALITY_NB = {
  list: { stored: 'Lagrede vurderinger', one: 'vurdering', many: 'vurderinger', source: 'kvalitetssjekken i Praksishåndboka' },
  noteTooLong: 'Notatet kan ha høyst {max} tegn. Nå er det {n}. Ingenting er kuttet, men notatet er ikke lagret før du korter det ned.',
  import: {
    done: 'Hentet fra fil: {parts}.',
    nothing: 'Fila ga ingen endringer.',
    added: ['{n} ny vurdering lagt til', '{n} nye vurderinger lagt til'],
    replaced: ['{n} vurdering erstattet med versjonen fra fila', '{n} vurderinger erstattet med versjonen fra fila'],
    keptBoth: ['{n} vurdering lagt til som kopi ved siden av den lagrede', '{n} vurderinger lagt til som kopi ved siden av den lagrede'],
    keptStored: ['{n} lagret vurdering beholdt uendret (fila ble ikke brukt)', '{n} lagrede vurderinger beholdt uendret (fila ble ikke brukt)'],
    unchanged: ['{n} vurdering var lik den du har, og ble ikke endret', '{n} vurderinger var lik den du har, og ble ikke endret'],
  },
  report: {
    title: 'Kvalitetssjekk av praksisarbeidet',
    score: '{score} av 5',
    notAssessed: 'ikke vurdert',
    own: 'Kommunens tall: {value}.',
    ownMissing: 'Kommunens tall: ikke fylt ut.',
    benchmark: '{label}: {value} ({year}, kilde: {source}).',
    goal: 'Kommunens mål: {value}.',
    goalMissing: 'Kommunens mål: ikke fylt ut.',
    measure: 'Alle tallene gjelder {measure}.',
  },
  /** Why a stored or imported assessment cannot be read (the shared reasons are in local-data/read-messages.ts). */
  check: {
    date: 'datoen mangler eller er ikke på formen ÅÅÅÅ-MM-DD',
    answer: 'svaret på «{key}» er ugyldig',
    score: 'poengene for «{key}» må være et helt tall fra 1 til 5',
    note: 'notatet til «{key}» er ikke en tekst, eller det er for langt',
    figure: 'tallet for «{key}» er ugyldig',
    number: '«{field}» for «{key}» må være et tall',
    percent: 'prosenten for «{key}» må være mellom 0 og 100',
  },
} as const;

const QUALITY_NN = {
  list: { stored: 'Lagra vurderingar', one: 'vurdering', many: 'vurderingar', source: 'kvalitetssjekken i Praksishandboka' },
  noteTooLong: 'Notatet kan ha høgst {max} teikn. No er det {n}. Ingenting er kutta, men notatet er ikkje lagra før du kortar det ned.',
  import: {
    done: 'Henta frå fil: {parts}.',
    nothing: 'Fila gav ingen endringar.',
    added: ['{n} ny vurdering lagd til', '{n} nye vurderingar lagde til'],
    replaced: ['{n} vurdering erstatta med versjonen frå fila', '{n} vurderingar erstatta med versjonen frå fila'],
    keptBoth: ['{n} vurdering lagd til som kopi ved sida av den lagra', '{n} vurderingar lagde til som kopi ved sida av den lagra'],
    keptStored: ['{n} lagra vurdering halden uendra (fila vart ikkje brukt)', '{n} lagra vurderingar haldne uendra (fila vart ikkje brukt)'],
    unchanged: ['{n} vurdering var lik den du har, og vart ikkje endra', '{n} vurderingar var like dei du har, og vart ikkje endra'],
  },
  report: {
    title: 'Kvalitetssjekk av praksisarbeidet',
    score: '{score} av 5',
    notAssessed: 'ikkje vurdert',
    own: 'Talet til kommunen: {value}.',
    ownMissing: 'Talet til kommunen: ikkje fylt ut.',
    benchmark: '{label}: {value} ({year}, kjelde: {source}).',
    goal: 'Målet til kommunen: {value}.',
    goalMissing: 'Målet til kommunen: ikkje fylt ut.',
    measure: 'Alle tala gjeld {measure}.',
  },
  check: {
    date: 'datoen manglar eller er ikkje på forma ÅÅÅÅ-MM-DD',
    answer: 'svaret på «{key}» er ugyldig',
    score: 'poenga for «{key}» må vere eit heilt tal frå 1 til 5',
    note: 'notatet til «{key}» er ikkje ein tekst, eller det er for langt',
    figure: 'talet for «{key}» er ugyldig',
    number: '«{field}» for «{key}» må vere eit tal',
    percent: 'prosenten for «{key}» må vere mellom 0 og 100',
  },
} as const;

/** Both languages, for tests. */
export const QUALITY_MESSAGES = { nb: QUALITY_NB, nn: QUALITY_NN } as const;

const TEXT = NYNORSK ? QUALITY_NN : QUALITY_NB;

/** The self-assessment's messages in the copy's language. */
export const qualityMessages = () => TEXT;
