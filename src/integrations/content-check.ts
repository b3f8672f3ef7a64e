import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject } from './content-files.ts';
import { formatReport } from '../lib/content/problem.ts';

/**
 * Runs the same checker as `npm run check:content` before Astro reads any content.
 * A build stops with the editor-friendly report; the dev server only warns, so an editor
 * can keep previewing while fixing.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'xxyd-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        // Drafts are shown by `astro dev` only — decided by the command, not by NODE_ENV,
        // which test runners set to "test" and which would otherwise leak drafts into a build.
        updateConfig({ vite: { define: { 'import.meta.env.XXYD_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const { problems } = checkProject(root, command === 'build');
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        console.error(`\n${report}\n`);
        const error = new Error(
          `内容检查未通过，共 ${problems.length} 个问题，详见上方 / content check failed with ${problems.length} problem(s), listed above`,
        );
        error.stack = error.message;
        throw error;
      },
    },
  };
}
