/**
 * npm run check:content — validates all content without a full build and prints every problem
 * at once (file:line, field, found, expected, fix). Exit code 1 when anything is wrong.
 */
import { checkProject } from '../build/project/content-files.ts';
import { errorsOf, formatReport } from '../src/lib/content/problem.ts';

const production = !process.argv.includes('--drafts');
const { problems, entries } = checkProject(process.cwd(), production);
console.log(formatReport(problems));
const errors = errorsOf(problems);
if (errors.length === 0) console.log(`  ${entries.length} 篇条目 / entries checked`);
process.exitCode = errors.length ? 1 : 0;
