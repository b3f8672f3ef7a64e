import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Writes `build-info.json` into the build: version, base path and time, for `npm run package`. */
export function buildInfo(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'xxyd-build-info',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
        const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
        const info = { name: pkg.name, version: pkg.version, base, builtAt: new Date().toISOString() };
        writeFileSync(join(fileURLToPath(dir), 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);
      },
    },
  };
}
