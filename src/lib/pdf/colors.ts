import { rgb, type RGB } from 'pdf-lib';

/** "#1E5A8C" to pdf-lib's colour; the default is the example municipality's blue. */
export function hexToRgb(hex: string | undefined): RGB {
  const n = Number.parseInt((hex ?? '#1E5A8C').slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/** Field frames and backgrounds, shared by pdf-lib's appearances and our own. */
export const FIELD_BORDER = rgb(0.45, 0.48, 0.52);
export const FIELD_FILL = rgb(0.97, 0.98, 1);
