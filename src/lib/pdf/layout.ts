import type { PDFDocument, PDFPage, RGB } from 'pdf-lib';
import type { PdfLogo } from './logo.ts';
import type { DocumentFonts } from './fonts.ts';
import { pdfLabels } from '../i18n/pdf-labels.ts';
import { fill } from '../i18n/fill.ts';
import { drawLine, MUTED } from './text.ts';
import { tagsOf } from './tagging/tree.ts';

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 42;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;
const HEADER_HEIGHT = 46;
const FOOTER_HEIGHT = 28;

export interface Letterhead {
  municipality: string;
  documentTitle: string;
  brand: RGB;
  logo?: PdfLogo;
}

/**
 * Pages flow top to bottom. Every page gets the letterhead; a block that does not fit
 * moves whole to the next page, where `onBreak` can repeat a table's header row.
 */
export class PageFlow {
  page!: PDFPage;
  /** The top of the free space on the current page. */
  y = 0;
  readonly pages: PDFPage[] = [];
  onBreak: (() => Promise<void>) | undefined;
  private readonly doc: PDFDocument;
  private readonly fonts: DocumentFonts;
  private readonly letterhead: Letterhead;

  constructor(doc: PDFDocument, fonts: DocumentFonts, letterhead: Letterhead) {
    this.doc = doc;
    this.fonts = fonts;
    this.letterhead = letterhead;
  }

  /** The free height of a fresh page. */
  get pageSpace(): number {
    return A4.height - MARGIN - HEADER_HEIGHT - this.bottom;
  }

  get bottom(): number {
    return MARGIN + FOOTER_HEIGHT;
  }

  async newPage(): Promise<void> {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    const top = A4.height - MARGIN;
    const { logo, municipality, documentTitle, brand } = this.letterhead;
    let x = MARGIN;
    // The first page's letterhead says who the document is from (the logo as a figure);
    // on later pages it repeats, and the title line always repeats the heading: artifacts.
    const first = this.pages.length === 1;
    const tags = tagsOf(this.doc);
    if (logo) {
      const page = this.page;
      const draw = () => logo.draw(page, MARGIN, top - 30, 30);
      if (tags && first) tags.drawTagged(page, 'Figure', { alt: `Logo: ${municipality}` }, draw);
      else if (tags) tags.decorate(page, draw);
      else draw();
      x += logo.width(30) + 8;
    }
    await drawLine(this.page, this.fonts, municipality, x, top - 13, { size: 11, bold: true, color: brand, artifact: !first });
    await drawLine(this.page, this.fonts, documentTitle, x, top - 27, { size: 9, color: MUTED, artifact: true });
    this.rule({ start: { x: MARGIN, y: top - HEADER_HEIGHT + 8 }, end: { x: A4.width - MARGIN, y: top - HEADER_HEIGHT + 8 }, thickness: 1.5, color: brand });
    this.y = top - HEADER_HEIGHT;
  }

  /** Makes room for a block of the given height, starting a new page when needed. */
  async ensure(height: number): Promise<void> {
    if (this.y - height >= this.bottom) return;
    await this.newPage();
    await this.onBreak?.();
  }

  /** Page numbers go on last, when the page count is known. */
  async finish(footer: string): Promise<void> {
    const total = this.pages.length;
    for (const [i, page] of this.pages.entries()) {
      await drawLine(page, this.fonts, fill(pdfLabels().page, { footer, n: i + 1, total }), MARGIN, MARGIN, { size: 8, color: MUTED, artifact: true });
    }
  }

  /** A line that only decorates (a rule, a table's grid, a writing line): an artifact. */
  rule(options: Parameters<PDFPage['drawLine']>[0], page = this.page): void {
    decorate(page, () => page.drawLine(options));
  }

  /** A filled shape that only decorates (a header row's tint, a score bar that repeats its number). */
  box(options: Parameters<PDFPage['drawRectangle']>[0], page = this.page): void {
    decorate(page, () => page.drawRectangle(options));
  }
}

/** Draws page furniture with pdf-lib's shape methods, as an artifact when the document is tagged. */
export function decorate(page: PDFPage, draw: () => void): void {
  const tags = tagsOf(page.doc);
  if (tags) tags.decorate(page, draw);
  else draw();
}
