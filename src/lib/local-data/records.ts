/** A plain object read from JSON: the first check on any stored or imported value. */
export type Raw = Record<string, unknown>;
export const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
