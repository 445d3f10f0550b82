import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFObject,
} from 'pdf-lib';

/**
 * A checker for tagged PDFs, since no PDF/UA validator can be installed here. It reads the
 * file with pdf-lib's low-level objects, walks the structure tree and every page's content
 * stream, and lists what a screen reader would miss: text that is neither tagged nor an
 * artifact, marked content with no MCID or an MCID used twice, a table with no header cells,
 * a field with no accessible name (/TU), a figure with no /Alt, and a missing /Lang,
 * /MarkInfo, DisplayDocTitle or XMP metadata. It also returns the tree, with the text of
 * each element, so a test can read a table row by row.
 */

export interface TagNode {
  type: string;
  lang?: string;
  alt?: string;
  actualText?: string;
  scope?: string;
  /** A table cell's /ColSpan (1 when it has none). */
  colSpan: number;
  /** The element's own text and its children's, in tree order. */
  text: string;
  children: TagNode[];
  /** Widget annotations (form fields) under this element. */
  widgets: number;
}

export interface TagReport {
  problems: string[];
  /** The document's language: the catalog's /Lang. */
  lang?: string;
  root: TagNode;
  /** pdfinfo says «Tagged: yes». */
  pdfinfoTagged: boolean;
  /** The text layer in reading order, as pdftotext reads it. */
  text: string;
}

const dir = mkdtempSync(join(tmpdir(), 'praksis-tags-'));
let n = 0;

const WIN_ANSI_HIGH: Record<number, string> = { 0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—' };

type Token = { kind: 'op'; value: string } | { kind: 'operand'; value: unknown };

/** A small content-stream tokenizer: enough for what pdf-lib writes (no inline images). */
function tokens(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const ws = /[\s\0]/;
  const delim = /[\s\0()<>[\]{}/%]/;
  const readValue = (): unknown => {
    const c = src[i]!;
    if (c === '(') {
      let depth = 0;
      let s = '';
      i++;
      while (i < src.length) {
        const ch = src[i]!;
        if (ch === '\\') {
          const next = src[i + 1]!;
          const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
          if (/[0-7]/.test(next)) {
            const m = /^[0-7]{1,3}/.exec(src.slice(i + 1))![0];
            s += String.fromCharCode(parseInt(m, 8));
            i += 1 + m.length;
            continue;
          }
          s += esc[next] ?? next;
          i += 2;
          continue;
        }
        if (ch === '(') depth++;
        if (ch === ')') {
          if (depth === 0) break;
          depth--;
        }
        s += ch;
        i++;
      }
      i++;
      return { bytes: [...s].map((x) => x.charCodeAt(0)) };
    }
    if (c === '<' && src[i + 1] === '<') {
      i += 2;
      const dict: Record<string, unknown> = {};
      let key: string | undefined;
      for (;;) {
        while (ws.test(src[i]!)) i++;
        if (src[i] === '>' && src[i + 1] === '>') {
          i += 2;
          return { dict };
        }
        const v = readValue();
        if (key === undefined) key = (v as { name: string }).name;
        else {
          dict[key] = v;
          key = undefined;
        }
      }
    }
    if (c === '<') {
      const end = src.indexOf('>', i);
      const hex = src.slice(i + 1, end).replace(/\s/g, '');
      i = end + 1;
      const bytes: number[] = [];
      for (let k = 0; k < hex.length; k += 2) bytes.push(parseInt(hex.slice(k, k + 2).padEnd(2, '0'), 16));
      return { bytes };
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      for (;;) {
        while (ws.test(src[i]!)) i++;
        if (src[i] === ']') {
          i++;
          return arr;
        }
        arr.push(readValue());
      }
    }
    if (c === '/') {
      let j = i + 1;
      while (j < src.length && !delim.test(src[j]!)) j++;
      const name = src.slice(i + 1, j);
      i = j;
      return { name };
    }
    let j = i;
    while (j < src.length && !delim.test(src[j]!)) j++;
    const word = src.slice(i, j);
    i = j;
    return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) ? Number(word) : { op: word };
  };
  while (i < src.length) {
    const c = src[i]!;
    if (ws.test(c)) {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const v = readValue();
    if (v && typeof v === 'object' && 'op' in v) out.push({ kind: 'op', value: (v as { op: string }).op });
    else out.push({ kind: 'operand', value: v });
  }
  return out;
}

function decodeStream(stream: PDFObject | undefined): string {
  if (stream instanceof PDFRawStream) return String.fromCharCode(...decodePDFRawStream(stream).decode());
  if (stream instanceof PDFStream) return String.fromCharCode(...stream.getContents());
  return '';
}

/** A font's bytes-to-text map: a ToUnicode CMap (two-byte codes) or WinAnsi (one byte). */
function fontDecoder(font: PDFDict | undefined): (bytes: number[]) => string {
  const toUnicode = font?.lookup(PDFName.of('ToUnicode'));
  if (!toUnicode) return (bytes) => bytes.map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join('');
  const cmap = decodeStream(toUnicode as PDFObject);
  const map = new Map<number, string>();
  const hexText = (h: string) => {
    let s = '';
    for (let k = 0; k < h.length; k += 4) s += String.fromCharCode(parseInt(h.slice(k, k + 4), 16));
    return s;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1]!, 16), hexText(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const start = parseInt(m[3]!, 16);
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(start + c - lo));
    }
  }
  return (bytes) => {
    let s = '';
    for (let k = 0; k + 1 < bytes.length; k += 2) s += map.get((bytes[k]! << 8) | bytes[k + 1]!) ?? '';
    return s;
  };
}

const textOf = (o: PDFObject | undefined): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;

interface PageContent {
  /** Text per MCID, with a Span's /ActualText in place of its glyphs. */
  mcids: Map<number, string>;
  untagged: string[];
  problems: string[];
}

/** Walks one page's content: which text sits in which MCID, and what sits in neither an MCID nor an artifact. */
function readPage(doc: PDFDocument, page: PDFDict, label: string): PageContent {
  const contents = page.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  const src = streams.map((s) => decodeStream(s as PDFObject)).join('\n');
  const fonts = (page.lookup(PDFName.of('Resources')) as PDFDict | undefined)?.lookup(PDFName.of('Font')) as PDFDict | undefined;
  const decoders = new Map<string, (b: number[]) => string>();
  const decoderFor = (name: string) => {
    let d = decoders.get(name);
    if (!d) decoders.set(name, (d = fontDecoder(fonts?.lookup(PDFName.of(name)) as PDFDict | undefined)));
    return d;
  };
  const out: PageContent = { mcids: new Map(), untagged: [], problems: [] };
  const stack: { tag: string; mcid?: number; actualText?: string; text: string }[] = [];
  let operands: unknown[] = [];
  let decode: (b: number[]) => string = (b) => String.fromCharCode(...b);
  const show = (text: string, what: string) => {
    const artifact = stack.some((s) => s.tag === 'Artifact');
    const owner = [...stack].reverse().find((s) => s.mcid !== undefined);
    if (artifact) return;
    if (!owner) {
      out.untagged.push(text || what);
      return;
    }
    // Inside a Span with ActualText the glyphs are replaced by that text, once.
    if (stack.some((s) => s.actualText !== undefined)) return;
    owner.text += text;
  };
  for (const t of tokens(src)) {
    if (t.kind === 'operand') {
      operands.push(t.value);
      continue;
    }
    const op = t.value;
    if (op === 'BMC') stack.push({ tag: (operands[0] as { name: string }).name, text: '' });
    else if (op === 'BDC') {
      const tag = (operands[0] as { name: string }).name;
      const props = (operands[1] as { dict?: Record<string, unknown> }).dict ?? {};
      const mcid = typeof props.MCID === 'number' ? props.MCID : undefined;
      const at = props.ActualText as { bytes: number[] } | undefined;
      let actualText: string | undefined;
      if (at) {
        const b = at.bytes;
        actualText = b[0] === 0xfe && b[1] === 0xff ? String.fromCharCode(...Array.from({ length: (b.length - 2) / 2 }, (_, k) => (b[2 + 2 * k]! << 8) | b[3 + 2 * k]!)) : String.fromCharCode(...b);
      }
      if (tag !== 'Artifact' && tag !== 'Span' && mcid === undefined) out.problems.push(`${label}: marked content /${tag} has no MCID`);
      if (mcid !== undefined && (out.mcids.has(mcid) || stack.some((s) => s.mcid !== undefined))) out.problems.push(`${label}: MCID ${mcid} is used twice or nested in another`);
      if (mcid !== undefined) out.mcids.set(mcid, '');
      stack.push({ tag, mcid, actualText, text: '' });
      if (actualText !== undefined) {
        const owner = [...stack].reverse().find((s) => s.mcid !== undefined);
        if (owner) owner.text += actualText;
      }
    } else if (op === 'EMC') {
      const top = stack.pop();
      if (!top) out.problems.push(`${label}: EMC without BMC/BDC`);
      // The end of a marked sequence (a line, a run in another language) ends a word.
      else if (top.mcid !== undefined) out.mcids.set(top.mcid, top.text.endsWith(' ') ? top.text : `${top.text} `);
    } else if (op === 'Tf') decode = decoderFor((operands[0] as { name: string }).name);
    else if (op === 'Tj' || op === "'" || op === '"') show(decode((operands[operands.length - 1] as { bytes: number[] }).bytes), 'text');
    else if (op === 'TJ') show((operands[0] as unknown[]).filter((x): x is { bytes: number[] } => typeof x === 'object' && x !== null && 'bytes' in x).map((x) => decode(x.bytes)).join(''), 'text');
    else if (op === 'Do') show('', 'an image or form XObject');
    operands = [];
  }
  if (stack.length) out.problems.push(`${label}: ${stack.length} marked-content sequence(s) never closed`);
  return out;
}

function numberTree(doc: PDFDocument, tree: PDFDict | undefined, into = new Map<number, PDFObject>()): Map<number, PDFObject> {
  if (!tree) return into;
  const nums = tree.lookup(PDFName.of('Nums'));
  if (nums instanceof PDFArray) for (let k = 0; k + 1 < nums.size(); k += 2) into.set((nums.lookup(k) as PDFNumber).asNumber(), nums.get(k + 1));
  const kids = tree.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) for (let k = 0; k < kids.size(); k++) numberTree(doc, kids.lookup(k) as PDFDict, into);
  return into;
}

/** Checks a PDF's tagging; see the file comment. */
export async function checkTagged(bytes: Uint8Array): Promise<TagReport> {
  const problems: string[] = [];
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = doc.catalog;
  const get = (d: PDFDict | undefined, key: string) => d?.lookup(PDFName.of(key));

  const markInfo = get(catalog, 'MarkInfo') as PDFDict | undefined;
  if (get(markInfo, 'Marked') !== PDFBool.True) problems.push('no /MarkInfo << /Marked true >>');
  const lang = textOf(get(catalog, 'Lang'));
  if (!lang) problems.push('no /Lang on the document');
  const prefs = get(catalog, 'ViewerPreferences') as PDFDict | undefined;
  if (get(prefs, 'DisplayDocTitle') !== PDFBool.True) problems.push('no /ViewerPreferences /DisplayDocTitle true');
  const title = doc.getTitle();
  if (!title) problems.push('no /Title in the document info');
  const metadata = get(catalog, 'Metadata');
  const xmp = metadata ? new TextDecoder().decode(metadata instanceof PDFRawStream ? decodePDFRawStream(metadata).decode() : (metadata as PDFStream).getContents()) : '';
  if (!xmp) problems.push('no XMP metadata stream');
  else {
    const xmpTitle = /<dc:title>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/.exec(xmp)?.[1];
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    if (!xmpTitle || unescape(xmpTitle) !== title) problems.push(`XMP dc:title «${xmpTitle}» does not match the document info title «${title}»`);
    if (lang && !xmp.includes(lang)) problems.push('XMP metadata does not give the document language');
  }

  const pages = doc.getPages();
  const pageIndex = new Map<PDFRef, number>(pages.map((p, k) => [p.ref, k]));
  const contents = pages.map((p, k) => readPage(doc, p.node, `page ${k + 1}`));
  for (const [k, c] of contents.entries()) {
    problems.push(...c.problems);
    if (c.untagged.length) problems.push(`page ${k + 1}: ${c.untagged.length} text run(s) neither tagged nor an artifact, first «${c.untagged[0]}»`);
  }

  const structRoot = get(catalog, 'StructTreeRoot') as PDFDict | undefined;
  const root: TagNode = { type: 'StructTreeRoot', colSpan: 1, text: '', children: [], widgets: 0 };
  if (!structRoot) problems.push('no /StructTreeRoot');
  const parentTree = numberTree(doc, get(structRoot, 'ParentTree') as PDFDict | undefined);
  if (structRoot && !get(structRoot, 'ParentTree')) problems.push('no /ParentTree in the structure tree');

  const claimed = pages.map(() => new Set<number>());
  const widgetsInTree = new Set<PDFRef>();
  const elemRefs = new Map<PDFDict, PDFRef | undefined>();

  const walk = (kid: PDFObject | undefined, parent: TagNode, parentDict: PDFDict | undefined, pg: PDFRef | undefined) => {
    const ref = kid instanceof PDFRef ? kid : undefined;
    const obj = ref ? doc.context.lookup(ref) : kid;
    if (obj instanceof PDFArray) {
      for (let k = 0; k < obj.size(); k++) walk(obj.get(k), parent, parentDict, pg);
      return;
    }
    const claim = (mcid: number, page: PDFRef | undefined) => {
      const p = page ? pageIndex.get(page) : undefined;
      if (p === undefined) {
        problems.push(`MCID ${mcid} of a /${parent.type} has no page`);
        return;
      }
      if (claimed[p]!.has(mcid)) problems.push(`page ${p + 1}: MCID ${mcid} is claimed by two structure elements`);
      claimed[p]!.add(mcid);
      const text = contents[p]!.mcids.get(mcid);
      if (text === undefined) problems.push(`page ${p + 1}: MCID ${mcid} in the tree is missing from the page`);
      else parent.text += text;
      const array = parentTree.get(pages[p]!.node.get(PDFName.of('StructParents')) instanceof PDFNumber ? (pages[p]!.node.get(PDFName.of('StructParents')) as PDFNumber).asNumber() : -1);
      const entry = (array ? doc.context.lookup(array) : undefined) as PDFArray | undefined;
      const back = entry instanceof PDFArray ? entry.get(mcid) : undefined;
      if (!back || doc.context.lookup(back) !== parentDict) problems.push(`page ${p + 1}: the ParentTree does not lead MCID ${mcid} back to its /${parent.type}`);
    };
    if (obj instanceof PDFNumber) {
      claim(obj.asNumber(), pg);
      return;
    }
    if (!(obj instanceof PDFDict)) return;
    const type = (obj.lookup(PDFName.of('Type')) as PDFName | undefined)?.decodeText();
    if (type === 'MCR') {
      claim((obj.lookup(PDFName.of('MCID')) as PDFNumber).asNumber(), (obj.get(PDFName.of('Pg')) as PDFRef | undefined) ?? pg);
      return;
    }
    if (type === 'OBJR') {
      const target = obj.get(PDFName.of('Obj')) as PDFRef;
      widgetsInTree.add(target);
      parent.widgets++;
      const annot = doc.context.lookup(target) as PDFDict;
      const sp = annot.get(PDFName.of('StructParent'));
      const back = sp instanceof PDFNumber ? parentTree.get(sp.asNumber()) : undefined;
      if (!back || doc.context.lookup(back) !== parentDict) problems.push(`a widget's /StructParent does not lead back to its /${parent.type}`);
      return;
    }
    const s = (obj.lookup(PDFName.of('S')) as PDFName | undefined)?.decodeText() ?? '?';
    const attrs = obj.lookup(PDFName.of('A'));
    const attrList = attrs instanceof PDFArray ? attrs.asArray().map((a) => doc.context.lookup(a)) : [attrs];
    const scope = attrList.map((a) => (a instanceof PDFDict ? (a.lookup(PDFName.of('Scope')) as PDFName | undefined)?.decodeText() : undefined)).find(Boolean);
    const colSpan = attrList.map((a) => (a instanceof PDFDict ? (a.lookup(PDFName.of('ColSpan')) as PDFNumber | undefined)?.asNumber() : undefined)).find(Boolean) ?? 1;
    const node: TagNode = {
      type: s,
      lang: textOf(obj.lookup(PDFName.of('Lang'))),
      alt: textOf(obj.lookup(PDFName.of('Alt'))),
      actualText: textOf(obj.lookup(PDFName.of('ActualText'))),
      scope,
      colSpan,
      text: '',
      children: [],
      widgets: 0,
    };
    elemRefs.set(obj, ref);
    parent.children.push(node);
    const ownPg = (obj.get(PDFName.of('Pg')) as PDFRef | undefined) ?? pg;
    walk(obj.get(PDFName.of('K')), node, obj, ownPg);
    // /ActualText replaces what the element's glyphs say (shaped right-to-left text).
    if (node.actualText !== undefined) node.text = `${node.actualText} `;
    parent.text += node.text;
    parent.widgets += node.widgets;
  };
  if (structRoot) walk(structRoot.get(PDFName.of('K')), root, undefined, undefined);

  for (const [k, c] of contents.entries()) {
    for (const mcid of c.mcids.keys()) if (!claimed[k]!.has(mcid)) problems.push(`page ${k + 1}: MCID ${mcid} on the page belongs to no structure element`);
    if (c.mcids.size && !(pages[k]!.node.get(PDFName.of('StructParents')) instanceof PDFNumber)) problems.push(`page ${k + 1}: marked content but no /StructParents`);
  }

  const visit = (node: TagNode, fn: (n: TagNode) => void) => {
    fn(node);
    for (const c of node.children) visit(c, fn);
  };
  visit(root, (node) => {
    if (node.type === 'Table') {
      let th = 0;
      visit(node, (x) => { if (x.type === 'TH') th++; });
      if (!th) problems.push('a /Table has no header cells (TH)');
      // A regular table: every row spans as many columns as the first (a screen reader counts them).
      const widths = node.children.filter((row) => row.type === 'TR').map((row) => row.children.reduce((sum, cell) => sum + cell.colSpan, 0));
      if (widths.some((w) => w !== widths[0])) problems.push(`a /Table's rows span different numbers of columns: ${[...new Set(widths)].join(', ')}`);
    }
    if (node.type === 'TH' && !node.scope) problems.push(`header cell «${node.text.trim()}» has no /Scope`);
    if (node.type === 'Figure' && !node.alt) problems.push('a /Figure has no /Alt');
  });

  const form = doc.catalog.lookup(PDFName.of('AcroForm')) as PDFDict | undefined;
  const fields = form?.lookup(PDFName.of('Fields'));
  const fieldDicts: PDFDict[] = [];
  const collect = (arr: PDFObject | undefined) => {
    if (!(arr instanceof PDFArray)) return;
    for (let k = 0; k < arr.size(); k++) {
      const f = arr.lookup(k) as PDFDict;
      fieldDicts.push(f);
      const kids = f.lookup(PDFName.of('Kids'));
      if (kids instanceof PDFArray && (kids.lookup(0) as PDFDict | undefined)?.get(PDFName.of('T'))) collect(kids);
    }
  };
  collect(fields);
  for (const f of fieldDicts) {
    const tu = textOf(f.lookup(PDFName.of('TU')));
    if (!tu?.trim()) problems.push(`field «${textOf(f.lookup(PDFName.of('T')))}» has no /TU`);
  }
  for (const [k, p] of pages.entries()) {
    const annots = p.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    const widgets = annots.asArray().filter((r) => ((doc.context.lookup(r) as PDFDict).lookup(PDFName.of('Subtype')) as PDFName).decodeText() === 'Widget');
    if (widgets.length && (p.node.lookup(PDFName.of('Tabs')) as PDFName | undefined)?.decodeText() !== 'S') problems.push(`page ${k + 1}: has fields but no /Tabs /S`);
    if (widgets.some((r) => !widgetsInTree.has(r as PDFRef))) problems.push(`page ${k + 1}: a field's widget is in no /Form structure element`);
  }

  const file = join(dir, `${n++}.pdf`);
  writeFileSync(file, bytes);
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  const pdfinfoTagged = /^Tagged:\s+yes/m.test(info);
  if (!pdfinfoTagged) problems.push('pdfinfo: Tagged: no');
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
  // Reading order: the headings come in the tree in the order the text layer has them.
  let at = 0;
  for (const level of ['H1', 'H2', 'H3']) if (findTags(root, level).some((h) => !squash(h.text))) problems.push(`an empty /${level}`);
  const headings: TagNode[] = [];
  const visitHeadings = (x: TagNode) => {
    if (/^H[1-6]$/.test(x.type)) headings.push(x);
    else x.children.forEach(visitHeadings);
  };
  visitHeadings(root);
  for (const h of headings) {
    const found = text.indexOf(squash(h.text), at);
    if (found < 0) {
      problems.push(`heading «${squash(h.text)}» is not where pdftotext reads it (after the heading before it)`);
      break;
    }
    at = found;
  }
  return { problems, lang, root, pdfinfoTagged, text };
}

/**
 * The language a screen reader reads a text in: the /Lang of the deepest element that holds
 * all of it, or of the nearest element above that has one, or else the document's. Undefined
 * when no element holds the text whole.
 */
export function languageOf(report: Pick<TagReport, 'root' | 'lang'>, text: string, options: { exact?: boolean } = {}): string | undefined {
  const needle = squash(text);
  let found: string | undefined;
  const visit = (node: TagNode, inherited: string | undefined): boolean => {
    const own = squash(node.text);
    if (!own.includes(needle)) return false;
    // With `exact`, the element whose whole text it is (a label alone, not a title containing it).
    if (options.exact && own !== needle) return node.children.some((c) => visit(c, node.lang ?? inherited));
    const lang = node.lang ?? inherited;
    if (!node.children.some((c) => visit(c, lang))) found = lang;
    return true;
  };
  visit(report.root, report.lang);
  return found;
}

/** Elements below the document's own that carry a /Lang. */
export function elementsWithLang(node: TagNode): TagNode[] {
  const out: TagNode[] = [];
  const visit = (x: TagNode, depth: number) => {
    if (x.lang && depth > 1) out.push(x);
    for (const c of x.children) visit(c, depth + 1);
  };
  visit(node, 0);
  return out;
}

/** Every element of a type, in reading order. */
export function findTags(node: TagNode, type: string): TagNode[] {
  const out: TagNode[] = [];
  const visit = (x: TagNode) => {
    if (x.type === type) out.push(x);
    for (const c of x.children) visit(c);
  };
  visit(node);
  return out;
}

/** Squashes whitespace for comparisons. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The checker's complaints, for `expect(...).toEqual([])`; the first ten are enough to act on. */
export async function taggingProblems(bytes: Uint8Array): Promise<string[]> {
  return (await checkTagged(bytes)).problems.slice(0, 10);
}
