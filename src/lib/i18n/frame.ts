/**
 * Interface text for the plans' fixed frame (phases, measurement points, the mastery scale)
 * and the plan PDF's labels, in bokmål and nynorsk. Kept apart from nb.ts/nn.ts because
 * islands and the PDF code in the browser import it: both languages together are small.
 * The messages for typed text are in input-text.ts: the workspace's first load needs those
 * without the rest.
 *
 * The language is the copy's (kommune.yaml), read once in language.ts; in a bundle it is a
 * constant, so each bundle keeps one language's table.
 */
import { NYNORSK } from './language.ts';

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
} as const;

/** Both languages, for tests and tools; the site's code calls frame(). */
export const FRAME = { nb: FRAME_NB, nn: FRAME_NN } as const;

export type FrameLanguage = keyof typeof FRAME;

/** The copy's interface language, wherever this runs (see the comment at the top). */
export function frameLanguage(): FrameLanguage {
  return NYNORSK ? 'nn' : 'nb';
}

const TEXT = NYNORSK ? FRAME_NN : FRAME_NB;

/** The frame's text in the copy's language. */
export const frame = () => TEXT;
