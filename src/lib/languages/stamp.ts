import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import { unitHash } from './hash.ts';
import { readSources } from './sources.ts';
import { readTranslation } from './translations.ts';

/**
 * Writes `kilde` (the hash of today's Norwegian) on every unit of one language that has a
 * translation but no stamp. Units that already have a stamp are left alone: a stale unit is
 * re-stamped only after its `kilde` is removed, when the translation has been brought up to date.
 * Returns the number of units stamped per file.
 */
export function stampLanguage(root: string, kode: string): Record<string, number> {
  const sources = readSources(root);
  const byFile = new Map<string, Map<string, string>>();
  for (const source of sources.files) {
    for (const [id, t] of readTranslation(root, kode, source.key)) {
      const unit = source.units.find((u) => u.id === id);
      if (!unit || t.kilde !== undefined) continue;
      if (!byFile.has(t.file)) byFile.set(t.file, new Map());
      byFile.get(t.file)!.set(id, unitHash(unit.text));
    }
  }
  const written: Record<string, number> = {};
  for (const [file, hashes] of byFile) {
    const path = join(root, file);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    if (!isMap(doc.contents)) continue;
    for (const pair of doc.contents.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '';
      const hash = hashes.get(id);
      if (!hash) continue;
      // Quoted, so a hash of digits only (12e45678) stays a string for every YAML reader.
      const stamp = new Scalar(hash);
      stamp.type = Scalar.QUOTE_DOUBLE;
      if (isScalar(pair.value)) {
        (pair as { value: unknown }).value = doc.createNode({ kilde: stamp, tekst: pair.value });
      } else if (isMap(pair.value)) {
        pair.value.items.unshift(doc.createPair('kilde', stamp));
      }
    }
    writeFileSync(path, doc.toString({ lineWidth: 0 }));
    written[file] = hashes.size;
  }
  return written;
}
