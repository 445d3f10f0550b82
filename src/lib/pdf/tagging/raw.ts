import { PDFObject, type PDFContext, type PDFRef } from 'pdf-lib';

/**
 * A PDF object written as ready-made bytes. The structure tree is hundreds of small
 * dictionaries; as pdf-lib objects each one is a Map of names and numbers that the writer
 * walks key by key. As bytes (a slice of one buffer shared by the whole tree) it is made
 * once and copied in one go, and written without pdf-lib's line breaks. Only ASCII goes in
 * (names, numbers, references and hex strings), so one character is one byte.
 */
export class RawObject extends PDFObject {
  private readonly bytes: Uint8Array;

  /** `bytes`: this object's own, or a view of a buffer shared with others (assignRaw). */
  constructor(bytes: Uint8Array) {
    super();
    this.bytes = bytes;
  }

  /** The bytes themselves, for a writer that copies them in one go (writer.ts). */
  view(): Uint8Array {
    return this.bytes;
  }

  override clone(): RawObject {
    return new RawObject(this.bytes.slice());
  }

  override toString(): string {
    return new TextDecoder().decode(this.bytes);
  }

  override sizeInBytes(): number {
    return this.bytes.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    buffer.set(this.bytes, offset);
    return this.bytes.length;
  }
}

/**
 * Assigns many objects written as text in one go: the texts are encoded together, once, and
 * each object is a view of the result (encoding them one by one was a tenth of the tree's cost).
 */
export function assignRaw(context: PDFContext, refs: readonly PDFRef[], texts: readonly string[]): void {
  const bytes = new TextEncoder().encode(texts.join(''));
  let start = 0;
  refs.forEach((ref, i) => {
    const end = start + texts[i]!.length;
    context.assign(ref, new RawObject(bytes.subarray(start, end)));
    start = end;
  });
}

/**
 * A whole number (a widget's /StructParent, a page's /StructParents) written as its digits.
 * pdf-lib's PDFNumber formats every number through a general routine for decimals and
 * exponents, about 1 µs each; a plan's 600 radio buttons each get one.
 */
export class RawInteger extends PDFObject {
  private readonly digits: string;

  constructor(value: number) {
    super();
    this.digits = String(value);
  }

  override clone(): RawInteger {
    return this;
  }

  override toString(): string {
    return this.digits;
  }

  override sizeInBytes(): number {
    return this.digits.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    for (let i = 0; i < this.digits.length; i++) buffer[offset + i] = this.digits.charCodeAt(i);
    return this.digits.length;
  }
}
