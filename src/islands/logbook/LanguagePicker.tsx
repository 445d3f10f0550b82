import type { LogbookLanguageChoice } from '../../lib/logbook/strings.ts';
import { Both, type LogbookWords } from './text.tsx';

/** «Språket ditt»: each language named in its own script; «Bare norsk» leaves the translation out. */
export function LanguagePicker({ w, languages, value, onChoose }: { w: LogbookWords; languages: LogbookLanguageChoice[]; value: string; onChoose(kode: string): void }) {
  return (
    <div class="ds-field logbook-language">
      <label class="ds-label" for="logbook-language"><Both w={w} id="language" /></label>
      <div data-field="description" id="logbook-language-hint"><Both w={w} id="languageHint" /></div>
      <select id="logbook-language" class="ds-input" aria-describedby="logbook-language-hint" value={value} onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{w.nb.languageNone}</option>
        {languages.map((l) => <option key={l.kode} value={l.kode} lang={l.kode} dir={l.retning}>{l.navn}</option>)}
      </select>
    </div>
  );
}
