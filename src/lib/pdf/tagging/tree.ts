import { PDFBool, type PDFDict, type PDFDocument, type PDFOperator, type PDFPage, type PDFRef } from 'pdf-lib';
import { beginArtifact, beginTagged, endMarked, pdfName, utf16Hex } from './marked.ts';
import { assignRaw, RawInteger } from './raw.ts';

/**
 * The structure tree of one PDF (what makes it "tagged"), written with pdf-lib's low-level
 * objects since pdf-lib has no tagging API. Builders declare structure (`within('H1', …)`,
 * a table's rows and cells); the drawing layer below them (text.ts, layout.ts, fields.ts)
 * asks the tree for each run's MCID, each widget's Form element, and marks page furniture
 * as artifacts. At the end, `finish()` writes the StructElems, the ParentTree that leads
 * every MCID and widget back to its element, /MarkInfo, and /Tabs /S on pages with fields.
 */

export type StructType =
  | 'Document' | 'Sect' | 'Div' | 'H1' | 'H2' | 'H3' | 'P' | 'Span'
  | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Form';

export interface ElementProps {
  lang?: string;
  alt?: string;
  actualText?: string;
  /** For a header cell: which cells it heads. */
  scope?: 'Row' | 'Column' | 'Both';
  colSpan?: number;
}

interface Element {
  type: StructType;
  ref: PDFRef;
  /** `ref` as PDF text ("12 0 R"), made once: finish() writes it for each child too. */
  refText: string;
  parent?: Element;
  props: ElementProps;
  /** The language its text is read in: its own /Lang or the nearest above it. */
  lang: string;
  kids: Kid[];
  /** The page of its first marked content: its /Pg, so its MCIDs on that page are bare numbers. */
  page?: PDFPage;
}

/** An element of the tree, for a caller that marks content in it later (add, markIn). */
export type TreeElement = Element;

/** A child in the tree; one shape for all three kinds, so finish() reads them all alike. */
interface Kid {
  element: Element | undefined;
  page: PDFPage | undefined;
  /** The MCID, for marked content (-1 otherwise). */
  mcid: number;
  widget: PDFRef | undefined;
}

/** A reference as PDF text ("12 0 R"): pdf-lib keeps it on each PDFRef, made once per number. */
const refText = (ref: PDFRef) => ref.tag;

/** Props for an element without any: one object for them all. */
const NO_PROPS: ElementProps = Object.freeze({});

/** Elements that hold text themselves; text drawn in any other gets a P of its own. */
const LEAF = new Set<StructType>(['H1', 'H2', 'H3', 'P', 'Span', 'Lbl', 'LBody', 'TH', 'TD', 'Figure', 'Form']);
/** Elements kept even when empty: an empty table cell is still a cell. */
const KEEP_EMPTY = new Set<StructType>(['Table', 'TR', 'TH', 'TD']);

interface PageMarks {
  key: number;
  /** Each MCID's owner, as PDF text ("12 0 R"). */
  owners: string[];
}

const trees = new WeakMap<PDFDocument, StructureTree>();

/** The operators drawn on a page so far (pdf-lib keeps its content stream private). */
const contentOf = (page: PDFPage): PDFOperator[] =>
  (page as unknown as { getContentStream(): { operators: PDFOperator[] } }).getContentStream().operators;

/** The structure tree a document is being tagged with, if any. */
export const tagsOf = (doc: PDFDocument): StructureTree | undefined => trees.get(doc);

export class StructureTree {
  readonly root: Element;
  private current: Element;
  private readonly doc: PDFDocument;
  private readonly pages = new Map<PDFPage, PageMarks>();
  private readonly widgets: { key: number; owner: string }[] = [];
  private readonly forms = new Map<PDFRef, Element>();
  /** Pages with fields: their tab order follows the structure (/Tabs /S). */
  private readonly tabbed = new Set<PDFPage>();
  private nextKey = 0;
  /** Where a page's last decoration ended (its content's length then), to continue it. */
  private readonly artifactEnds = new WeakMap<PDFPage, number>();

  /** `drawn = false` (the benchmark's untagged documents): builders may declare structure, nothing is marked. */
  constructor(doc: PDFDocument, lang: string, drawn = true) {
    this.doc = doc;
    const ref = doc.context.nextRef();
    this.root = { type: 'Document', ref, refText: refText(ref), props: { lang }, lang, kids: [] };
    this.current = this.root;
    if (drawn) trees.set(doc, this);
  }

  /** Opens an element under the current one; what is drawn until `close()` belongs to it. */
  open(type: StructType, props: ElementProps = NO_PROPS): Element {
    // A /Lang the element would inherit anyway is left out.
    if (props.lang !== undefined && props.lang === this.current.lang) props = { ...props, lang: undefined };
    const ref = this.doc.context.nextRef();
    const element: Element = { type, ref, refText: refText(ref), parent: this.current, props, lang: props.lang ?? this.current.lang, kids: [] };
    this.current.kids.push({ element, page: undefined, mcid: -1, widget: undefined });
    this.current = element;
    return element;
  }

  close(element: Element): void {
    this.current = element.parent ?? this.root;
  }

  /** Runs `draw` inside a new element. */
  async within<T>(type: StructType, props: ElementProps, draw: () => Promise<T> | T): Promise<T> {
    const element = this.open(type, props);
    try {
      return await draw();
    } finally {
      this.close(element);
    }
  }

  /** The language text drawn now is read in (a run in it needs no Span of its own). */
  get lang(): string {
    return this.current.lang;
  }

  /** True when the current element holds text itself (drawParagraph then adds no P of its own). */
  get inLeaf(): boolean {
    return LEAF.has(this.current.type);
  }

  private marks(page: PDFPage): PageMarks {
    let marks = this.pages.get(page);
    if (!marks) {
      marks = { key: this.nextKey++, owners: [] };
      page.node.set(pdfName('StructParents'), new RawInteger(marks.key));
      this.pages.set(page, marks);
    }
    return marks;
  }

  /**
   * Wraps content in marked content with the page's next MCID, owned by the current element,
   * or by a new child of it (`type`, e.g. a Span with its own /Lang), or by a new P when the
   * current element holds no text itself.
   */
  mark(page: PDFPage, ops: PDFOperator[], type?: StructType, props: ElementProps = NO_PROPS): PDFOperator[] {
    const child = type ?? (this.inLeaf ? undefined : 'P');
    return this.markIn(page, ops, child ? this.add(child, props) : this.current);
  }

  /** A new element under the current one, for content marked in it later (markIn). */
  add(type: StructType, props: ElementProps = NO_PROPS): TreeElement {
    const element = this.open(type, props);
    this.close(element);
    return element;
  }

  /**
   * Wraps content in marked content with the page's next MCID, owned by `owner`: the tree's
   * order need not be the drawing order (a right-to-left line, see text.ts).
   */
  markIn(page: PDFPage, ops: PDFOperator[], owner: TreeElement = this.current): PDFOperator[] {
    const marks = this.marks(page);
    const mcid = marks.owners.length;
    marks.owners.push(owner.refText);
    owner.kids.push({ element: undefined, page, mcid, widget: undefined });
    owner.page ??= page;
    return [beginTagged(owner.type, mcid), ...ops, endMarked()];
  }

  /** Page furniture (letterhead, footer, rules, a repeated table header): skipped by screen readers. */
  artifact(ops: PDFOperator[]): PDFOperator[] {
    return [beginArtifact(), ...ops, endMarked()];
  }

  /**
   * Draws with pdf-lib's own shape methods inside an artifact. Decorations drawn one after
   * another (a table's grid, writing lines) share one artifact sequence: a sign-in sheet's 25
   * rules were 25 sequences.
   */
  decorate(page: PDFPage, draw: () => void): void {
    const operators = contentOf(page);
    if (this.artifactEnds.get(page) === operators.length) operators.pop(); // reopen the one just closed
    else page.pushOperators(beginArtifact());
    draw();
    page.pushOperators(endMarked());
    this.artifactEnds.set(page, operators.length);
  }

  /** Draws with pdf-lib's own methods inside a tagged element (a logo as a Figure with /Alt). */
  drawTagged(page: PDFPage, type: StructType, props: ElementProps, draw: () => void): void {
    const [begin, end] = this.mark(page, [], type, props);
    page.pushOperators(begin!);
    draw();
    page.pushOperators(end!);
  }

  /**
   * A field's widget: a Form element under the current one, holding an object reference to
   * the widget (a radio group's buttons share one Form element).
   */
  widget(page: PDFPage, field: PDFRef, widget: PDFRef, dict: PDFDict): void {
    let form = this.forms.get(field);
    if (!form) {
      form = this.open('Form');
      this.close(form);
      this.forms.set(field, form);
    }
    form.kids.push({ element: undefined, page, mcid: -1, widget });
    const key = this.nextKey++;
    dict.set(pdfName('StructParent'), new RawInteger(key));
    this.widgets.push({ key, owner: form.refText });
    if (!this.tabbed.has(page)) {
      this.tabbed.add(page);
      page.node.set(pdfName('Tabs'), pdfName('S'));
    }
  }

  /** Writes the tree into the document. Call once, after everything is drawn: it lets go of the tree's records. */
  finish(): void {
    const { context, catalog } = this.doc;
    const structRootRef = context.nextRef();
    const rootText = refText(structRootRef);
    // Each element as PDF text (see raw.ts), in two lists side by side. /Type is optional for a
    // StructElem and left out.
    const refs: PDFRef[] = [];
    const texts: string[] = [];
    const hex = new Map<string, string>();
    const hexOf = (text: string) => {
      let h = hex.get(text);
      if (h === undefined) hex.set(text, (h = utf16Hex(text)));
      return h;
    };
    const write = (element: Element): boolean => {
      let kids = '';
      let count = 0;
      const pageOf = element.page;
      for (const kid of element.kids) {
        let text: string;
        if (kid.element) {
          if (!write(kid.element)) continue;
          text = kid.element.refText;
        } else if (kid.mcid >= 0) {
          text = kid.page === pageOf ? String(kid.mcid) : `<</Type/MCR/Pg ${refText(kid.page!.ref)}/MCID ${kid.mcid}>>`;
        } else text = `<</Type/OBJR/Obj ${refText(kid.widget!)}>>`; // the widget's /P names its page
        kids += count++ ? ` ${text}` : text;
      }
      if (!count && !KEEP_EMPTY.has(element.type) && element !== this.root) return false;
      let text = `<</S/${element.type}/P ${element.parent?.refText ?? rootText}`;
      if (pageOf) text += `/Pg ${refText(pageOf.ref)}`;
      // An empty element (a table cell for pen and paper) has no /K: it is optional.
      if (count) text += count === 1 ? `/K ${kids}` : `/K[${kids}]`;
      const { lang, alt, actualText, scope, colSpan } = element.props;
      if (lang) text += `/Lang<${hexOf(lang)}>`;
      if (alt) text += `/Alt<${utf16Hex(alt)}>`;
      if (actualText) text += `/ActualText<${utf16Hex(actualText)}>`;
      if (scope || colSpan) text += `/A<</O/Table${scope ? `/Scope/${scope}` : ''}${colSpan ? `/ColSpan ${colSpan}` : ''}>>`;
      refs.push(element.ref);
      texts.push(`${text}>>`);
      return true;
    };
    write(this.root);
    const entries: { key: number; value: string }[] = [
      ...[...this.pages.values()].map((m) => ({ key: m.key, value: `[${m.owners.join(' ')}]` })),
      ...this.widgets.map((w) => ({ key: w.key, value: w.owner })),
    ].sort((a, b) => a.key - b.key);
    const nums = entries.map(({ key, value }) => `${key} ${value}`).join(' ');
    refs.push(structRootRef);
    texts.push(`<</Type/StructTreeRoot/K ${this.root.refText}/ParentTree<</Nums[${nums}]>>/ParentTreeNextKey ${this.nextKey}>>`);
    assignRaw(context, refs, texts);
    // The document now holds the tree as written; its records here are let go before the
    // document is saved, so the writer's many short-lived objects are collected without
    // copying them along each time (about 60 us of a 2 ms sign-in sheet, 8 Dec 2026).
    this.root.kids.length = 0;
    this.pages.clear();
    this.widgets.length = 0;
    this.forms.clear();
    catalog.set(pdfName('StructTreeRoot'), structRootRef);
    catalog.set(pdfName('MarkInfo'), context.obj({ Marked: PDFBool.True }));
  }
}
