import { useState } from 'preact/hooks';
import type { UiStrings } from '../../lib/i18n/nb.ts';
import type { PdfMunicipality } from '../../lib/pdf/browser.ts';
import { answeredCount, certificateBasis, doneCount } from '../../lib/fadderkurs/progress.ts';
import { formatDay } from '../../lib/fadderkurs/day.ts';
import { useProgress } from './store.ts';
import { CertificateForm, type CertificateModule } from './CertificateForm.tsx';

interface Props {
  modules: (CertificateModule & { id: string; href: string })[];
  base: string;
  municipality: PdfMunicipality;
  t: UiStrings['course'];
}

/** On the course's front page: which modules are done (this browser only) and, when all are, the certificate form. */
export default function CourseProgress({ modules, base, municipality, t }: Props) {
  const { progress, ready, save, clear } = useProgress(base);
  const [message, setMessage] = useState('');
  const ids = modules.map((m) => m.id);
  const basis = certificateBasis(progress, modules);

  const forget = () => {
    if (!confirm(t.confirmForget)) return;
    clear();
    setMessage(t.forgotten);
  };

  return (
    <div class="course-progress" data-ready={ready ? 'true' : undefined}>
      <h2 class="ds-heading" data-size="md" id="fremdrift">{t.progressHeading}</h2>
      <p>{t.privacy}</p>
      {!ready ? (
        <p>{t.noJs}</p>
      ) : (
        <>
          <p>{t.count.replace('{n}', String(doneCount(progress, ids))).replace('{total}', String(ids.length))}</p>
          <ul class="course-progress__list">
            {modules.map((m) => (
              <li key={m.id}>
                <a class="ds-link" href={m.href} lang={m.lang}>{m.title}</a>: {progress.completed[m.id] ? t.doneOn.replace('{date}', formatDay(progress.completed[m.id]!)) : t.notDone}
                {' · '}
                {t.answered.replace('{n}', String(answeredCount(progress, m.id, m.scenarioIds))).replace('{total}', String(m.scenarioIds.length))}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 class="ds-heading" data-size="md" id="kursbevis">{t.certificateHeading}</h2>
      {ready && basis ? (
        <CertificateForm modules={modules} basis={basis} municipality={municipality} rememberedName={progress.name} save={save} t={t} />
      ) : (
        <p>{t.locked.replace('{total}', String(ids.length))}</p>
      )}
      {ready && (Object.keys(progress.completed).length > 0 || progress.name) && (
        <p>
          <button type="button" class="ds-button" data-variant="tertiary" onClick={forget}>{t.forget}</button>
        </p>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
