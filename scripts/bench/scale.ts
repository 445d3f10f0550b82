import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timedBuild, type BuildTiming } from './build.ts';
import { copyRepo } from '../../tests/support/copy-repo.ts';

export interface ScaleRun extends BuildTiming {
  extraPlans: number;
  plans: number;
  /** The largest step built again with its cache and nothing changed (PDFs from the cache). */
  warm?: BuildTiming;
}

/** Adds copies of content/planer/renhold.yaml as bench-plan-0001.yaml … up to `total` extra plans. */
function addPlans(project: string, from: number, total: number): void {
  const dir = join(project, 'content', 'planer');
  const source = readFileSync(join(dir, 'renhold.yaml'), 'utf8');
  for (let i = from + 1; i <= total; i++) {
    const n = String(i).padStart(4, '0');
    const yaml = source.replace(/^title: .*$/m, `title: Renhold ${n}`);
    writeFileSync(join(dir, `bench-plan-${n}.yaml`), yaml);
  }
}

/**
 * Builds a copy of the site with more and more plans (e.g. 100, then 1,000 extra),
 * to show how build time and page count grow. Each step reuses the same copy.
 *
 * Cold: each step gets a new, empty PRAKSIS_CACHE_DIR, which holds every cache the build
 * keeps (Astro's data store, the checked content files, the PDFs, the Pagefind index).
 * Warm: the largest step is built again into the same output folder with the same cache
 * and nothing changed, as a second `npm run build` would be (Astro empties the folder first).
 */
export async function scaleRuns(root: string, scratch: string, steps: number[], basePlans: number, log: (s: string) => void): Promise<ScaleRun[]> {
  const project = join(scratch, 'repo');
  copyRepo(root, project);
  const runs: ScaleRun[] = [];
  let added = 0;
  try {
    for (const extra of steps) {
      addPlans(project, added, extra);
      added = extra;
      const out = join(scratch, `dist-${extra}`);
      log(`  building with ${extra} extra plans …`);
      const cache = join(scratch, `cache-${extra}`);
      const timing = await timedBuild(project, out, cache);
      let warm: BuildTiming | undefined;
      if (extra === Math.max(...steps)) {
        log(`  building again with ${extra} extra plans, nothing changed …`);
        warm = await timedBuild(project, out, cache);
      }
      runs.push({ ...timing, extraPlans: extra, plans: basePlans + extra, warm });
      rmSync(out, { recursive: true, force: true });
    }
  } finally {
    // Remove the symlink on its own first, so nothing can ever reach the real node_modules.
    unlinkSync(join(project, 'node_modules'));
    rmSync(project, { recursive: true, force: true });
  }
  return runs;
}
