// Starts Debian's nginx with deploy/nginx.conf on a loopback port, serving a site built for
// /kb/, for the end-to-end tests. The example file is used as it is; only `listen` and `root`
// are rewritten, so the tests exercise the configuration the intranet host copies.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_BIN = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((p) => existsSync(p));

/** Renders deploy/nginx.conf for a test run: loopback port, a temporary web root. */
export function renderSiteConfig(template, { port, webRoot }) {
  const out = template.replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root \/srv\/www;/m, `$1root ${webRoot};`);
  if (out === template) throw new Error('deploy/nginx.conf no longer has the `listen 80;` and `root /srv/www;` lines the tests rewrite');
  return out;
}

/** Starts nginx in the foreground; resolves with the child process once it answers. */
export async function startNginx({ siteDir, port }) {
  if (!NGINX_BIN) throw new Error('nginx not found: apt-get install -y nginx');
  const work = mkdtempSync(join(tmpdir(), 'xxyd-nginx-'));
  chmodSync(work, 0o755);
  const webRoot = join(work, 'www');
  mkdirSync(webRoot);
  symlinkSync(resolve(siteDir), join(webRoot, 'kb'), 'dir');
  // What a real web root holds besides the site, for the tests that nginx serves none of it:
  // another folder and file beside /kb/, and dotfiles a careless copy leaves inside it.
  mkdirSync(join(webRoot, 'kb-old'));
  writeFileSync(join(webRoot, 'kb-old', 'index.html'), '<p>old site</p>\n');
  writeFileSync(join(webRoot, 'outside.txt'), 'not part of the site\n');
  mkdirSync(join(resolve(siteDir), '.git'), { recursive: true });
  writeFileSync(join(resolve(siteDir), '.git', 'config'), '[core]\n');
  writeFileSync(join(resolve(siteDir), '.env'), 'SECRET=test\n');
  for (const d of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, d));
  const site = renderSiteConfig(readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8'), { port, webRoot });
  writeFileSync(join(work, 'site.conf'), site);
  writeFileSync(
    join(work, 'nginx.conf'),
    `daemon off;
${process.getuid?.() === 0 ? 'user root;  # the checkout may sit in a folder only root can read\n' : ''}worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/client;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/site.conf;
}
`,
  );
  const child = spawn(NGINX_BIN, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const stop = () => child.kill('SIGTERM');
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}; see ${work}/error.log`);
    try {
      await fetch(`http://127.0.0.1:${port}/kb/`);
      console.log(`nginx serving ${resolve(siteDir)} at http://127.0.0.1:${port}/kb/ (config ${work}/site.conf)`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('nginx did not answer within 10 s');
}
