import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface BuildTiming {
  totalMs: number;
  /** Astro's own work: total minus the search index and the build's wait for the PDFs. */
  astroMs: number;
  pagefindMs: number;
  /** What the PDF step added to the build: its time after the pages were done (it starts with the build). */
  pdfMs: number;
  /** The PDF step's own time (drawing or taking from the cache, placing the files), mostly alongside Astro's work. */
  pdfStepMs: number;
  pdfCount: number;
  pdfKb: number;
  /** Pages as Astro counts them ("N page(s) built"). */
  pages: number;
  htmlFiles: number;
  msPerPage: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Counts the .html files in a built site. */
export function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.html')).length;
}

/**
 * Runs `astro build` in a project folder and times it. The build gets its own empty Astro
 * cache (cacheDir), so it is a cold build like a fresh clone's, and copies of the project
 * that share node_modules by symlink never share a content store. Each log line is stamped
 * when it arrives, so the Pagefind step (which logs no time) is the gap between Astro's
 * "✓ Completed" line and the search-index line. The PDF step starts with the build and
 * draws alongside Vite and the page rendering; it logs its own time and the part the build
 * waited for after the pages ("… på N ms, M ms etter sidene"), and only that part is the PDFs'
 * share of the total (otherwise the same seconds would count twice).
 */
export function timedBuild(projectDir: string, outDir: string, cacheDir: string): Promise<BuildTiming> {
  const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: projectDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', PRAKSIS_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: { at: number; text: string }[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => lines.push({ at: performance.now() - started, text: line.replace(ANSI, '') }));
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const totalMs = performance.now() - started;
      const log = lines.map((l) => l.text).join('\n');
      if (code !== 0) {
        reject(new Error(`astro build failed in ${projectDir} (exit ${code}):\n${log.slice(-4000)}`));
        return;
      }
      const at = (re: RegExp) => lines.findLastIndex((l) => re.test(l.text));
      const search = at(/\[praksis:search-index\]/);
      const completed = lines.slice(0, Math.max(search, 0)).findLastIndex((l) => /\[build\] ✓ Completed in/.test(l.text));
      const before = completed >= 0 ? completed : search - 1;
      const pagefindMs = search > 0 && before >= 0 ? lines[search]!.at - lines[before]!.at : 0;
      const pdfLine = /\[praksis:pdfs\] (\d+) utfyllbare PDF-er laget \((\d+) kB\) på (\d+) ms(?:, (\d+) ms etter sidene)?/.exec(log);
      const pdfStepMs = pdfLine ? Number(pdfLine[3]) : 0;
      const pdfMs = pdfLine?.[4] !== undefined ? Number(pdfLine[4]) : pdfStepMs;
      const pages = Number(/(\d+) page\(s\) built in/.exec(log)?.[1] ?? 0);
      const htmlFiles = countHtml(outDir);
      resolve({
        totalMs,
        astroMs: totalMs - pagefindMs - pdfMs,
        pagefindMs,
        pdfMs,
        pdfStepMs,
        pdfCount: pdfLine ? Number(pdfLine[1]) : 0,
        pdfKb: pdfLine ? Number(pdfLine[2]) : 0,
        pages,
        htmlFiles,
        msPerPage: totalMs / (pages || htmlFiles || 1),
      });
    });
  });
}
