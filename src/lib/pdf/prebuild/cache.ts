import { createHash } from 'node:crypto';
import { frameLanguage } from '../../i18n/frame.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FONT_FACES } from '../font-files.ts';
import { buildCacheDir, pruneUnused } from '../../build-cache.ts';
import type { Issuer } from '../document.ts';

/**
 * The prebuilt PDFs are cached by a hash of everything that goes into them: the entry's
 * data, the issuer (kommune.yaml's name, colour and logo), the font files and the code
 * that draws them (src/lib/pdf, the plan model and schemas, the pdf-lib and fontkit
 * versions). An unchanged plan is copied from the cache instead of drawn again.
 */
export function pdfCacheDir(root: string): string {
  return buildCacheDir(root, 'praksis-pdf');
}

/** Files whose change must rebuild every PDF. */
const CODE_DIRS = ['src/lib/pdf', 'src/lib/plan', 'src/lib/schemas', 'src/lib/i18n'];
const PACKAGES = ['pdf-lib', '@pdf-lib/fontkit'];

function filesUnder(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join(full, f));
}

/** One hash of the inputs every PDF shares: code, libraries, fonts and issuer. */
export function sharedInputsHash(root: string, issuer: Issuer): string {
  // The interface language decides the PDFs' labels (src/lib/i18n/frame.ts).
  const hash = createHash('sha256').update('praksis-pdf-v1').update(frameLanguage());
  for (const file of CODE_DIRS.flatMap((d) => filesUnder(root, d))) hash.update(relative(root, file)).update(readFileSync(file));
  for (const name of PACKAGES) hash.update(name).update(readFileSync(join(root, 'node_modules', name, 'package.json')));
  for (const face of FONT_FACES) hash.update(face.id).update(readFileSync(join(root, 'node_modules', face.file)));
  hash.update(JSON.stringify({ name: issuer.name, brandColor: issuer.brandColor ?? null }));
  const logo = issuer.logo;
  if (logo) hash.update(logo.type === 'png' ? logo.bytes : logo.text);
  return hash.digest('hex');
}

/** The cache key of one PDF: the shared hash plus the entry's own data. */
export function entryKey(shared: string, kind: string, id: string, data: unknown): string {
  return createHash('sha256').update(shared).update(kind).update(id).update(JSON.stringify(data)).digest('hex').slice(0, 40);
}

export class PdfCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /** The file that holds the PDF cached under `key`. */
  file(key: string): string {
    return join(this.dir, `${key}.pdf`);
  }

  /**
   * The cached file's size, or undefined if it is not cached. A hit is touched so pruning
   * keeps it, at most once a day: an unchanged time lets the offline listing reuse its hash.
   */
  find(key: string): number | undefined {
    const file = this.file(key);
    if (!existsSync(file)) return undefined;
    const stats = statSync(file);
    if (Date.now() - stats.mtimeMs > 86_400_000) {
      const now = new Date();
      utimesSync(file, now, now);
    }
    return stats.size;
  }

  /** The cached bytes, or undefined; a hit is touched so pruning keeps it. */
  get(key: string): Uint8Array | undefined {
    return this.find(key) === undefined ? undefined : new Uint8Array(readFileSync(this.file(key)));
  }

  /** Written under a temporary name and renamed, so a stopped build never leaves half a file. */
  set(key: string, bytes: Uint8Array): void {
    const file = this.file(key);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  }

  /** Drops entries no build has used for a while (old versions of edited plans). */
  prune(maxAgeDays = 14): number {
    return pruneUnused(this.dir, maxAgeDays);
  }
}
