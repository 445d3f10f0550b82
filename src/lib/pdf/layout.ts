import type { PDFDocument, PDFPage, RGB } from 'pdf-lib';
import type { PdfLogo } from './logo.ts';
import type { DocumentFonts } from './fonts.ts';
import { pdfLabels } from '../i18n/pdf-labels.ts';
import { fill } from '../i18n/fill.ts';
import { drawLine, MUTED } from './text.ts';

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
    if (logo) {
      logo.draw(this.page, x, top - 30, 30);
      x += logo.width(30) + 8;
    }
    await drawLine(this.page, this.fonts, municipality, x, top - 13, { size: 11, bold: true, color: brand });
    await drawLine(this.page, this.fonts, documentTitle, x, top - 27, { size: 9, color: MUTED });
    this.page.drawLine({ start: { x: MARGIN, y: top - HEADER_HEIGHT + 8 }, end: { x: A4.width - MARGIN, y: top - HEADER_HEIGHT + 8 }, thickness: 1.5, color: brand });
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
      await drawLine(page, this.fonts, fill(pdfLabels().page, { footer, n: i + 1, total }), MARGIN, MARGIN, { size: 8, color: MUTED });
    }
  }
}
