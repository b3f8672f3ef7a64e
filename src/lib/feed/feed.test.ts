import { describe, expect, test } from 'vitest';
import { FEED_SIZE, feedEntries, feedXml, type FeedEntry } from './feed.ts';

const entry = (id: string, date: string, patch: Partial<FeedEntry> = {}): FeedEntry => ({
  collection: 'theory',
  id,
  title: `标题 ${id}`,
  summary: `摘要 ${id} <b>&</b>`,
  date: new Date(date),
  draft: false,
  ...patch,
});

describe('feedEntries', () => {
  test('newest change first: an updated entry comes back to the top; drafts and other collections are left out', () => {
    const items = [
      entry('old-but-updated', '2026-01-01', { updated: new Date('2026-12-01') }),
      entry('new', '2026-11-01'),
      entry('draft', '2026-12-02', { draft: true }),
      entry('training', '2026-11-15', { collection: 'training' }),
    ];
    expect(feedEntries(items).map((e) => e.id)).toEqual(['old-but-updated', 'training', 'new']);
    expect(feedEntries(items, 'theory').map((e) => e.id)).toEqual(['old-but-updated', 'new']);
  });

  test(`lists at most ${FEED_SIZE} entries`, () => {
    const many = Array.from({ length: FEED_SIZE + 10 }, (_, i) => entry(`e${i}`, `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`));
    expect(feedEntries(many)).toHaveLength(FEED_SIZE);
  });
});

describe('feedXml', () => {
  const options = {
    title: '学习园地 - 最新内容',
    description: '新发布和更新的内容',
    home: '/kb/',
    entries: [entry('a', '2026-11-01')],
    link: (e: FeedEntry) => `/kb/${e.collection}/${e.id}/`,
    category: () => '理论学习',
  };

  test('with SITE_URL: absolute links under the base path', async () => {
    const xml = await feedXml({ ...options, site: 'https://intranet.example' });
    expect(xml).toContain('<link>https://intranet.example/kb/theory/a/</link>');
    expect(xml).toContain('<title>学习园地 - 最新内容</title>');
    expect(xml).toContain('<category>理论学习</category>');
    // Text is escaped, not passed through as markup.
    expect(xml).not.toContain('<b>');
  });

  test('without SITE_URL: root-relative links, and no made-up or loopback host', async () => {
    const xml = await feedXml({ ...options, site: undefined });
    expect(xml).toContain('<link>/kb/theory/a/</link>');
    expect(xml).not.toMatch(/invalid|localhost/);
  });
});
