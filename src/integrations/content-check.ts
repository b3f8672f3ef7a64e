import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { checkProject } from '../../build/project/content-files.ts';
import { errorsOf, formatReport } from '../lib/content/problem.ts';
import { PANEL_CSS, PANEL_JS, PANEL_PREFIX, pagesWithProblems, renderPanel } from '../lib/content/dev-panel.ts';

/** Files whose change can change the checker's verdict: entries and the images and attachments they name. */
const WATCHED = /^(content|public)\/.+\.(mdx?|png|jpe?g|webp|avif|gif|svg|pdf|docx?|xlsx?|pptx?|txt|zip)$/i;

/**
 * Runs the same checker as `npm run check:content` before Astro reads any content.
 * A build stops with the editor-friendly report; the dev server only warns, so an editor
 * can keep previewing while fixing, and checks again whenever a content file changes.
 */
export function contentCheck(): AstroIntegration {
  let root = '';
  let base = '/';
  let lastReport = '';
  let pages: ReturnType<typeof pagesWithProblems> = new Map();
  return {
    name: 'xxyd-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        // Drafts are shown by `astro dev` only — decided by the command, not by NODE_ENV,
        // which test runners set to "test" and which would otherwise leak drafts into a build.
        updateConfig({ vite: { define: { 'import.meta.env.XXYD_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const { problems, entries } = checkProject(root, command === 'build');
        pages = pagesWithProblems(problems, entries);
        lastReport = formatReport(problems);
        if (problems.length === 0) return;
        const errors = errorsOf(problems);
        if (command === 'dev' || errors.length === 0) {
          logger.warn(`\n${lastReport}`);
          return;
        }
        console.error(`\n${lastReport}\n`);
        console.error(
          `内容检查未通过，共 ${errors.length} 个问题，详见上方 / content check failed with ${errors.length} problem(s), listed above`,
        );
        // Ending here, not by throwing: Astro would follow a thrown error with its own English
        // "unhandled error … Stack trace:" lines, which tell an editor nothing.
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = (file: string) => {
          if (!WATCHED.test(relative(root, file).split(sep).join('/'))) return;
          clearTimeout(timer);
          // An editor's save can arrive as several events; check once they settle.
          timer = setTimeout(() => {
            const { problems, entries } = checkProject(root, false);
            pages = pagesWithProblems(problems, entries);
            const report = formatReport(problems);
            if (report === lastReport) return;
            lastReport = report;
            if (report.startsWith('✔')) logger.info(report);
            else logger.warn(`\n${report}`);
          }, 200);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
        // The preview never goes down for a content mistake: a page whose file has an error shows
        // the checker's messages (dev-panel.ts) instead of Astro's error page or a stale version,
        // and every other page keeps working.
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          const path = decodeURIComponent(url.pathname);
          const inBase = path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
          if (inBase === undefined) return next();
          const route = inBase.endsWith('/') ? inBase : `${inBase}/`;
          const send = (type: string, body: string, status = 200) => {
            res.statusCode = status;
            res.setHeader('Content-Type', `${type}; charset=utf-8`);
            res.setHeader('Cache-Control', 'no-store');
            res.end(body);
          };
          if (inBase === `${PANEL_PREFIX}panel.css`) return send('text/css', PANEL_CSS);
          if (inBase === `${PANEL_PREFIX}panel.js`) return send('text/javascript', PANEL_JS);
          if (inBase === `${PANEL_PREFIX}status`) {
            return send('application/json', JSON.stringify({ ok: !pages.has(url.searchParams.get('route') ?? '') }));
          }
          const page = pages.get(route);
          if (!page || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
          send('text/html', renderPanel(route, base, page.file, page.problems));
        });
      },
    },
  };
}
