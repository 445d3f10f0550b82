import { createHash } from 'node:crypto';

/**
 * The `kilde` stamp of a translated unit: the first 8 hex digits of SHA-256 over the
 * Norwegian text, after Unicode NFC, with runs of white space folded to one space and
 * trimmed (content/sprak/README.md). Folding means a re-wrapped YAML line is not a change.
 */
export function unitHash(norwegian: string): string {
  const text = norwegian.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}
