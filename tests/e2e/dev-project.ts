// `npm run dev` on a copy of the project for the specs that need the preview (drafts, the
// content-problem panel): the site's code, the valid content fixture plus whatever `setup` adds,
// and a dev server on `port` that answers before the returned promise resolves.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_INPUTS } from '../build-inputs.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface DevProject {
  /** The copy's folder: edit its content/ to change what the preview shows. */
  dir: string;
  origin: string;
  stop(): void;
}

async function waitForServer(origin: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not answer on ${origin} in time`);
}

export async function startDevProject(options: {
  port: number;
  prefix: string;
  waitMs: number;
  setup?: (dir: string) => void;
}): Promise<DevProject> {
  const dir = mkdtempSync(join(tmpdir(), options.prefix));
  for (const item of BUILD_INPUTS) {
    cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(join(projectRoot, 'tests/fixtures/content/valid/content'), join(dir, 'content'), { recursive: true });
  options.setup?.(dir);
  const origin = `http://127.0.0.1:${options.port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(options.port), '--host', '127.0.0.1'],
    {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/' },
      stdio: 'ignore',
    },
  );
  const stop = () => {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForServer(origin, Date.now() + options.waitMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { dir, origin, stop };
}
