/**
 * npm run bench -- --docs N[,M…] [--runs R] [--no-peer] [--out file] [--seed S] [--smoke] [--keep]
 *
 * For each N: generates N synthetic documents, builds 学习园地 with them added (in a temporary
 * copy, so content/ is never touched) and Starlight on the same documents, measures both, prints a
 * table with the ratios, checks the issue's targets and writes everything as JSON to bench/results/.
 * With --runs R, each size is measured R times, the two sites one after the other in every run,
 * and the targets are checked on the median run (report.ts): on a shared 2-core machine one run
 * can land in a slow spell, and the figures of a single run vary by a fifth.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BenchDoc, type GeneratedFile, generateCorpus, siteFile, starlightFile } from './generate.ts';
import { type QuerySet, querySets } from './queries.ts';
import { siteTexts, starlightTexts, truthOf } from './truth.ts';
import { runMeasured } from './process-tree.ts';
import { distStats, pageWeight } from './page-weight.ts';
import {
  type Browsers,
  type SearchDriver,
  fetchedOnLoad,
  launchBrowsers,
  serve,
  siteSearch,
  starlightSearch,
  timeSearch,
} from './browser.ts';
import { type Figures, type SizeResult, type StepFigures, checkTargets, fmt, table, targetTable } from './report.ts';
import { benchLedgerLoad } from '../src/lib/ledger/bench.ts';
import { longTasksWithAYear } from './long-tasks.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const peerDir = join(repo, 'bench/peers/starlight');
const resultsDir = join(repo, 'bench/results');

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '2026' },
    out: { type: 'string' },
    'no-peer': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = args.docs.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--docs wants whole numbers, e.g. --docs 1000 or --docs 1000,3000; got ${args.docs}`);
const seed = Number(args.seed);
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1; got ${args.runs}`);
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
mkdirSync(resultsDir, { recursive: true });
const logFile = join(resultsDir, `${stamp}.log`);

const say = (line: string) => console.log(`[bench] ${line}`);

/** A node_modules of symlinks to each installed package, so caches Astro and Vite write there stay in the copy. */
function linkNodeModules(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name.startsWith('.') && name !== '.bin') continue; // .astro, .vite: caches of earlier builds
    symlinkSync(join(from, name), join(to, name));
  }
}

function writeFiles(root: string, files: GeneratedFile[]) {
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
}

/** The site's build script as separate commands (`astro build && pagefind --site dist` → two). */
function buildSteps(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return (pkg.scripts?.build ?? 'astro build')
    .split('&&')
    .map((s) => s.trim())
    .filter(Boolean);
}

async function build(root: string, steps: string[], label: string): Promise<{ steps: StepFigures[] }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env.BASE_PATH;
  delete env.SITE_URL;
  const done: StepFigures[] = [];
  const run = async (command: string, addedByBench = false) => {
    say(`${label}: ${command}`);
    const loadBefore = loadavg()[0]!;
    const { tail, ...measured } = await runMeasured(command, { cwd: root, env, logFile });
    // The machine's 1-minute load around the step: other work on the 2 cores skews the times.
    const figures = { ...measured, load: [loadBefore, loadavg()[0]!] as [number, number] };
    if (figures.exitCode !== 0)
      throw new Error(`${label}: \`${command}\` failed (exit ${figures.exitCode}); full output in ${logFile}\n${tail}`);
    done.push(addedByBench ? { ...figures, addedByBench } : figures);
  };
  for (const step of steps) await run(step);
  // Until the site indexes for search in its own build, index it here so the work compared is the same.
  if (!existsSync(join(root, 'dist/pagefind'))) await run('pagefind --site dist', true);
  return { steps: done };
}

async function measure(
  name: string,
  root: string,
  docs: number,
  steps: StepFigures[],
  article: string,
  browsers: Browsers | undefined,
  driver: SearchDriver,
  sets: QuerySet[],
): Promise<Figures> {
  const dist = join(root, 'dist');
  const stats = distStats(dist);
  const index = existsSync(join(dist, 'pagefind')) ? distStats(join(dist, 'pagefind')) : { bytes: 0, files: 0 };
  const wallMs = steps.reduce((sum, s) => sum + s.wallMs, 0);
  const weight = pageWeight(dist, article);
  const figures: Figures = {
    name,
    docs,
    build: {
      wallMs,
      peakRssBytes: Math.max(...steps.map((s) => s.peakRssBytes)),
      pagefindPeakRssBytes: Math.max(...steps.map((s) => s.pagefindPeakRssBytes)),
      pagefindMs: steps.reduce((sum, s) => sum + s.pagefindMs, 0),
      steps,
    },
    pages: stats.pages,
    msPerPage: wallMs / stats.pages,
    distBytes: stats.bytes,
    distFiles: stats.files,
    index: { bytes: index.bytes, files: index.files },
    article: { path: article, ...weight },
    search: { available: false, reason: 'no Chromium found', queries: [] },
  };
  if (!browsers) return figures;
  const server = await serve(dist);
  try {
    figures.article.fetchedOnLoad = await fetchedOnLoad(browsers.playwright, `${server.origin}${article}`);
    if (name === 'site') {
      say(`${name}: longest tasks with a year of records`);
      figures.longTasks = await longTasksWithAYear(browsers.playwright, server.origin, article);
    }
    const truth = truthOf(name === 'site' ? siteTexts(dist) : starlightTexts(dist));
    say(`${name}: timing ${sets.reduce((n, s) => n + s.queries.length, 0)} searches (${sets.map((s) => s.name).join(', ')})`);
    figures.search = await timeSearch(browsers, server.origin, driver, sets, truth);
  } finally {
    await server.close();
  }
  return figures;
}

function tempCopy(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

async function benchSite(corpus: BenchDoc[], article: string, browsers: Browsers | undefined, sets: QuerySet[]): Promise<Figures> {
  const root = tempCopy('xxyd-bench-site-');
  try {
    for (const name of readdirSync(repo)) {
      const full = join(repo, name);
      // Top-level config files, and the folders a build reads; never dist/, node_modules/ or bench/.
      if (statSync(full).isFile() || ['src', 'build', 'public', 'scripts', 'content'].includes(name))
        cpSync(full, join(root, name), { recursive: true });
    }
    linkNodeModules(join(repo, 'node_modules'), join(root, 'node_modules'));
    writeFiles(root, corpus.map(siteFile));
    const { steps } = await build(root, buildSteps(root), `学习园地 ${corpus.length} docs`);
    return await measure('site', root, corpus.length, steps, article, browsers, siteSearch, sets);
  } finally {
    if (!args.keep) rmSync(root, { recursive: true, force: true });
    else say(`kept ${root}`);
  }
}

function ensurePeerInstalled() {
  if (existsSync(join(peerDir, 'node_modules/@astrojs/starlight'))) return;
  say('installing the Starlight peer (npm ci in bench/peers/starlight)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peerDir, stdio: 'inherit' });
}

async function benchStarlight(corpus: BenchDoc[], article: string, browsers: Browsers | undefined, sets: QuerySet[]): Promise<Figures> {
  ensurePeerInstalled();
  // Built in place: Astro compiles Starlight's own components from node_modules, which it
  // cannot do through a node_modules of symlinks outside the project. Caches go first.
  const clean = () => {
    for (const dir of ['src/content/docs', 'dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      rmSync(join(peerDir, dir), { recursive: true, force: true });
  };
  clean();
  try {
    writeFiles(peerDir, corpus.map(starlightFile));
    const { steps } = await build(peerDir, ['astro build'], `Starlight ${corpus.length} docs`);
    return await measure('starlight', peerDir, corpus.length, steps, article, browsers, starlightSearch(article), sets);
  } finally {
    if (!args.keep) clean();
  }
}

function versionOf(dir: string, pkg: string): string | undefined {
  const file = join(dir, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

/** The latest saved 1,000-document site figures, for the growth target when this run has none. */
function savedBaseline(): { figures: Figures; file: string } | undefined {
  const files = existsSync(resultsDir)
    ? readdirSync(resultsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .reverse()
    : [];
  for (const file of files) {
    try {
      const saved = JSON.parse(readFileSync(join(resultsDir, file), 'utf8')) as { results?: SizeResult[] };
      const r = saved.results?.find((x) => x.docs === 1000);
      if (r) return { figures: r.site, file };
    } catch {
      // not one of ours
    }
  }
  return undefined;
}

const browsers = await launchBrowsers();
if (!browsers) say('no Chromium found: page and search figures in the browser are skipped');
const results: SizeResult[] = [];
try {
  const corpora = sizes.map((docs) => {
    const corpus = generateCorpus({ docs, seed });
    // A theory article from the middle of the corpus: the same page on both sites.
    const middle =
      corpus.slice(Math.floor(docs / 2)).find((d) => d.collection === 'theory') ?? corpus.find((d) => d.collection === 'theory')!;
    return { docs, corpus, article: `/${middle.collection}/${middle.id}/`, sets: querySets(corpus, seed) };
  });
  // Runs go round all sizes in turn, so a slow spell of the machine does not fall on one size alone.
  for (let run = 1; run <= runs; run++) {
    for (const { docs, corpus, article, sets } of corpora) {
      say(`${docs} documents (seed ${seed}); article ${article}${runs > 1 ? `; run ${run} of ${runs}` : ''}`);
      const site = await benchSite(corpus, article, browsers, sets);
      const starlight = args['no-peer'] ? undefined : await benchStarlight(corpus, article, browsers, sets);
      const result: SizeResult = { docs, ...(runs > 1 ? { run } : {}), site, ...(starlight ? { starlight } : {}) };
      results.push(result);
      console.log(`\n${table(result)}\n`);
    }
  }
} finally {
  await browsers?.close();
}

// 支部学习台账: 300 members' files of a full year each, checked and aggregated as the ledger page does.
const ledgerRuns = Array.from({ length: args.smoke ? 1 : 3 }, () => benchLedgerLoad(args.smoke ? 20 : 300));
const ledgerMs = Math.min(...ledgerRuns.map((r) => r.ms));
say(
  `ledger: ${ledgerRuns[0]!.files} member files (${fmt.kb(ledgerRuns[0]!.bytes)}) loaded and aggregated in ${ledgerRuns.map((r) => fmt.ms(r.ms)).join(', ')}`,
);

const baseline = sizes.includes(1000) ? undefined : savedBaseline();
const checks = checkTargets(results, baseline?.figures);
if (!args.smoke)
  checks.push({
    target: 'ledger: 300 member files of a year, load and aggregate (best of 3)',
    limit: '≤ 1 s',
    measured: fmt.ms(ledgerMs),
    pass: ledgerMs <= 1000,
  });
console.log(targetTable(checks));
if (baseline && sizes.includes(3000)) console.log(`\n(3,000 vs 1,000 compares with the 1,000-document build saved in ${baseline.file})`);

const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryBytes: totalmem(), node: process.version },
  versions: {
    astro: versionOf(repo, 'astro'),
    pagefind: versionOf(repo, 'pagefind'),
    starlight: versionOf(peerDir, '@astrojs/starlight'),
    starlightAstro: versionOf(peerDir, 'astro'),
    starlightPagefind: versionOf(peerDir, 'pagefind'),
  },
  seed,
  results,
  ledger: ledgerRuns,
  targets: checks,
};
const out = args.out ?? join(resultsDir, `${stamp}-${sizes.join('-')}docs${args.smoke ? '-smoke' : ''}.json`);
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
say(`results written to ${out}`);

if (args.smoke) {
  // CI keeps the bench working: the build ran, the article exists and was weighed.
  const site = results[0]!.site;
  const problems = [
    site.pages < sizes[0]! && `only ${site.pages} pages for ${sizes[0]} documents`,
    site.article.html.raw === 0 && 'the article page is empty',
    browsers && !site.article.fetchedOnLoad && 'the article page was not loaded in the browser',
  ].filter(Boolean);
  if (problems.length) {
    console.error(`bench smoke failed: ${problems.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('bench smoke ok: built, weighed and searched');
  }
}
