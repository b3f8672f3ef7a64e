import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { GUIDE, buildGuide } from '../../scripts/content-guide.ts';
import { MISTAKES } from '../../src/lib/content/guide.ts';
import { checkProject, readContentFiles } from '../../build/project/content-files.ts';
import { CONTENT_BASES } from '../../src/lib/content/paths.ts';
import { theorySchema } from '../../src/schemas/theory.ts';
import { exemplarSchema } from '../../src/schemas/exemplars.ts';
import { trainingSchema } from '../../src/schemas/training.ts';
import { planSchema } from '../../src/schemas/plans.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const guide = readFileSync(join(root, GUIDE), 'utf8');
const fixtures = join(root, 'tests/fixtures/content');

describe('content/README.md, the editors’ guide', () => {
  test('is up to date with the schemas’ JSDoc and the checker’s messages', () => {
    expect(guide, `${GUIDE} 已过期，请运行 npm run guide / is stale: run npm run guide`).toBe(buildGuide(root, guide));
  });

  test('shows every malformed fixture under 常见错误, each with at least one message', () => {
    const malformed = readdirSync(fixtures).filter((name) => !['valid', 'bom-crlf'].includes(name));
    expect(MISTAKES.map((m) => m.fixture).sort()).toEqual(malformed.sort());
    for (const { fixture } of MISTAKES) {
      expect({ fixture, problems: checkProject(join(fixtures, fixture), true).problems.length > 0 }).toEqual({ fixture, problems: true });
    }
  });

  test('gives examples that the schemas accept', () => {
    const schemas = {
      theory: theorySchema,
      exemplars: exemplarSchema(() => z.string()),
      training: trainingSchema,
      plans: planSchema(() => z.string()),
    };
    for (const [collection, schema] of Object.entries(schemas)) {
      const block = new RegExp(`<!-- example:${collection} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(guide)?.[1];
      expect(block, `example for ${collection}`).toBeDefined();
      const result = schema.safeParse(yaml.load(block!, { schema: yaml.CORE_SCHEMA }));
      expect({ collection, issues: result.error?.issues ?? [] }).toEqual({ collection, issues: [] });
    }
  });

  test('is not read as an entry: it sits outside every collection folder', () => {
    expect(Object.values(CONTENT_BASES).every((base) => /^content\/[a-z]+$/.test(base))).toBe(true);
    expect(readContentFiles(root).map((f) => f.path)).not.toContain(GUIDE);
  });
});
