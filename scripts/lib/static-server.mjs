// The static server of the scripts that drive a browser (Lighthouse, the benchmark, the Storybook
// check): it serves a folder like a real host would, with content types, caching and gzip, on a
// free port of 127.0.0.1.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

/**
 * Serves `root` on 127.0.0.1 (any free port). Like a CDN for the library (files under /dist/ are
 * cached for a year) and a normal host for pages (revalidated every time). `pages` maps extra
 * paths to HTML made by the caller, e.g. generated benchmark pages.
 */
export function startStaticServer(root, { pages = new Map() } = {}) {
  const server = http.createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      let file = path.join(root, decodeURIComponent(pathname));
      if (file !== root && !file.startsWith(root + path.sep)) throw Object.assign(new Error('outside the root'), { status: 403 });
      if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = path.join(file, 'index.html');
      const generated = pages.get(pathname);
      const body = generated !== undefined ? Buffer.from(generated) : await fs.promises.readFile(file).catch(() => undefined);
      if (!body) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        response.end('Not found');
        return;
      }
      const ext = generated !== undefined ? '.html' : path.extname(file).toLowerCase();
      const headers = {
        'content-type': contentTypes[ext] ?? 'application/octet-stream',
        'cache-control': ext === '.html' ? 'no-cache' : pathname.startsWith('/dist/') ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
      };
      const wantsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const payload = compressible.has(ext) && wantsGzip ? await gzip(body, { level: 9 }) : body;
      if (payload !== body) headers['content-encoding'] = 'gzip';
      headers['content-length'] = payload.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : payload);
    } catch (error) {
      response.writeHead(error.status ?? 500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(error.message);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server)); // port 0: any free port
  });
}
