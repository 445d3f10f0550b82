/**
 * Fills {name} placeholders in an interface string. A name with no value given is left as
 * it is, so a missing value shows up in review instead of disappearing from the sentence.
 */
export function fill(text: string, values: Record<string, string | number | undefined>): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key] ?? '') : match));
}
