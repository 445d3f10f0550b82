import { PDFDocument, type PDFImage, type PDFPage, type RGB } from 'pdf-lib';
import { hexToRgb } from './colors.ts';

/** The municipality's logo as the PDF gets it: PNG bytes, or the text of a simple SVG. */
export type LogoSource = { type: 'png'; bytes: Uint8Array } | { type: 'svg'; text: string };

interface Shape {
  kind: 'path' | 'circle' | 'rect';
  attrs: Record<string, string>;
}

/** A logo ready to draw at a given height on any page of one document. */
export interface PdfLogo {
  width(height: number): number;
  draw(page: PDFPage, x: number, y: number, height: number): void;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

function paint(value: string | undefined): RGB | undefined {
  if (!value || value === 'none') return undefined;
  if (/^#[0-9a-f]{6}$/i.test(value)) return hexToRgb(value);
  if (/^#[0-9a-f]{3}$/i.test(value)) return hexToRgb(`#${[...value.slice(1)].map((c) => c + c).join('')}`);
  if (value === 'white') return hexToRgb('#ffffff');
  if (value === 'black') return hexToRgb('#000000');
  return undefined;
}

/**
 * pdf-lib cannot draw SVG files, only path data. A logo made of paths, circles and
 * rectangles (the common case for a municipal crest) is drawn as vectors; anything
 * else (text, gradients, transforms, embedded images) returns undefined and the
 * PDF is made without a logo rather than with a wrong one.
 */
export function parseSimpleSvg(text: string): { viewBox: [number, number, number, number]; shapes: Shape[] } | undefined {
  if (/<(text|image|linearGradient|radialGradient|use|pattern|mask|clipPath|filter)\b/i.test(text) || /\btransform=/.test(text)) return undefined;
  const svg = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!svg) return undefined;
  const box = attributes(svg).viewBox?.split(/[\s,]+/).map(Number);
  if (!box || box.length !== 4 || box.some((n) => !Number.isFinite(n)) || box[2]! <= 0 || box[3]! <= 0) return undefined;
  const shapes: Shape[] = [];
  for (const m of text.matchAll(/<(path|circle|rect)\b([^>]*)\/?>/gi)) {
    shapes.push({ kind: m[1]!.toLowerCase() as Shape['kind'], attrs: attributes(m[2]!) });
  }
  if (!shapes.length) return undefined;
  return { viewBox: box as [number, number, number, number], shapes };
}

function svgLogo(text: string): PdfLogo | undefined {
  const parsed = parseSimpleSvg(text);
  if (!parsed) return undefined;
  const [minX, minY, boxWidth, boxHeight] = parsed.viewBox;
  return {
    width: (height) => (boxWidth / boxHeight) * height,
    draw(page, x, y, height) {
      const scale = height / boxHeight;
      // SVG's y axis points down, PDF's up: drawSvgPath flips it from the given top-left corner.
      const top = y + height;
      for (const { kind, attrs } of parsed.shapes) {
        const fill = paint(attrs.fill ?? '#000000');
        const stroke = paint(attrs.stroke);
        const borderWidth = stroke ? Number(attrs['stroke-width'] ?? 1) * scale : 0;
        const style = { color: fill, borderColor: stroke, borderWidth };
        if (kind === 'path' && attrs.d) {
          page.drawSvgPath(attrs.d, { x: x - minX * scale, y: top + minY * scale, scale, ...style });
        } else if (kind === 'circle') {
          const r = Number(attrs.r ?? 0) * scale;
          page.drawCircle({ x: x + (Number(attrs.cx ?? 0) - minX) * scale, y: top - (Number(attrs.cy ?? 0) - minY) * scale, size: r, ...style });
        } else if (kind === 'rect') {
          const w = Number(attrs.width ?? 0) * scale;
          const h = Number(attrs.height ?? 0) * scale;
          page.drawRectangle({ x: x + (Number(attrs.x ?? 0) - minX) * scale, y: top - (Number(attrs.y ?? 0) - minY) * scale - h, width: w, height: h, ...style });
        }
      }
    },
  };
}

async function pngLogo(doc: PDFDocument, bytes: Uint8Array): Promise<PdfLogo | undefined> {
  let image: PDFImage;
  try {
    image = await doc.embedPng(bytes);
  } catch {
    return undefined; // A broken logo file must not stop the PDF.
  }
  return {
    width: (height) => (image.width / image.height) * height,
    draw: (page, x, y, height) => page.drawImage(image, { x, y, width: (image.width / image.height) * height, height }),
  };
}

export async function prepareLogo(doc: PDFDocument, source: LogoSource | undefined): Promise<PdfLogo | undefined> {
  if (!source) return undefined;
  return source.type === 'png' ? pngLogo(doc, source.bytes) : svgLogo(source.text);
}
