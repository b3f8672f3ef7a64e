import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localize } from '../../scripts/localize.ts';
import { checkProject } from '../../build/project/content-files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const png = readFileSync(join(root, 'tests/fixtures/content/valid/content/theory/study-session.png'));
let server: Server;
let origin = '';

beforeAll(async () => {
  // A stand-in for the other website, on this machine.
  server = createServer((req, res) => {
    if (req.url === '/photos/huichang.png' || req.url === '/heying') {
      res.writeHead(200, { 'Content-Type': 'image/png' }).end(png);
    } else if (req.url === '/page.html') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>hi</p>');
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('npm run localize', () => {
  test('downloads outside images beside the entry and rewrites the links; a failed one stays and is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxyd-localize-'));
    try {
      cpSync(join(root, 'tests/fixtures/content/valid/content'), join(dir, 'content'), { recursive: true });
      const file = 'content/theory/good-theory.md';
      const text = readFileSync(join(dir, file), 'utf8');
      writeFileSync(
        join(dir, file),
        `${text}\n![会场全景](${origin}/photos/huichang.png)\n\n会后 <img src="${origin}/heying" alt="支部党员会后合影"> 存档。\n\n![失效](${origin}/gone.png)\n\n![网页](${origin}/page.html)\n`,
      );
      expect(checkProject(dir, true).problems.filter((p) => p.severity === 'warning')).toHaveLength(4);

      const { lines, failed } = await localize(dir, [file]);
      expect(failed).toBe(2);
      expect(lines.join('\n')).toContain(
        `content/theory/good-theory.md:16 ${origin}/photos/huichang.png\n  → content/theory/good-theory-1.png`,
      );
      expect(lines.join('\n')).toContain(`${origin}/gone.png\n  下载失败 download failed: HTTP 404`);
      expect(lines.join('\n')).toContain('不是图片 not an image (text/html)');
      expect(existsSync(join(dir, 'content/theory/good-theory-1.png'))).toBe(true);
      expect(existsSync(join(dir, 'content/theory/good-theory-2.png'))).toBe(true);

      const after = readFileSync(join(dir, file), 'utf8');
      expect(after).toContain('![会场全景](./good-theory-1.png)');
      expect(after).toContain('会后 ![支部党员会后合影](./good-theory-2.png) 存档。');
      expect(after).toContain(`![失效](${origin}/gone.png)`);
      const left = checkProject(dir, true).problems;
      expect(left.filter((p) => p.severity !== 'warning')).toEqual([]);
      expect(left.map((p) => p.found)).toEqual([`![失效](${origin}/gone.png)`, `![网页](${origin}/page.html)`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
