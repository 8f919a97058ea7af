// Static server for the e2e pages: the fixtures at /, and ../shared/pages/<id>/source.html at /shared/<id>/,
// read in place. Anything else is a 404; requests for other hosts never reach it (the browsers' proxy is dead).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { FIXTURE_PAGES, SHARED_PAGES } from './paths.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function resolveRequest(pathname) {
  const shared = /^\/shared\/([a-z0-9-]+)\/(?:index\.html)?$/.exec(pathname);
  if (shared) return path.join(SHARED_PAGES, shared[1], 'source.html');
  const file = path.normalize(path.join(FIXTURE_PAGES, decodeURIComponent(pathname)));
  // Refuse anything that escapes the fixtures folder (../ in the URL).
  if (file !== FIXTURE_PAGES && !file.startsWith(FIXTURE_PAGES + path.sep)) return null;
  return file;
}

/** @returns {Promise<{ origin: string, url: (p: string) => string, close: () => Promise<void> }>} */
export async function startServer() {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/favicon.ico') {
      // Browsers ask for it on every page; a 404 would log a console error the pages never caused.
      res.writeHead(204).end();
      return;
    }
    const file = resolveRequest(pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
