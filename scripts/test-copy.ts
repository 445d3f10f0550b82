import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cleanEnv } from '../tests/support/build-site.ts';
import { COPY, nynorskCopy } from '../tests/support/nynorsk-copy.ts';

/**
 * `npm run test:kopi`: makes a municipality's copy the way ADOPTING.md says (nynorsk, under
 * /praksis/, its own identity, plan, override, extension and hidden page; see
 * tests/support/nynorsk-copy.ts) in a scratch folder, and runs the copy's own `npm test` there.
 * Nothing is installed: the copy's node_modules is a link to this one. Prints the copy's
 * «N passed, N failed» line and the time, and fails when the copy's tests fail.
 * `--behold` keeps the folder afterwards (its path is printed).
 */
const keep = process.argv.includes('--behold');
const started = Date.now();
const dir = nynorskCopy(process.cwd());
console.log(`Kopi av håndboka for ${COPY.name} (nynorsk, ${COPY.basePath}) i ${dir}`);
console.log('Kjører npm test i kopien …\n');

let tail = '';
const child = spawn('npm', ['test'], { cwd: dir, env: { ...cleanEnv(), FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
  to.write(chunk);
  tail = (tail + chunk.toString('utf8')).slice(-4000);
};
child.stdout.on('data', pass(process.stdout));
child.stderr.on('data', pass(process.stderr));
const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));

const totals = [...tail.matchAll(/^(\d+) passed, (\d+) failed.*$/gm)].at(-1)?.[0];
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nKopien (${COPY.name}): ${totals ?? 'fant ikke linja «N passed, N failed»'} på ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
if (keep) console.log(`Kopien ligger i ${dir}`);
else rmSync(dir, { recursive: true, force: true });
process.exit(code === 0 && totals ? 0 : code || 1);
