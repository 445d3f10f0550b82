/**
 * Runs on every page (so a page read once is there offline, even when the reader came by a
 * link straight to it); kept tiny, see budgets.json. Registers the worker for this copy's
 * base path only, and offers a waiting new version. Nothing reloads unless the reader asks,
 * and never while the page says it holds unsaved work: <html data-unsaved> (set by the
 * workspace while an edit is not yet stored).
 */

const base = import.meta.env.BASE_URL;
/**
 * The worker's address comes from the page (OfflineRegister.astro writes it from names.ts):
 * importing names.ts here made it a second file every page had to fetch before this one ran,
 * and module scripts run in order, so a page's own script waited for that round trip too.
 */
const template = () => document.getElementById('offline-update-template')?.dataset ?? {};
const workerUrl = () => template().sw;

/**
 * A page opened while the worker is in control (a second page, a reload) or in the installed
 * app shows the reader is staying: the worker then fetches its shell (the offline page, the
 * file listing). A first visit asks for nothing more than the page and the worker.
 */
function tell(controlledAtLoad: boolean): void {
  if (controlledAtLoad || matchMedia('(display-mode: standalone)').matches) navigator.serviceWorker.controller?.postMessage({ type: template().msgShell });
}

function offerUpdate(registration: ServiceWorkerRegistration): void {
  // No controller: the very first install, nothing to update from.
  if (!registration.waiting || !navigator.serviceWorker.controller || document.getElementById('offline-update')) return;
  const template = document.getElementById('offline-update-template') as HTMLTemplateElement | null;
  const banner = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  if (!banner) return;
  banner.id = 'offline-update';
  banner.querySelector('[data-later]')?.addEventListener('click', () => banner.remove());
  banner.querySelector('[data-reload]')?.addEventListener('click', () => {
    if ('unsaved' in document.documentElement.dataset) {
      banner.querySelector<HTMLElement>('[data-unsaved-note]')!.hidden = false;
      return;
    }
    const waiting = registration.waiting;
    if (!waiting) return location.reload();
    // Only this tab reloads; other open tabs keep their page until their reader moves on.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  document.body.append(banner);
}

function register(controlledAtLoad: boolean): void {
  const url = workerUrl();
  if (!url) return;
  navigator.serviceWorker.register(url, { scope: base, updateViaCache: 'none' }).then((registration) => {
    if (!registration) return; // a browser or test harness that blocks service workers
    tell(controlledAtLoad);
    offerUpdate(registration);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => worker.state === 'installed' && offerUpdate(registration));
    });
  }, () => {
    // No worker (private mode, blocked by policy): the site works as before, online only.
  });
}

/*
 * On a first visit (no worker in control yet) installing the worker downloads the worker,
 * which on a slow line competes with what the page itself is still loading. So it starts once the page has loaded and the browser is
 * idle; a page that fetches more of its own first (the search page: Pagefind and the first
 * results) carries data-offline-wait until it is done (20 s at most). With a worker in
 * control, registration (an update check) runs at once, as before.
 */
let tries = 40;
function afterLoad(): void {
  if (document.querySelector('[data-offline-wait]') && tries--) setTimeout(afterLoad, 500);
  else if ('requestIdleCallback' in window) requestIdleCallback(() => register(false), { timeout: 3000 });
  else setTimeout(() => register(false), 500);
}

if ('serviceWorker' in navigator) {
  if (navigator.serviceWorker.controller) register(true);
  else if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}
