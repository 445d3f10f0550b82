/** Offline support is turned off in kommune.yaml: remove a worker this copy installed earlier (and only this copy's). */
const scope = new URL(import.meta.env.BASE_URL, location.href).href;
navigator.serviceWorker?.getRegistrations().then((all) => all.filter((r) => r.scope === scope).forEach((r) => void r.unregister()), () => {});
