import { say, type LogbookText, type LogbookTranslation } from '../../lib/logbook/strings.ts';

/** What the logbook's views need to write any of its text: the Norwegian and, when chosen, one translation. */
export interface LogbookWords {
  nb: LogbookText;
  tr?: LogbookTranslation;
}

/** Plain Norwegian, for attributes and places that hold one language only. */
export const no = (w: LogbookWords, id: string, values?: Record<string, string | number>) => say(w.nb, id, values) ?? id;

/** Norwegian first, then the chosen language under it, each with its own lang (and dir). */
export function Both({ w, id, values }: { w: LogbookWords; id: string; values?: Record<string, string | number> }) {
  const other = w.tr && say(w.tr.strings, id, values);
  return (
    <>
      <span class="said-nb">{no(w, id, values)}</span>
      {other && <span class="said-tr" lang={w.tr!.kode} dir={w.tr!.retning}>{other}</span>}
    </>
  );
}
