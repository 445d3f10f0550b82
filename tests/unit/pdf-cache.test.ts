import { municipalityFile } from '../../src/lib/content/layers.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { asShipped, copyRepo } from '../support/copy-repo.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { sharedInputsHash } from '../../src/lib/pdf/prebuild/cache.ts';
import { FONT_FACES } from '../../src/lib/pdf/font-files.ts';
import { nodeIssuer } from '../../src/lib/pdf/node.ts';

interface Run { built: number; cached: number; threads: number; files: { path: string; cached: boolean }[] }

/**
 * The PDF build step's cache, in a copy of the repository cut down to four plans and one
 * form (enough to use the worker threads), each run in its own process as `astro build` would.
 */
describe('the prebuilt PDF cache', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'praksis-pdf-cache-'));
  const project = join(scratch, 'repo');
  const cache = join(scratch, 'cache');
  const prebuild = (out: string): Run =>
    JSON.parse(execFileSync(process.execPath, [join(project, 'scripts', 'prebuild-pdfs.ts'), '--out', join(scratch, out)], { cwd: project, env: { ...process.env, PRAKSIS_CACHE_DIR: cache }, encoding: 'utf8' }));
  const fieldsAndText = async (out: string, path: string) => {
    const bytes = readFileSync(join(scratch, out, path));
    return { fields: (await PDFDocument.load(bytes)).getForm().getFields().map((f) => f.getName()), text: pdfText(bytes) };
  };

  beforeAll(() => {
    copyRepo(process.cwd(), project);
    // A copy's own plans and extensions would change the count of PDFs drawn.
    asShipped(project);
    const plans = join(project, 'content', 'planer');
    for (const file of readdirSync(plans).filter((f) => f.endsWith('.yaml')).sort().slice(4)) unlinkSync(join(plans, file));
    const forms = join(project, 'content', 'skjema');
    for (const file of readdirSync(forms).filter((f) => f.endsWith('.mdx')).sort().slice(1)) unlinkSync(join(forms, file));
  });
  afterAll(() => {
    unlinkSync(join(project, 'node_modules'));
    rmSync(scratch, { recursive: true, force: true });
  });

  test('a cold build draws every PDF; a warm one draws none and gives the same fields and text', { timeout: 240_000 }, async () => {
    const cold = prebuild('cold');
    expect(cold).toMatchObject({ built: 5, cached: 0 });
    expect(cold.threads).toBeGreaterThan(1);
    const warm = prebuild('warm');
    expect(warm).toMatchObject({ built: 0, cached: 5 });
    for (const { path } of cold.files) expect(await fieldsAndText('warm', path), path).toEqual(await fieldsAndText('cold', path));
    // Byte for byte: a warm build puts the cached file itself into the site (a hard link, no copy).
    const cachedInodes = new Set(readdirSync(join(cache, 'praksis-pdf')).map((f) => statSync(join(cache, 'praksis-pdf', f)).ino));
    for (const { path } of cold.files) {
      expect(readFileSync(join(scratch, 'warm', path)).equals(readFileSync(join(scratch, 'cold', path))), path).toBe(true);
      expect(cachedInodes.has(statSync(join(scratch, 'warm', path)).ino), path).toBe(true);
    }
    // Built again into the same folder (files already there): replaced, still all from the cache.
    expect(prebuild('warm')).toMatchObject({ built: 0, cached: 5 });
  });

  test('a changed plan is drawn again, alone; a changed kommune.yaml draws them all', { timeout: 240_000 }, () => {
    const plans = join(project, 'content', 'planer');
    const first = readdirSync(plans).filter((f) => f.endsWith('.yaml')).sort()[0]!;
    const yaml = readFileSync(join(plans, first), 'utf8');
    writeFileSync(join(plans, first), yaml.replace(/^title: (.*)$/m, 'title: $1 (endret)'));
    const afterPlan = prebuild('after-plan');
    expect(afterPlan).toMatchObject({ built: 1, cached: 4 });
    expect(afterPlan.files.find((f) => !f.cached)?.path).toBe(`pdf/planer/${first.replace('.yaml', '.pdf')}`);

    const kommune = join(project, municipalityFile(project));
    writeFileSync(kommune, readFileSync(kommune, 'utf8').replace(/^name: .*$/m, 'name: Endret kommune'));
    expect(prebuild('after-kommune')).toMatchObject({ built: 5, cached: 0 });
  });

  test('a changed font file changes the key every PDF is cached by', () => {
    // node_modules is shared by symlink, so the font change is tried on the key alone.
    const root = join(scratch, 'fonts');
    for (const dir of ['src/lib/pdf', 'src/lib/plan', 'src/lib/schemas']) cpSync(join(process.cwd(), dir), join(root, dir), { recursive: true });
    for (const file of [...FONT_FACES.map((f) => f.file), 'pdf-lib/package.json', '@pdf-lib/fontkit/package.json']) {
      mkdirSync(join(root, 'node_modules', file, '..'), { recursive: true });
      cpSync(join(process.cwd(), 'node_modules', file), join(root, 'node_modules', file));
    }
    const issuer = nodeIssuer();
    const before = sharedInputsHash(root, issuer);
    expect(sharedInputsHash(root, issuer)).toBe(before);
    const font = join(root, 'node_modules', FONT_FACES[0].file);
    const bytes = readFileSync(font);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    writeFileSync(font, bytes);
    expect(sharedInputsHash(root, issuer)).not.toBe(before);
  });
});
