/**
 * "Lagre håndboka for bruk uten nett": shows the download size from the build's listing,
 * asks the service worker to store every listed file, shows progress, and says when it is
 * done. Hidden where the browser has no service worker. Texts come from data attributes
 * (rendered in the site's language).
 */
import { fill } from '../../i18n/fill.ts';
import { LISTING_FILE, MSG_SAVE, languagesToSave, savedStateKey, type OfflineListing, type SaveProgress, type SavedState } from '../names.ts';
import { readChoice } from '../../languages/choice.ts';

const base = import.meta.env.BASE_URL;
const scope = new URL(base, location.href).href;
const lang = document.documentElement.lang;

/** "ca. 4 MB": whole megabytes from 2 MB, one decimal below, kB under 1 MB. */
export function approxSize(bytes: number): string {
  const mb = bytes / 1e6;
  if (mb >= 2) return `${Math.round(mb)} MB`;
  if (mb >= 1) return `${mb.toLocaleString(lang, { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}
const day = (iso: string) => new Date(iso).toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric' });

async function init(root: HTMLElement): Promise<void> {
  const text = root.dataset as Record<string, string>;
  const button = root.querySelector<HTMLButtonElement>('[data-offline-button]')!;
  const size = root.querySelector<HTMLElement>('[data-offline-size]')!;
  const progressBox = root.querySelector<HTMLElement>('[data-offline-progress]')!;
  const progress = progressBox.querySelector('progress')!;
  const progressText = progressBox.querySelector<HTMLElement>('[data-offline-count]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;

  const listing = (await fetch(`${base}${LISTING_FILE}`).then((r) => (r.ok ? r.json() : undefined), () => undefined)) as OfflineListing | undefined;
  if (!listing) return;
  root.hidden = false;
  // The participant language chosen on /sprak/<kode>/ is saved with the handbook; the others are not.
  const chosen = readChoice(base);
  const languages = chosen ? [chosen] : [];
  size.textContent = fill(text.sizeText!, { size: approxSize(languagesToSave(listing.files, languages).reduce((sum, f) => sum + f.bytes, 0)) });
  const stored = await caches.match(savedStateKey(scope)).then((r) => r?.json() as Promise<SavedState> | undefined, () => undefined);
  if (stored) status.textContent = fill(text.savedText!, { date: day(stored.savedAt) });

  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = '';
    // Ask the browser to keep the saved handbook when the phone runs short of space.
    void navigator.storage?.persist?.().catch(() => false);
    const worker = await Promise.race([navigator.serviceWorker.ready.then((r) => r.active), new Promise<null>((ok) => setTimeout(() => ok(null), 10_000))]);
    if (!worker) {
      status.textContent = text.notReadyText!;
      button.disabled = false;
      return;
    }
    progress.value = 0;
    progressBox.hidden = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<SaveProgress>) => {
      if (data.type === 'progress') {
        progress.max = Math.max(1, data.totalBytes);
        progress.value = data.doneBytes;
        progressText.textContent = fill(text.progressText!, { done: approxSize(data.doneBytes), total: approxSize(data.totalBytes) });
        return;
      }
      progressBox.hidden = true;
      button.disabled = false;
      channel.port1.close();
      status.textContent = data.type === 'done' ? fill(text.savedText!, { date: day(data.state.savedAt) }) : text.failedText!;
      root.dataset.saved = data.type === 'done' ? 'true' : 'false';
    };
    worker.postMessage({ type: MSG_SAVE, languages }, [channel.port2]);
  });
}

const root = document.querySelector<HTMLElement>('[data-offline-save]');
if (root && 'serviceWorker' in navigator && 'caches' in window) void init(root);
