import { useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import type { PdfMunicipality } from '../../lib/pdf/browser.ts';
import type { CertificateInput } from '../../lib/pdf/course-certificate.ts';
import { rememberName, type CourseProgress } from '../../lib/fadderkurs/progress.ts';
import { dayToDate, localDay } from '../../lib/fadderkurs/day.ts';
import { languageFromAttribute, type ContentLanguage } from '../../lib/pdf/languages.ts';

export interface CertificateModule {
  title: string;
  covers: string[];
  scenarioIds: string[];
  /** The module's content language when it is not the page's (see contentLang in src/lib/i18n). */
  lang?: ContentLanguage;
}

/** The contract of lib/pdf/course-certificate-browser.ts; imported on click so pdf-lib and the fonts load only then. */
interface CertificateModuleFile {
  downloadCourseCertificate(input: CertificateInput, municipality: PdfMunicipality): Promise<{ warnings: string[] }>;
}

interface Props {
  modules: CertificateModule[];
  /** What the certificate may say: every situation answered, or the modules only ticked (progress.ts). */
  basis: CertificateInput['basis'];
  municipality: PdfMunicipality;
  rememberedName?: string;
  save: (change: (p: CourseProgress) => CourseProgress) => boolean;
  t: UiStrings['course'];
}

type Field = 'name' | 'workplace' | 'municipality' | 'date';

/** Name, workplace, municipality and date for the certificate; the name is stored only when the box is ticked. */
export function CertificateForm({ modules, basis, municipality, rememberedName, save, t }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(data.get(k) ?? '').trim();
    const date = dayToDate(get('date'));
    const found: Partial<Record<Field, string>> = {};
    if (!get('name')) found.name = t.nameRequired;
    if (!get('workplace')) found.workplace = t.workplaceRequired;
    if (!get('municipality')) found.municipality = t.municipalityRequired;
    if (!date) found.date = t.dateInvalid;
    setErrors(found);
    const first = (Object.keys(found) as Field[])[0];
    if (first) {
      form.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    save((p) => rememberName(p, data.get('remember') ? get('name') : undefined));
    setBusy(true);
    setStatus(t.making);
    try {
      const pdf: CertificateModuleFile = await import('../../lib/pdf/course-certificate-browser.ts');
      const { warnings } = await pdf.downloadCourseCertificate(
        { name: get('name'), workplace: get('workplace'), municipality: get('municipality'), date: date!, basis, modules: modules.map((m) => ({ title: m.title, covers: m.covers, situations: m.scenarioIds.length, language: languageFromAttribute(m.lang) })) },
        municipality,
      );
      setStatus([t.made, ...warnings].join(' '));
    } catch {
      setStatus(t.failed);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: Field, label: string, props: Record<string, string>) => (
    <div class="ds-field course-certificate__field">
      <label class="ds-label" for={`kursbevis-${name}`}>{label}</label>
      {errors[name] && <p class="ds-validation-message" data-color="danger" id={`kursbevis-${name}-feil`}>{errors[name]}</p>}
      <input
        class="ds-input"
        id={`kursbevis-${name}`}
        name={name}
        aria-invalid={errors[name] ? 'true' : undefined}
        aria-describedby={errors[name] ? `kursbevis-${name}-feil` : undefined}
        {...props}
      />
    </div>
  );

  return (
    <form ref={form} class="course-certificate" onSubmit={onSubmit} noValidate>
      <p class="course-certificate__basis">{basis === 'practised' ? t.basisPractised : t.basisSelfReported}</p>
      {field('name', t.name, { type: 'text', autocomplete: 'name', defaultValue: rememberedName ?? '' })}
      {field('workplace', t.workplace, { type: 'text', autocomplete: 'organization' })}
      {field('municipality', t.municipality, { type: 'text', defaultValue: municipality.name })}
      {field('date', t.date, { type: 'date', defaultValue: localDay() })}
      <div class="ds-field course-certificate__field">
        <input class="ds-input" type="checkbox" id="kursbevis-husk" name="remember" defaultChecked={Boolean(rememberedName)} aria-describedby="kursbevis-husk-hjelp" />
        <label class="ds-label" for="kursbevis-husk">{t.remember}</label>
        <p class="course-certificate__help" id="kursbevis-husk-hjelp">{t.rememberHelp}</p>
      </div>
      <button type="submit" class="ds-button" data-variant="primary" disabled={busy}>{t.download}</button>
      <p role="status" class="course-certificate__status">{status}</p>
    </form>
  );
}
