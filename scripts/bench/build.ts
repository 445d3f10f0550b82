import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface BuildTiming {
  totalMs: number;
  /** Astro's own work: total minus the search index and the PDFs. */
  astroMs: number;
  pagefindMs: number;
  pdfMs: number;
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
 * "✓ Completed" line and the search-index line; the PDF step logs its own time.
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
      const pdfLine = /\[praksis:pdfs\] (\d+) utfyllbare PDF-er laget \((\d+) kB\) på (\d+) ms/.exec(log);
      const pdfMs = pdfLine ? Number(pdfLine[3]) : 0;
      const pages = Number(/(\d+) page\(s\) built in/.exec(log)?.[1] ?? 0);
      const htmlFiles = countHtml(outDir);
      resolve({
        totalMs,
        astroMs: totalMs - pagefindMs - pdfMs,
        pagefindMs,
        pdfMs,
        pdfCount: pdfLine ? Number(pdfLine[1]) : 0,
        pdfKb: pdfLine ? Number(pdfLine[2]) : 0,
        pages,
        htmlFiles,
        msPerPage: totalMs / (pages || htmlFiles || 1),
      });
    });
  });
}
