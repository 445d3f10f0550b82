/** pdf-lib has no bidi: text that mixes directions comes out in the wrong order, so we warn about it. */
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const LTR_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Ethiopic}]/u;
const DIGIT = /\p{Nd}/u;

export function isRightToLeft(text: string): boolean {
  return RTL.test(text);
}

/** True when right-to-left letters share a value with left-to-right letters or digits. */
export function hasMixedDirection(text: string): boolean {
  return RTL.test(text) && (LTR_LETTER.test(text) || DIGIT.test(text));
}
