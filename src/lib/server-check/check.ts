/**
 * `npm run sjekk-server -- https://…`: reads a deployed copy's HTTP headers and says in
 * Norwegian what is missing (see eksempler/server/). Only GET requests to the address given,
 * and to files under it that every copy has.
 */
export interface ServerFinding {
  ok: boolean;
  /** What was checked, in Norwegian. */
  what: string;
  /** When not ok: what to do. */
  fix?: string;
}

interface Fetched {
  status: number;
  headers: Headers;
  body: string;
}

async function get(url: string): Promise<Fetched> {
  const response = await fetch(url, { redirect: 'follow', headers: { 'user-agent': 'praksishandboka-sjekk-server' } });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

const CONFIGS = 'Se eksemplene i eksempler/server/ (nginx, Apache, _headers).';

/** Checks the site at `address` (its base path, ending in /). `notFoundTitle` is the 404 page's heading. */
export async function checkServer(address: string, notFoundTitle: string): Promise<ServerFinding[]> {
  const base = address.endsWith('/') ? address : `${address}/`;
  const findings: ServerFinding[] = [];
  const add = (ok: boolean, what: string, fix: string) => findings.push(ok ? { ok, what } : { ok, what, fix });

  let page: Fetched;
  try {
    page = await get(base);
  } catch (error) {
    return [{ ok: false, what: `Fikk ikke kontakt med ${base}`, fix: `Sjekk adressen og nettet (${(error as Error).message}).` }];
  }
  add(page.status === 200, `Forsiden svarer (${page.status})`, `Forsiden ${base} svarte ${page.status}. Ligger dist/ under riktig sti, og stemmer basePath?`);

  const csp = page.headers.get('content-security-policy') ?? '';
  add(csp !== '', 'Content-Security-Policy i HTTP-hodet', `Sett hodet Content-Security-Policy. ${CONFIGS}`);
  add(/frame-ancestors\s+('none'|'self')/.test(csp), 'Content-Security-Policy har frame-ancestors', `Legg til «frame-ancestors 'none'» i Content-Security-Policy. Det virker bare i HTTP-hodet, ikke i <meta>-taggen.`);
  if (base.startsWith('https:')) {
    const hsts = /max-age=(\d+)/.exec(page.headers.get('strict-transport-security') ?? '');
    add(Boolean(hsts && Number(hsts[1]) >= 15_552_000), 'Strict-Transport-Security (HSTS) i minst et halvt år', 'Sett hodet «Strict-Transport-Security: max-age=31536000; includeSubDomains».');
  } else {
    add(false, 'Nettstedet bruker https', 'Legg nettstedet ut med https, og sett Strict-Transport-Security.');
  }
  add((page.headers.get('x-content-type-options') ?? '').toLowerCase() === 'nosniff', 'X-Content-Type-Options: nosniff', 'Sett hodet «X-Content-Type-Options: nosniff».');
  const referrer = (page.headers.get('referrer-policy') ?? '').toLowerCase();
  add(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(referrer), 'Referrer-Policy', 'Sett hodet «Referrer-Policy: strict-origin-when-cross-origin».');

  const manifest = await get(new URL('manifest.webmanifest', base).href).catch(() => undefined);
  if (manifest && manifest.status === 200) {
    add((manifest.headers.get('content-type') ?? '').startsWith('application/manifest+json'), 'MIME-typen til manifest.webmanifest', 'Gi .webmanifest typen «application/manifest+json».');
  }

  const asset = /(?:href|src)="([^"]*_astro\/[^"]+)"/.exec(page.body)?.[1];
  if (asset) {
    const fetched = await get(new URL(asset, base).href);
    const maxAge = Number(/max-age=(\d+)/.exec(fetched.headers.get('cache-control') ?? '')?.[1] ?? 0);
    add(maxAge >= 2_592_000, 'Lang mellomlagring for filene i _astro/', 'Sett «Cache-Control: public, max-age=31536000, immutable» for mappa _astro/.');
  }

  const worker = await get(new URL('sw.js', base).href);
  if (worker.status === 200) {
    const cache = (worker.headers.get('cache-control') ?? '').toLowerCase();
    add(/no-cache|no-store|max-age=0\b/.test(cache), 'sw.js blir ikke mellomlagret', 'Sett «Cache-Control: no-cache» for sw.js, så leserne får nye versjoner.');
  }

  const missing = await get(new URL(`finnes-ikke-${Date.now()}/`, base).href);
  add(missing.status === 404, `En adresse som ikke finnes, svarer 404 (${missing.status})`, 'Be serveren svare 404 på adresser som ikke finnes.');
  add(missing.body.includes(notFoundTitle), 'Feilsiden er nettstedets egen 404.html', `Be serveren bruke ${new URL('404.html', base).pathname} som feilside, for eksempel «error_page 404 ${new URL('404.html', base).pathname};» i nginx.`);
  return findings;
}

export function formatFindings(address: string, findings: ServerFinding[]): string {
  const bad = findings.filter((f) => !f.ok);
  const lines = findings.map((f) => (f.ok ? `  ✓ ${f.what}` : `  ✗ ${f.what}\n      ${f.fix}`));
  const summary = bad.length === 0 ? 'Alt er på plass.' : `${bad.length} ${bad.length === 1 ? 'ting mangler' : 'ting mangler'}. ${CONFIGS}`;
  return `Sjekket ${address}\n${lines.join('\n')}\n${summary}`;
}
