import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** Where the site lives, with the base path and a trailing slash: http://127.0.0.1:1234/praksis/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built folder on 127.0.0.1 under a base path, the way any plain static web server
 * would. `root` may be a function, so a test can deploy a new build at the same address.
 * `onServe` hears of each file sent (the bench adds up what a first visit costs); a promise
 * it returns holds the answer back until it settles (a test's slow line).
 */
export async function serveStatic(rootDir: string | (() => string), basePath = '/', onServe?: (file: string) => unknown): Promise<StaticSite> {
  const server: Server = createServer(async (req, res) => {
    const root = typeof rootDir === 'string' ? rootDir : rootDir();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(basePath)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(basePath.length)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    await onServe?.(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
