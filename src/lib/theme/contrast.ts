/** WCAG 2.1 contrast: the brand colour carries white text in the header and on buttons. */
export const MIN_TEXT_CONTRAST = 4.5;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function contrastProblems(brandColor: string): { what: string; expected: string }[] {
  const ratio = contrastRatio(brandColor, '#ffffff');
  if (ratio >= MIN_TEXT_CONTRAST) return [];
  return [
    {
      what: `fargen ${brandColor} gir bare kontrast ${ratio.toFixed(2)}:1 mot hvit tekst i toppfeltet og på knapper, så teksten blir vanskelig å lese`,
      expected: `en mørkere farge med kontrast minst ${MIN_TEXT_CONTRAST}:1 mot hvit (krav i WCAG 2.1, punkt 1.4.3)`,
    },
  ];
}
