import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { ui } from '../../src/lib/i18n/index.ts';

/**
 * npm run sjekk-server against a small local server on 127.0.0.1: one path set up as the
 * examples in eksempler/server/ say, one with a bare static server's defaults.
 */
const run = promisify(execFile);
const script = join(process.cwd(), 'scripts/sjekk-server.ts');
const notFound = ui().notFound.title;
const HEADERS = {
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};
const FILES: Record<string, { type: string; body: string }> = {
  '': { type: 'text/html', body: '<!doctype html><link rel="stylesheet" href="_astro/side.AbC123.css"><h1>Praksis</h1>' },
  '_astro/side.AbC123.css': { type: 'text/css', body: 'h1{}' },
  'sw.js': { type: 'text/javascript', body: '// worker' },
  'manifest.webmanifest': { type: 'application/manifest+json', body: '{}' },
};

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const [, mode, ...rest] = (req.url ?? '/').split('/');
    const path = rest.join('/');
    const good = mode === 'god';
    const file = FILES[path];
    const headers: Record<string, string> = good ? { ...HEADERS } : {};
    if (!file) {
      res.writeHead(good ? 404 : 200, { ...headers, 'content-type': 'text/html' });
      res.end(good ? `<h1>${notFound}</h1>` : '<h1>Index</h1>');
      return;
    }
    if (good && path.startsWith('_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    if (good && path === 'sw.js') headers['cache-control'] = 'no-cache';
    if (!good && path === 'sw.js') headers['cache-control'] = 'max-age=3600';
    res.writeHead(200, { ...headers, 'content-type': good || path !== 'manifest.webmanifest' ? file.type : 'application/octet-stream' });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function check(path: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, [script, `${origin}${path}`], { encoding: 'utf8' });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}

describe('npm run sjekk-server', () => {
  test('a server set up as the examples say passes everything but https, which a local server cannot have', async () => {
    const { code, out } = await check('/god/');
    const missing = out.split('\n').filter((l) => l.startsWith('  ✗'));
    expect(missing, out).toEqual(['  ✗ Nettstedet bruker https']);
    expect(out).toContain('✓ Content-Security-Policy har frame-ancestors');
    expect(out).toContain('✓ Lang mellomlagring for filene i _astro/');
    expect(out).toContain('✓ sw.js blir ikke mellomlagret');
    expect(out).toContain('✓ Feilsiden er nettstedets egen 404.html');
    expect(code).toBe(1);
  }, 30_000);

  test('a bare server is told in Norwegian what to add, one line each', async () => {
    const { code, out } = await check('/bar/');
    expect(code).toBe(1);
    for (const fix of [
      'Sett hodet Content-Security-Policy.',
      "Legg til «frame-ancestors 'none'»",
      'Sett hodet «X-Content-Type-Options: nosniff».',
      'Sett hodet «Referrer-Policy: strict-origin-when-cross-origin».',
      'Gi .webmanifest typen «application/manifest+json».',
      'Sett «Cache-Control: public, max-age=31536000, immutable» for mappa _astro/.',
      'Sett «Cache-Control: no-cache» for sw.js',
      'Be serveren svare 404 på adresser som ikke finnes.',
      'Be serveren bruke /bar/404.html som feilside',
    ]) expect(out, fix).toContain(fix);
    expect(out).toContain('ting mangler');
  }, 30_000);
});
