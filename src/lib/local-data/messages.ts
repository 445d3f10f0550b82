/**
 * Messages of the saved-data code in src/lib that has no ui(): a file taken in (checked by
 * list-import.ts, summed up by followup/import.ts) and a wrong passphrase (crypto-lock.ts), in
 * bokmål and nynorsk, the copy's language chosen as in src/lib/i18n/frame.ts. Apart from
 * frame.ts because those modules load only when a file is chosen or the lock is used: the
 * workspace's first script does not carry their words.
 */
import { NYNORSK } from '../i18n/language.ts';

const DATA_NB = {
  nothingChanged: 'Ingenting er endret.',
  tooBig: 'Filen er for stor ({size}). Største tillatte størrelse er {max}.',
  notJson: 'Filen er ikke gyldig JSON. Velg en fil du har lastet ned fra {source}.',
  notExport: 'Filen er ikke en eksport fra {source}.',
  version: 'Filen har versjon {version}, som denne siden ikke kan lese. Forventet versjon 1 til {max}.',
  unreadable: '{one} nr. {n} i filen kan ikke leses: {problem}.',
  unknownPlan: 'den bruker planen «{plan}», som ikke finnes på dette nettstedet lenger',
  empty: 'Filen inneholder ingen {many}.',
  wrongPassphrase: 'Feil passord. Ingenting er endret.',
  unlockFailed: 'Kunne ikke låse opp. Ingenting er endret.',
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
} as const;

const DATA_NN = {
  nothingChanged: 'Ingenting er endra.',
  tooBig: 'Fila er for stor ({size}). Største tillatne storleik er {max}.',
  notJson: 'Fila er ikkje gyldig JSON. Vel ei fil du har lasta ned frå {source}.',
  notExport: 'Fila er ikkje ein eksport frå {source}.',
  version: 'Fila har versjon {version}, som denne sida ikkje kan lese. Venta versjon 1 til {max}.',
  unreadable: '{one} nr. {n} i fila kan ikkje lesast: {problem}.',
  unknownPlan: 'ho brukar planen «{plan}», som ikkje finst på denne nettstaden lenger',
  empty: 'Fila inneheld ingen {many}.',
  wrongPassphrase: 'Feil passord. Ingenting er endra.',
  unlockFailed: 'Kunne ikkje låse opp. Ingenting er endra.',
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
} as const;

/** Both languages, for tests. */
export const DATA_MESSAGES = { nb: DATA_NB, nn: DATA_NN } as const;

const TEXT = NYNORSK ? DATA_NN : DATA_NB;

/** The messages in the copy's language. */
export const dataMessages = () => TEXT;
