import { draftsKey, putDraft, readDrafts, writeDrafts } from '../../lib/forms/drafts.ts';
import { isEmpty, type FormValues } from '../../lib/forms/answers.ts';
import { storedText } from '../../lib/local-data/stored-text.ts';

/** Thin localStorage adapter for standalone drafts; the rules live in lib/forms/drafts.ts. */
export function draftStore(base: string) {
  const item = storedText(draftsKey(base));
  const read = () => readDrafts(item.read());
  return {
    load(formId: string): FormValues | undefined {
      return read().drafts.find((d) => d.formId === formId)?.values;
    },
    /** False when storage is full or blocked; nothing typed is lost from the page. */
    save(formId: string, values: FormValues, now: string): boolean {
      const { drafts, damaged } = read();
      if (damaged) return false; // Never overwrite what could not be read.
      return item.write(writeDrafts(putDraft(drafts, formId, isEmpty(values) ? undefined : values, now)));
    },
  };
}
