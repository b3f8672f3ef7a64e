import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { checkProject } from './content-files.ts';
import { errorsOf, formatReport } from '../lib/content/problem.ts';

/** Files whose change can change the checker's verdict: entries and the images and attachments they name. */
const WATCHED = /^(content|public)\/.+\.(mdx?|png|jpe?g|webp|avif|gif|svg|pdf|docx?|xlsx?|pptx?|txt|zip)$/i;

/**
 * Runs the same checker as `npm run check:content` before Astro reads any content.
 * A build stops with the editor-friendly report; the dev server only warns, so an editor
 * can keep previewing while fixing, and checks again whenever a content file changes.
 */
export function contentCheck(): AstroIntegration {
  let root = '';
  let lastReport = '';
  return {
    name: 'xxyd-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        // Drafts are shown by `astro dev` only — decided by the command, not by NODE_ENV,
        // which test runners set to "test" and which would otherwise leak drafts into a build.
        updateConfig({ vite: { define: { 'import.meta.env.XXYD_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        const { problems } = checkProject(root, command === 'build');
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
            const report = formatReport(checkProject(root, false).problems);
            if (report === lastReport) return;
            lastReport = report;
            if (report.startsWith('✔')) logger.info(report);
            else logger.warn(`\n${report}`);
          }, 200);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
