import { createServer, get, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';

/**
 * A slow mobile line in front of a local site, for the throttled search figure: every request
 * waits `latencyMs` for its answer, and every response shares one link of `bytesPerSecond`.
 * Text is sent gzipped, as a real server does.
 *
 * Why not only DevTools' throttling (CDP Network.emulateNetworkConditions)? It applies to the
 * page's own requests; the service worker fetches on its own target, unthrottled, so a first
 * visit's precache seemed free and requests the worker answered skipped the slow line. Here
 * the page, its workers and the service worker all share the one slow line, as on a phone.
 */
export interface SlowLine {
  url: string;
  close(): Promise<void>;
}

const TEXT = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export async function slowLine(targetUrl: string, { latencyMs = 562.5, bytesPerSecond = 180_000 } = {}): Promise<SlowLine> {
  const target = new URL(targetUrl);
  let linkFreeAt = 0;
  const server: Server = createServer((req, res) => {
    const started = Date.now();
    get({ host: target.hostname, port: target.port, path: req.url, headers: { 'user-agent': req.headers['user-agent'] ?? '' } }, (upstream) => {
      const chunks: Buffer[] = [];
      upstream.on('data', (c: Buffer) => chunks.push(c));
      upstream.on('end', async () => {
        let body = Buffer.concat(chunks);
        const type = String(upstream.headers['content-type'] ?? '');
        const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
        if (TEXT.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          body = gzipSync(body);
          headers['content-encoding'] = 'gzip';
        }
        headers['content-length'] = String(body.length);
        await sleep(started + latencyMs - Date.now());
        res.writeHead(upstream.statusCode ?? 200, headers);
        for (let at = 0; at < body.length; at += 4096) {
          const chunk = body.subarray(at, at + 4096);
          linkFreeAt = Math.max(Date.now(), linkFreeAt) + (1000 * chunk.length) / bytesPerSecond;
          await sleep(linkFreeAt - Date.now());
          if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
        }
        res.end();
      });
    }).on('error', () => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('slow line has no port');
  return {
    url: `http://127.0.0.1:${address.port}${target.pathname}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
