/**
 * The search page's only script. Pagefind's code and index load on the first query,
 * from this site's own /pagefind/ folder, so it also works under a sub-path.
 * Results show as soon as Pagefind has ranked them, with titles from the build's list
 * (page-list.ts); each excerpt follows with its page's data. "Vis flere treff" loads more.
 */
import { excerptPieces, pageExcerpt } from './excerpt.ts';
import { resultUrl, type PageList } from './page-list.ts';
import { compoundSearches, searchTerms, searchesFor, suggestedWords, type SynonymHint } from './query.ts';
import { rankResults } from './rank.ts';

interface ResultData {
  url: string;
  excerpt: string;
  content?: string;
  locations?: number[];
  meta: { title?: string; [key: string]: string | undefined };
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}
type Messages = Record<'loading' | 'none' | 'failed' | 'results' | 'shown' | 'more', string>;
interface Words {
  stop: string[];
  hints: SynonymHint[];
  /** Compound parts (content/sok/ordledd.yaml), to search a compound's parts when the page uses them apart. */
  parts?: string[];
}

/** Result data is fetched this many at a time; one click on "Vis flere treff" adds two batches. */
const BATCH = 5;
const PAGE = 2 * BATCH;

let loading: Promise<Pagefind> | undefined;

/**
 * `indexTag` is the index's hash, written into the page by the build next to preload links
 * for pagefind.js, the entry file, the metadata and the WebAssembly (src/integrations/
 * search-preload.ts); as metaCacheTag it makes Pagefind ask for the entry file by the address
 * preloaded. Pagefind runs on the page's own thread (noWorker): its worker would be one more
 * file and round trip before the first result, and could not use the preloaded files; this
 * index is small enough that a search takes a few milliseconds.
 */
function loadPagefind(base: string, indexTag: string | undefined): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // termSimilarity 6 (default 1): an exact word beats a longer word it is the start of
    // ("syk" → syk before sykehjem); tuned on the question set in tests/fixtures.
    // pageLength 0.5 (default 0.75): a long chapter with the word in its title or lead is pulled
    // down less against a short page that mentions it in passing; on the five question sets in
    // tests/fixtures top-1 rose by 0.02 to 0.05 each, top-5 stayed (measured 2026-12-07).
    await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: { termSimilarity: 6, pageLength: 0.5 }, noWorker: true, ...(indexTag ? { metaCacheTag: indexTag } : {}) });
    // Start loading the index now, while the page sets itself up.
    void pagefind.init();
    return pagefind;
  })();
  return loading;
}

let pageList: Promise<PageList | undefined> | undefined;

/**
 * The page titles file (page-list.ts; the search page's early script has asked for it when the
 * address has a question). Without it (an older build, a failed fetch) each result waits for its data.
 */
function loadPageList(url: string | undefined): Promise<PageList | undefined> {
  pageList ??= url
    ? fetch(url).then((r) => (r.ok ? (r.json() as Promise<PageList>) : undefined)).catch(() => undefined)
    : Promise.resolve(undefined);
  return pageList;
}

function selected(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

/** A result's list item: title link and content type; its excerpt is added by fillExcerpt. */
function resultItem(url: string, title: string, type: string | undefined): HTMLLIElement {
  const li = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: url, className: 'ds-link', textContent: title });
  const meta = Object.assign(document.createElement('span'), { className: 'meta-line', textContent: type ? ` (${type})` : '' });
  li.append(link, meta, document.createElement('p'));
  return li;
}

function fillExcerpt(li: HTMLLIElement, d: ResultData): void {
  const excerpt = li.querySelector('p')!;
  for (const piece of excerptPieces(pageExcerpt(d))) {
    excerpt.append(piece.hit ? Object.assign(document.createElement('mark'), { textContent: piece.text }) : piece.text);
  }
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const help = document.querySelector<HTMLElement>('#search-help');
  const tryWords = document.querySelector<HTMLElement>('#search-try');
  if (!form || !input || !status || !list || !more || !help || !tryWords) return;
  const base = form.dataset.base ?? '/';
  const preloaded = form.dataset.pagefindPreload;
  const indexTag = preloaded && preloaded !== 'pending' ? preloaded : undefined;
  const pagesUrl = form.dataset.pagefindPages;
  // A query in the address: start fetching Pagefind and the titles before anything else.
  if (new URLSearchParams(location.search).get('q')?.trim()) {
    void loadPagefind(base, indexTag);
    void loadPageList(pagesUrl);
  }
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  const words = JSON.parse(form.dataset.words ?? '{"stop":[],"hints":[]}') as Words;
  const stop = new Set(words.stop);
  const parts = new Set(words.parts ?? []);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of ['type', 'rolle']) {
    for (const value of params.getAll(name)) {
      const box = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
      if (box) box.checked = true;
    }
  }

  let runId = 0;
  let results: PagefindResult[] = [];
  let label = '';

  function showStatus(shown: number): void {
    const count = messages.results.replace('{n}', String(results.length)).replace('{q}', label);
    status!.textContent = shown < results.length ? `${count}. ${messages.shown.replace('{shown}', String(shown)).replace('{n}', String(results.length))}` : count;
    more!.hidden = shown >= results.length;
  }

  /**
   * Shows the next PAGE results and fetches their data BATCH at a time. A result the titles list
   * knows shows at once, its excerpt when its data arrives; any other shows when its data and
   * that of the results before it have arrived (the list keeps its order).
   */
  async function showMore(id: number): Promise<HTMLAnchorElement | undefined> {
    let first: HTMLAnchorElement | undefined;
    const titles = loadPageList(pagesUrl);
    const end = Math.min(list!.children.length + PAGE, results.length);
    const filled: Promise<void>[] = [];
    while (list!.children.length < end) {
      const start = list!.children.length;
      const batch = results.slice(start, Math.min(start + BATCH, end)).map((r) => ({ id: r.id, data: r.data() }));
      for (const { id: pageId, data } of batch) {
        // The titles list if it is there before the result's own data, else that data.
        const known = await Promise.race([titles.then((t) => t?.[pageId]), data.then(() => undefined)]);
        if (id !== runId) return undefined;
        let item: HTMLLIElement;
        if (known) {
          item = resultItem(resultUrl(base, known[0]), known[1], known[2]);
          filled.push(data.then((d) => fillExcerpt(item, d)));
        } else {
          const d = await data;
          if (id !== runId) return undefined;
          item = resultItem(d.url, d.meta.title ?? d.url, d.filters.type?.[0]);
          fillExcerpt(item, d);
        }
        first ??= item.querySelector('a') ?? undefined;
        list!.append(item);
        showStatus(list!.children.length);
      }
      // The next batch's data is asked for once this one's has arrived, as before.
      await Promise.all(filled.splice(0));
      if (id !== runId) return undefined;
    }
    return first;
  }

  function showNothingFound(query: string, terms: string[]): void {
    status!.textContent = messages.none.replace('{q}', query);
    const suggestions = suggestedWords(terms, words.hints);
    tryWords!.hidden = suggestions.length === 0;
    const links = tryWords!.querySelector('ul')!;
    links.replaceChildren(
      ...suggestions.map((w) => {
        const li = document.createElement('li');
        const url = new URL(location.href);
        url.search = new URLSearchParams({ q: w }).toString();
        li.append(Object.assign(document.createElement('a'), { href: url.href, className: 'ds-link', textContent: w }));
        return li;
      }),
    );
    help!.hidden = false;
  }

  async function run(): Promise<void> {
    const id = ++runId;
    const query = input!.value.trim();
    const filters: Record<string, { any: string[] }> = {};
    for (const name of ['type', 'rolle']) {
      const values = selected(form!, name);
      if (values.length) filters[name] = { any: values };
    }
    const url = new URL(location.href);
    url.search = new URLSearchParams([['q', query], ...Object.entries(filters).flatMap(([k, v]) => v.any.map((x) => [k, x]))]).toString();
    history.replaceState(null, '', url);
    list!.replaceChildren();
    more!.hidden = true;
    help!.hidden = true;
    results = [];
    if (!query) {
      status!.textContent = '';
      pageReady();
      return;
    }
    status!.textContent = messages.loading;
    list!.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind(base, indexTag);
      const terms = searchTerms(query, stop);
      const searches = searchesFor(terms, words.hints);
      // Each distinct search once (a word may stand in several groups); all at once, so their index chunks load together.
      const asked = new Map<string, Promise<PagefindResult[]>>();
      const search = (w: string[]) => {
        const q = w.join(' ');
        if (!asked.has(q)) asked.set(q, pagefind.search(q, { filters }).then((r) => r.results));
        return asked.get(q)!;
      };
      const found = await Promise.all(searches.map((s) => search(s.words)));
      // A rare compound also as its parts («praksisordningen» → praksis ordning), in a second round.
      const second = compoundSearches(terms, searches, found, parts);
      searches.push(...second);
      found.push(...(await Promise.all(second.map((s) => search(s.words)))));
      if (id !== runId) return;
      results = rankResults(searches, found, terms.length);
      label = query;
      if (results.length === 0) showNothingFound(query, terms);
      else await showMore(id);
    } catch {
      if (id === runId) status!.textContent = messages.failed;
    } finally {
      if (id === runId) list!.setAttribute('aria-busy', 'false');
      pageReady();
    }
  }

  /** Tells the offline support the page has what it came for (see lib/offline/client/register.ts). */
  function pageReady(): void {
    delete form!.dataset.offlineWait;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run();
  });
  more.addEventListener('click', () => {
    more.disabled = true;
    void showMore(runId).then((first) => {
      more.disabled = false;
      first?.focus();
    });
  });
  if (input.value) void run();
  else pageReady();
}
