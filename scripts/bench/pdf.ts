import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection } from '../../src/lib/content-check/read-collection.ts';
import { nodePdfSetup } from '../../src/lib/pdf/node.ts';
import { buildPlanPdf } from '../../src/lib/pdf/plan-pdf.ts';

export interface NodePdfTiming {
  fontsMs: number;
  plans: { slug: string; ms: number; bytes: number }[];
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
  return { fontsMs, plans: out };
}

/** Sizes of the prebuilt PDFs in a built site, by kind (planer, skjema). */
export function prebuiltPdfSizes(siteDir: string): { file: string; bytes: number }[] {
  const dir = join(siteDir, 'pdf');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.pdf'))
    .sort()
    .map((n) => ({ file: `pdf/${n}`, bytes: statSync(join(dir, n)).size }));
}
