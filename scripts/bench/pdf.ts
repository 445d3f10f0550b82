import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { nodePdfSetup } from '../../src/lib/pdf/node.ts';
import { buildPlanPdf } from '../../src/lib/pdf/plan-pdf.ts';

export interface NodePdfTiming {
  fontsMs: number;
  /** Each plan once, in a fresh process: the first ones include the engine compiling the code. */
  plans: { slug: string; ms: number; bytes: number }[];
  /** Per plan once the code is compiled, as in a long build: median of three more passes. */
  steadyMs: number;
}

/** Builds each plan's blank PDF in Node, the way the build does, and times each one. */
export async function nodePdfTimes(root = process.cwd()): Promise<NodePdfTiming> {
  const plans = readCollection(root, 'planer').filter((p) => !p.data.draft);
  let t = performance.now();
  const { issuer, faces } = await nodePdfSetup(root);
  const fontsMs = performance.now() - t;
  const out: NodePdfTiming['plans'] = [];
  for (const plan of plans) {
    t = performance.now();
    const result = await buildPlanPdf(plan.data, faces, issuer);
    out.push({ slug: plan.id, ms: performance.now() - t, bytes: result.bytes.length });
  }
  const passes: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    t = performance.now();
    for (const plan of plans) await buildPlanPdf(plan.data, faces, issuer);
    passes.push((performance.now() - t) / plans.length);
  }
  return { fontsMs, plans: out, steadyMs: passes.sort((a, b) => a - b)[1]! };
}

/** Sizes of the prebuilt PDFs in a built site, by kind (planer, skjema). */
export function prebuiltPdfSizes(siteDir: string): { file: string; bytes: number }[] {
  const dir = join(siteDir, 'pdf');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.pdf'))
    .sort()
    .map((n) => ({ file: `pdf/${n}`, bytes: statSync(join(dir, n)).size }));
}

export interface PrebuildTiming { coldMs: number; warmMs: number; built: number; threads: number }

/**
 * The PDF build step alone (scripts/prebuild-pdfs.ts), first with an empty cache, then
 * again with nothing changed. Each run is its own process, as in `astro build`.
 */
export function prebuildTimes(root: string, scratch: string): PrebuildTiming {
  const cache = join(scratch, 'prebuild-cache');
  const run = () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'prebuild-pdfs.ts'), '--out', join(scratch, 'prebuild')], { cwd: root, env: { ...process.env, PRAKSIS_CACHE_DIR: cache }, encoding: 'utf8' });
    return JSON.parse(out) as { ms: number; built: number; threads: number };
  };
  const cold = run();
  const warm = run();
  rmSync(join(scratch, 'prebuild'), { recursive: true, force: true });
  return { coldMs: cold.ms, warmMs: warm.ms, built: cold.built, threads: cold.threads };
}
