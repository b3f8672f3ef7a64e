// A small static file server for the end-to-end tests: serves a built site under a base path,
// with the site's 404 page, the way an intranet web server would. Usage:
//   node scripts/serve-static.mjs <dir> <port> [basePath]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` at http://127.0.0.1:<port><base>; resolves with the server once listening. */
export function serveStatic(dir, port, rawBase = '/') {
  const root = resolve(dir);
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const send = (res, status, file) => {
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  };
  const notFound = (res) => send(res, 404, join(root, '404.html'));

  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return notFound(res);
    }
    if (path === base.slice(0, -1)) return res.writeHead(301, { location: base }).end();
    if (!path.startsWith(base)) return notFound(res);
    let file = join(root, normalize(path.slice(base.length)));
    if (!file.startsWith(root)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return res.writeHead(301, { location: `${path}/` }).end();
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound(res);
    send(res, 200, file);
  });
  return new Promise((done) =>
    server.listen(Number(port), '127.0.0.1', () => {
      console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
      done(server);
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4330', base = '/'] = process.argv.slice(2);
  await serveStatic(dir, port, base);
}
