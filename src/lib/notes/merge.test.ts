import { describe, expect, it } from 'vitest';
import { liveNotes, mergeNotes, mergeReflections, tombstone } from './merge.ts';
import type { Note, Reflection } from './types.ts';

const anchor = { exact: '学习', prefix: '', suffix: '', start: 0, end: 2 };
function note(id: string, body: string, updatedAt: string, deletedAt: string | null = null): Note {
  return { id, entry: 'theory/2026-03-foo', kind: 'note', anchor, body, createdAt: '2026-03-01T00:00:00.000Z', updatedAt, deletedAt };
}

describe('mergeNotes', () => {
  it('adds notes it does not have and keeps its own', () => {
    const r = mergeNotes([note('aaaaaa', '本机', '2026-03-02T00:00:00Z')], [note('bbbbbb', '导入', '2026-03-01T00:00:00Z')]);
    expect(r.items.map((n) => n.body)).toEqual(['本机', '导入']);
    expect(r.added).toBe(1);
  });
  it('lets the newer edit win, per note', () => {
    const here = [note('aaaaaa', '旧', '2026-03-01T00:00:00Z'), note('bbbbbb', '新', '2026-03-05T00:00:00Z')];
    const file = [note('aaaaaa', '改过', '2026-03-03T00:00:00Z'), note('bbbbbb', '更旧', '2026-03-02T00:00:00Z')];
    const r = mergeNotes(here, file);
    expect(r.items.map((n) => n.body)).toEqual(['改过', '新']);
    expect(r.updated).toBe(1);
  });
  it('respects a newer deletion and does not bring a deleted note back', () => {
    const here = [note('aaaaaa', '要删的', '2026-03-01T00:00:00Z')];
    const deleted = tombstone(here[0] as Note, '2026-03-04T00:00:00.000Z');
    const r = mergeNotes(here, [deleted]);
    expect(r.deleted).toBe(1);
    expect(liveNotes(r.items)).toEqual([]);
    // An older copy of the note in a backup does not undo the deletion.
    const again = mergeNotes(r.items, here);
    expect(liveNotes(again.items)).toEqual([]);
  });
  it('keeps the note here on an exact tie, except that a deletion wins', () => {
    const t = '2026-03-01T00:00:00Z';
    expect(mergeNotes([note('aaaaaa', '本机', t)], [note('aaaaaa', '文件', t)]).items[0]?.body).toBe('本机');
    expect(mergeNotes([note('aaaaaa', '本机', t)], [note('aaaaaa', '', t, t)]).items[0]?.deletedAt).toBe(t);
  });
  it('ignores unreadable times instead of letting them win', () => {
    const r = mergeNotes([note('aaaaaa', '本机', '2026-03-01T00:00:00Z')], [note('aaaaaa', '坏', 'not a date')]);
    expect(r.items[0]?.body).toBe('本机');
  });
});

describe('mergeReflections', () => {
  it('merges per entry or plan, newer wins', () => {
    const here: Reflection[] = [{ entry: 'plans/2026-spring', text: '旧心得', updatedAt: '2026-03-01T00:00:00Z', deletedAt: null }];
    const file: Reflection[] = [
      { entry: 'plans/2026-spring', text: '新心得', updatedAt: '2026-03-02T00:00:00Z', deletedAt: null },
      { entry: 'theory/2026-03-foo', text: '另一篇', updatedAt: '2026-03-02T00:00:00Z', deletedAt: null },
    ];
    expect(mergeReflections(here, file).items.map((r) => r.text)).toEqual(['新心得', '另一篇']);
  });
});

describe('liveNotes', () => {
  it('lists notes newest first without tombstones', () => {
    const list = liveNotes([
      note('aaaaaa', '一', '2026-03-01T00:00:00Z'),
      note('bbbbbb', '二', '2026-03-03T00:00:00Z'),
      note('cccccc', '', '2026-03-04T00:00:00Z', '2026-03-04T00:00:00Z'),
    ]);
    expect(list.map((n) => n.body)).toEqual(['二', '一']);
  });
});
