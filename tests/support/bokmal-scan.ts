/**
 * Finds bokmål interface text on a nynorsk page: the page's text outside every element marked
 * lang="nb" (the shared content) and outside scripts, styles and hidden data, checked for words
 * that are spelt differently in nynorsk. A hit means an interface string that does not come
 * from the strings files (src/lib/i18n/), or content that is not marked with its language.
 */
const BOKMAL_ONLY = [
  'ikke', 'hva', 'hvem', 'hvor', 'hvordan', 'hvilke', 'hvilken', 'hvis', 'fra', 'noen', 'mer', 'flere', 'bare',
  'veileder', 'veiledere', 'veilederen', 'deltaker', 'deltakere', 'deltakeren', 'arbeidssted', 'oppgave', 'oppgaver',
  'nettstedet', 'håndboka', 'håndbok', 'videre', 'krever', 'mestrer', 'siden', 'finner', 'skjemaene',
  'lagret', 'ennå', 'navn', 'eget', 'egne', 'trenger', 'forsiden', 'åpne',
  // Common in the PDFs' and the stored data's own sentences (certificate, report, refusals).
  'bekrefter', 'dekket', 'selv', 'ble', 'hver', 'dere', 'mangler', 'være', 'nyere', 'skadet', 'måles',
  'kursholder', 'modulene', 'situasjonene', 'oppføringen', 'vurderingen', 'tallene', 'tallet', 'kilde',
  // Plural and article forms in the pages' own titles and descriptions (meta description, <title>).
  'opplæringsplaner', 'faser', 'målepunkter', 'moduler', 'situasjoner', 'veiledning', 'kursholdere', 'samlinger',
];
const WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${BOKMAL_ONLY.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** Removes every element whose start tag matches `open`, with its content (nesting-aware for the same tag name). */
function removeElements(html: string, open: RegExp): string {
  let out = html;
  for (;;) {
    open.lastIndex = 0;
    const m = open.exec(out);
    if (!m) return out;
    const tag = m[1]!.toLowerCase();
    if (/^(meta|link|img|input|br|hr|source)$/.test(tag) || m[0].endsWith('/>')) {
      out = out.slice(0, m.index) + out.slice(m.index + m[0].length);
      continue;
    }
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    re.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = re.exec(out); t; t = re.exec(out)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = out.slice(0, m.index) + out.slice(end);
  }
}

const norm = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The visible-ish text of a page outside lang="nb" content, with attributes people hear (alt,
 * aria-label, title, placeholder) and the meta description. A text that repeats content from
 * the page's lang="nb" blocks (a chapter's title in the breadcrumbs, its summary in the meta
 * description) is content, not interface text, and is left out.
 */
export function interfaceText(html: string): string {
  let body = html.replace(/<!--[\s\S]*?-->/g, '');
  body = removeElements(body, /<(script|style|template|svg)\b[^>]*>/gi);
  const withNb = body;
  body = removeElements(body, /<([a-z][\w-]*)\b[^>]*\slang="nb"[^>]*>/gi);
  const nbText = norm(withNb.length === body.length ? '' : keepOnlyNb(withNb));
  const isContent = (text: string) => text.length > 0 && nbText.includes(text);
  // Content titles inside interface text («Fyll ut: <title>») are content too.
  const nbNodes = keepOnlyNb(withNb).split(/<[^>]+>/).map(norm).filter((t) => t.length >= 8).sort((a, b) => b.length - a.length);
  const withoutContent = (text: string) => nbNodes.reduce((t, n) => t.replaceAll(n, ' '), text);
  const attrs = [...body.matchAll(/\s(?:alt|aria-label|title|placeholder|content)="([^"]*)"/g)]
    .map((m) => m[1]!.split(/ – | · /)[0]!.trim())
    .filter((v) => !/^(width=|text\/|[\w-]+:|#|\d|[\w.-]+\.(js|css|png|svg)$)/.test(v) && !isContent(norm(v)))
    .map(withoutContent);
  // Text nodes one by one, so a content title repeated in the interface can be recognised.
  const nodes = body.split(/<[^>]+>/).flatMap((t) => t.split(/ – | · /)).map(norm).filter((t) => t && !isContent(t)).map(withoutContent);
  return `${nodes.join(' ')} ${attrs.join(' ')}`;
}

/** The text of the page's lang="nb" blocks only. */
function keepOnlyNb(html: string): string {
  const parts: string[] = [];
  const open = /<([a-z][\w-]*)\b[^>]*\slang="nb"[^>]*>/gi;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const rest = html.slice(m.index);
    const removed = removeElements(rest, new RegExp(open.source, 'i'));
    parts.push(rest.slice(0, rest.length - removed.length));
    open.lastIndex = m.index + (rest.length - removed.length);
  }
  return parts.join(' ');
}

/** Bokmål words in a text, each with a little context. */
export function bokmalWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).trim());
}
