import { PDFObject, type PDFContext, type PDFRef } from 'pdf-lib';

/**
 * A PDF object written as ready-made text. The structure tree is hundreds of small
 * dictionaries; as pdf-lib objects each one is a Map of names and numbers that the writer
 * walks key by key. As text it is made once and copied once, and written without pdf-lib's
 * line breaks. Only ASCII goes in (names, numbers, references and hex strings), so one
 * character is one byte.
 */
export class RawObject extends PDFObject {
  private readonly text: string;

  constructor(text: string) {
    super();
    this.text = text;
  }

  override clone(): RawObject {
    return new RawObject(this.text);
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const { text } = this;
    for (let i = 0; i < text.length; i++) buffer[offset++] = text.charCodeAt(i);
    return text.length;
  }
}

/** Assigns many objects written as text (the structure tree's elements). */
export function assignRaw(context: PDFContext, objects: readonly (readonly [PDFRef, string])[]): void {
  for (const [ref, text] of objects) context.assign(ref, new RawObject(text));
}
