import { PDFObject, type PDFContext, type PDFRef } from 'pdf-lib';

/**
 * A PDF object written as ready-made bytes. The structure tree is hundreds of small
 * dictionaries; as pdf-lib objects each one is a Map of names and numbers that the writer
 * measures and copies key by key. As bytes it is measured once and copied once, and written
 * without pdf-lib's line breaks. Only ASCII goes in (names, numbers, references and hex
 * strings), so one character is one byte.
 */
export class RawObject extends PDFObject {
  private readonly bytes: Uint8Array;
  private readonly start: number;
  private readonly end: number;

  constructor(bytes: Uint8Array, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }

  override clone(): RawObject {
    return new RawObject(this.bytes, this.start, this.end);
  }

  override toString(): string {
    return String.fromCharCode(...this.bytes.subarray(this.start, this.end));
  }

  override sizeInBytes(): number {
    return this.end - this.start;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const { bytes, start, end } = this;
    for (let i = start; i < end; i++) buffer[offset++] = bytes[i]!;
    return end - start;
  }
}

/**
 * Assigns many objects written as text in one go: the texts are encoded together, once, and
 * each object is a slice of the result (encoding them one by one was a tenth of the tree's cost).
 */
export function assignRaw(context: PDFContext, objects: readonly (readonly [PDFRef, string])[]): void {
  const bytes = new TextEncoder().encode(objects.map(([, text]) => text).join(''));
  let start = 0;
  for (const [ref, text] of objects) {
    context.assign(ref, new RawObject(bytes, start, start + text.length));
    start += text.length;
  }
}
