/**
 * The search page's only script. Pagefind's code and index load on the first query,
 * from this site's own /pagefind/ folder, so it also works under a sub-path.
 */
interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

let loading: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    return pagefind;
  })();
  return loading;
}

function selected(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

/** Pagefind marks hits with <mark>; everything else in its excerpt is escaped text. */
function safeExcerpt(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  html.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = new DOMParser().parseFromString(hit ? hit[1]! : part, 'text/html').documentElement.textContent ?? '';
    fragment.append(hit ? Object.assign(document.createElement('mark'), { textContent: text }) : text);
  });
  return fragment;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  const base = form.dataset.base ?? '/';
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<'loading' | 'noResults' | 'failed' | 'results', string>;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of ['type', 'rolle']) {
    for (const value of params.getAll(name)) {
      const box = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
      if (box) box.checked = true;
    }
  }

  let runId = 0;
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
    if (!query) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    status!.textContent = messages.loading;
    try {
      const pagefind = await loadPagefind(base);
      const search = await pagefind.search(query, { filters });
      const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
      if (id !== runId) return;
      list!.replaceChildren(
        ...data.map((d) => {
          const li = document.createElement('li');
          const link = Object.assign(document.createElement('a'), { href: d.url, className: 'ds-link', textContent: d.meta.title ?? d.url });
          const type = d.filters.type?.[0];
          const meta = Object.assign(document.createElement('span'), { className: 'meta-line', textContent: type ? ` (${type})` : '' });
          const excerpt = document.createElement('p');
          excerpt.append(safeExcerpt(d.excerpt));
          li.append(link, meta, excerpt);
          return li;
        }),
      );
      status!.textContent = data.length
        ? messages.results.replace('{n}', String(search.results.length)).replace('{q}', query)
        : messages.noResults;
    } catch {
      status!.textContent = messages.failed;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run();
  });
  if (input.value) void run();
}
