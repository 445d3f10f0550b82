/**
 * npm run lix: readability (LIX) of every page in the built site. Pages for mentors and
 * participants must stay at 35 or below, all others at 45. Exit code 1 when a page is over.
 * Usage: node scripts/lix.ts [built-folder]   (default: dist, built first if missing)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lix, readableText } from '../src/lib/readability/lix.ts';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(dir)) execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });

const rows: { page: string; lix: number; limit: number; words: number }[] = [];
for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
  if (!name.endsWith('.html')) continue;
  const html = readFileSync(join(dir, name), 'utf8');
  const text = readableText(html);
  const limit = Number(/<meta name="lix-limit" content="(\d+)"/.exec(html)?.[1]);
  if (!text || !limit) continue;
  const result = lix(text);
  rows.push({ page: `/${relative('.', name).replace(/index\.html$/, '')}`, lix: result.lix, limit, words: result.words });
}
rows.sort((a, b) => a.page.localeCompare(b.page));
const over = rows.filter((r) => r.lix > r.limit);
console.log('LIX  grense  ord   side');
for (const r of rows) console.log(`${r.lix.toFixed(1).padStart(4)}  ${String(r.limit).padStart(6)}  ${String(r.words).padStart(4)}  ${r.page}${r.lix > r.limit ? '  ← for tung' : ''}`);
console.log(`\n${rows.length} sider målt, ${over.length} over grensen.`);
if (over.length) process.exitCode = 1;
