// The static file server of the end-to-end tests and the bench: serves a built site under a base
// path, with the site's 404 page, the way an intranet web server would. Files, types and Range
// requests are sirv's; this adds the base path, the trailing-slash redirect and the 404 page.
// Usage: node scripts/serve-static.mjs <dir> <port> [basePath]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import sirv from 'sirv';
import { ROOT_PORT } from './e2e-ports.mjs';

/** Serves `dir` at http://127.0.0.1:<port><base>; resolves with the server once listening. */
export function serveStatic(dir, port, rawBase = '/') {
  const root = resolve(dir);
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const notFound = (res) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    createReadStream(join(root, '404.html')).pipe(res);
  };
  // dev: files are looked up on each request, so a build replaced under a running server is served as it is now.
  const files = sirv(root, { dev: true, etag: true, dotfiles: false });

  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return notFound(res);
    }
    if (path === base.slice(0, -1)) return res.writeHead(301, { location: base }).end();
    if (!path.startsWith(base)) return notFound(res);
    const file = join(root, normalize(path.slice(base.length)));
    if (!file.startsWith(root)) return notFound(res);
    if (!path.endsWith('/') && existsSync(file) && statSync(file).isDirectory()) return res.writeHead(301, { location: `${path}/` }).end();
    req.url = `/${req.url.slice(base.length)}`;
    // Chinese text files read as UTF-8, as deploy/nginx.conf's charset makes them.
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, headers = {}) => {
      const type = headers['Content-Type'];
      if (typeof type === 'string' && /^(text\/|application\/json)/.test(type) && !/charset/i.test(type))
        headers['Content-Type'] = `${type};charset=utf-8`;
      return writeHead(status, headers);
    };
    files(req, res, () => notFound(res));
  });
  return new Promise((done) =>
    server.listen(Number(port), '127.0.0.1', () => {
      console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
      done(server);
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = String(ROOT_PORT), base = '/'] = process.argv.slice(2);
  await serveStatic(dir, port, base);
}
