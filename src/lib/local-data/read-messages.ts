/**
 * What the saved-data code says when stored work or an entry in a file cannot be read
 * (versioned-list.ts, and the reasons every kind of entry shares), in bokmål and nynorsk,
 * the copy's language chosen as in src/lib/i18n/frame.ts. Reasons that belong to one kind
 * of entry are beside its other words (i18n/input-text.ts, quality/messages.ts). Small, and
 * in the workspace's first script: stored follow-ups are read at the first load.
 */
import { NYNORSK } from '../i18n/language.ts';

// What cannot be read is always kept and can be downloaded (the notice's download button).
const READ_NB = {
  notObject: 'oppføringen er ikke et objekt',
  missing: 'feltet «{field}» mangler',
  damaged: '{stored} var skadet og kunne ikke leses. De er lagt til side, og du kan laste dem ned.',
  unknownShape: '{stored} hadde ukjent form. De er lagt til side, og du kan laste dem ned.',
  newer: '{stored} er fra en nyere versjon av nettstedet. De er lagt til side, og du kan laste dem ned.',
  unreadable: '{entries} kunne ikke leses ({reasons}). De er lagt til side, og du kan laste dem ned.',
} as const;

const READ_NN = {
  notObject: 'oppføringa er ikkje eit objekt',
  missing: 'feltet «{field}» manglar',
  damaged: '{stored} var skada og kunne ikkje lesast. Dei er lagde til side, og du kan laste dei ned.',
  unknownShape: '{stored} hadde ukjend form. Dei er lagde til side, og du kan laste dei ned.',
  newer: '{stored} er frå ein nyare versjon av nettstaden. Dei er lagde til side, og du kan laste dei ned.',
  unreadable: '{entries} kunne ikkje lesast ({reasons}). Dei er lagde til side, og du kan laste dei ned.',
} as const;

/** Both languages, for tests. */
export const READ_MESSAGES = { nb: READ_NB, nn: READ_NN } as const;

/** The messages in the copy's language (a constant, not a getter: this is in the workspace's first script). */
export const READ_TEXT = NYNORSK ? READ_NN : READ_NB;
