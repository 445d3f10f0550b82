/**
 * The course PDFs' own words (the mentor's certificate and the facilitator's sign-in sheet),
 * in bokmål and nynorsk, the copy's language chosen as in src/lib/i18n/frame.ts. The course's
 * content printed in them (module titles, what each covered) is the shared content's.
 */
import { NYNORSK } from '../i18n/language.ts';

const COURSE_PDF_NB = {
  certificate: {
    title: 'Kursbevis',
    subject: 'Kursbevis for fadderkurset i Praksishåndboka',
    course: 'Fadderkurset: kurs for faddere på arbeidsplassen',
    confirms: 'Dette bekrefter at',
    practised: 'har fullført alle {modules} modulene i fadderkurset og svart på alle {situations} situasjonene.',
    selfReported: 'har selv markert alle {modules} modulene i fadderkurset som fullført.',
    workplace: 'Arbeidsplass',
    municipality: 'Kommune',
    date: 'Dato',
    covered: 'Kurset dekket',
    signature: 'Underskrift kursholder (hvis kurset ble holdt i gruppe)',
    mixedDirection: 'Navnet blander skriftretninger (for eksempel arabisk med latinske bokstaver eller tall). Kursbeviset viser kanskje rekkefølgen feil.',
  },
  signIn: {
    title: 'Oppmøteliste for fadderkurset',
    subject: 'Oppmøteliste med underskrift for hver samling i fadderkurset',
    intro: 'Skriv navnet ditt og arbeidsplassen din én gang. Skriv under hver gang du er til stede. De som har vært på alle samlingene, får kursbevis.',
    place: 'Sted',
    facilitator: 'Kursholder',
    sessionDate: 'Dato for samling {n}',
    name: 'Navn',
    workplace: 'Arbeidsplass',
    session: 'Samling {n}',
  },
} as const;

const COURSE_PDF_NN = {
  certificate: {
    title: 'Kursbevis',
    subject: 'Kursbevis for fadderkurset i Praksishandboka',
    course: 'Fadderkurset: kurs for faddrar på arbeidsplassen',
    confirms: 'Dette stadfestar at',
    practised: 'har fullført alle dei {modules} modulane i fadderkurset og svart på alle dei {situations} situasjonane.',
    selfReported: 'har sjølv merkt alle dei {modules} modulane i fadderkurset som fullførte.',
    workplace: 'Arbeidsplass',
    municipality: 'Kommune',
    date: 'Dato',
    covered: 'Kurset dekte',
    signature: 'Underskrift kurshaldar (viss kurset vart halde i gruppe)',
    mixedDirection: 'Namnet blandar skriftretningar (til dømes arabisk med latinske bokstavar eller tal). Kursbeviset viser kanskje rekkjefølgja feil.',
  },
  signIn: {
    title: 'Oppmøteliste for fadderkurset',
    subject: 'Oppmøteliste med underskrift for kvar samling i fadderkurset',
    intro: 'Skriv namnet ditt og arbeidsplassen din éin gong. Skriv under kvar gong du er til stades. Dei som har vore på alle samlingane, får kursbevis.',
    place: 'Stad',
    facilitator: 'Kurshaldar',
    sessionDate: 'Dato for samling {n}',
    name: 'Namn',
    workplace: 'Arbeidsplass',
    session: 'Samling {n}',
  },
} as const;

/** Both languages, for tests. */
export const COURSE_PDF_TEXT = { nb: COURSE_PDF_NB, nn: COURSE_PDF_NN } as const;

const TEXT = NYNORSK ? COURSE_PDF_NN : COURSE_PDF_NB;

/** The course PDFs' words in the copy's language. */
export const coursePdfText = () => TEXT;
