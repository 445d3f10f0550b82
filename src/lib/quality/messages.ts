/**
 * The self-assessment's messages from its code in src/lib/quality (import summary, a note
 * too long, the words for its saved list), in bokmål and nynorsk, the copy's language chosen
 * as in src/lib/i18n/frame.ts. Apart from frame.ts so the workspace's script does not carry them.
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
} as const;

/** Both languages, for tests. */
export const QUALITY_MESSAGES = { nb: QUALITY_NB, nn: QUALITY_NN } as const;

const TEXT = NYNORSK ? QUALITY_NN : QUALITY_NB;

/** The self-assessment's messages in the copy's language. */
export const qualityMessages = () => TEXT;
