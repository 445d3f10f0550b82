import { createFollowUp } from '../../lib/followup/edits.ts';
import type { FollowUp } from '../../lib/followup/types.ts';
import { DetailsForm } from './DetailsForm.tsx';
import type { CatalogueEntry } from './plans.ts';
import type { T } from './Status.tsx';

/**
 * «Ny oppfølging»: loaded when it is opened, with the rules that make a follow-up (edits.ts).
 * The follow-up is made here, in the form's submit, so a refused value throws to the form
 * and is shown under its field.
 */
export function CreateFollowUp({ t, catalogue, catalogueFailed, planSlug, onCreated, onCancel }: {
  t: T; catalogue: CatalogueEntry[] | null; catalogueFailed: boolean; planSlug?: string;
  onCreated: (fu: FollowUp) => void; onCancel: () => void;
}) {
  return (
    <div class="ws-create">
      <h3 class="ds-heading" data-size="xs">{t.newFollowUp}</h3>
      <p class="ws-hint">{t.privacy}</p>
      {catalogueFailed ? <p role="alert">{t.plansNotLoaded}</p> : catalogue && (
        <DetailsForm t={t} idPrefix="new" plans={catalogue} initial={{ planSlug: catalogue.some((c) => c.slug === planSlug) ? planSlug : '' }} submitLabel={t.create}
          onSave={(v) => onCreated(createFollowUp(v))} onCancel={onCancel} />
      )}
    </div>
  );
}
