/**
 * Runs a command and measures it the way a person watching `top` would: wall time, and the peak
 * of the summed resident memory (RSS) of the whole process tree, sampled from /proc every
 * ~100 ms. Pagefind runs as its own native process (whether called from an Astro integration
 * through its Node API or from the command line), so its share is also recorded on its own.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';

const PAGE_SIZE = 4096;

interface ProcInfo {
  pid: number;
  ppid: number;
  comm: string;
  rss: number;
}

function readProc(pid: string): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const open = stat.indexOf('(');
    const close = stat.lastIndexOf(')');
    const rest = stat.slice(close + 2).split(' ');
    // Fields after the command name start at field 3 (state); ppid is field 4 and rss field 24.
    return { pid: Number(pid), comm: stat.slice(open + 1, close), ppid: Number(rest[1]), rss: Number(rest[21]) * PAGE_SIZE };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** The processes under `root` (itself included) as seen right now. */
export function processTree(root: number): ProcInfo[] {
  const all = readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(readProc)
    .filter((p): p is ProcInfo => !!p);
  const children = new Map<number, ProcInfo[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: ProcInfo[] = [];
  const stack = all.filter((p) => p.pid === root);
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

export interface MeasuredRun {
  command: string;
  exitCode: number | null;
  wallMs: number;
  /** Highest sum of RSS over the whole tree at one sample. */
  peakRssBytes: number;
  /** Highest sum of RSS of Pagefind's native processes at one sample; 0 when none ran. */
  pagefindPeakRssBytes: number;
  /** Time between the first and last sample that saw a Pagefind process (±1 sample). */
  pagefindMs: number;
  /** The processes at the peak sample, largest first: what the peak is made of. */
  atPeak: { comm: string; rssBytes: number }[];
  /** The last lines the command printed, for error reports. */
  tail: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Full output goes here. */
  logFile: string;
  intervalMs?: number;
}

/** Runs `command` with `sh -c` and resolves when it ends, with its measurements. */
export function runMeasured(command: string, options: RunOptions): Promise<MeasuredRun> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`\n$ ${command}\n`);
  const started = performance.now();
  const child = spawn('sh', ['-c', command], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let peak = 0;
  let atPeak: MeasuredRun['atPeak'] = [];
  let pagefindPeak = 0;
  let pagefindFirst = -1;
  let pagefindLast = -1;
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid);
    const total = tree.reduce((sum, p) => sum + p.rss, 0);
    if (total > peak) {
      peak = total;
      atPeak = tree.map((p) => ({ comm: p.comm, rssBytes: p.rss })).sort((a, b) => b.rssBytes - a.rssBytes);
    }
    const pf = tree.filter((p) => p.comm.startsWith('pagefind'));
    if (pf.length) {
      const now = performance.now();
      if (pagefindFirst < 0) pagefindFirst = now;
      pagefindLast = now;
      pagefindPeak = Math.max(
        pagefindPeak,
        pf.reduce((sum, p) => sum + p.rss, 0),
      );
    }
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  sample();

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      log.end();
      resolve({
        command,
        exitCode,
        wallMs,
        peakRssBytes: peak,
        atPeak,
        pagefindPeakRssBytes: pagefindPeak,
        pagefindMs: pagefindFirst < 0 ? 0 : pagefindLast - pagefindFirst,
        tail,
      });
    });
  });
}
