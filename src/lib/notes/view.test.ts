import { describe, expect, it } from 'vitest';
import { groupNotes } from './view.ts';
import type { Note, Reflection } from './types.ts';

const anchor = { exact: '原文片段', prefix: '', suffix: '', start: 0, end: 4 };
const n = (id: string, entry: string, body: string, updatedAt: string, deletedAt: string | null = null): Note => ({
  id,
  entry,
  kind: 'note',
  anchor,
  body,
  createdAt: updatedAt,
  updatedAt,
  deletedAt,
});
const notes = [
  n('aaaaaa', 'theory/a', '理论笔记一', '2026-03-01T00:00:00Z'),
  n('bbbbbb', 'theory/a', '理论笔记二', '2026-03-05T00:00:00Z'),
  n('cccccc', 'exemplars/b', '榜样笔记 ABC', '2026-03-03T00:00:00Z'),
  n('dddddd', 'theory/a', '已删除', '2026-03-09T00:00:00Z', '2026-03-09T00:00:00Z'),
];
const reflections: Reflection[] = [{ entry: 'plans/spring', text: '春季计划心得', updatedAt: '2026-04-02T00:00:00Z', deletedAt: null }];

describe('groupNotes', () => {
  it('groups by entry, newest first, without deleted notes', () => {
    const groups = groupNotes(notes, reflections);
    expect(groups.map((g) => g.entry)).toEqual(['plans/spring', 'theory/a', 'exemplars/b']);
    expect(groups[1]?.notes.map((x) => x.body)).toEqual(['理论笔记二', '理论笔记一']);
    expect(groups[0]?.reflection?.text).toBe('春季计划心得');
  });
  it('filters by collection, plan and period', () => {
    expect(groupNotes(notes, reflections, { collection: 'exemplars' }).map((g) => g.entry)).toEqual(['exemplars/b']);
    expect(groupNotes(notes, reflections, { planEntries: new Set(['plans/spring', 'exemplars/b']) }).map((g) => g.entry)).toEqual([
      'plans/spring',
      'exemplars/b',
    ]);
    const march = groupNotes(notes, reflections, { period: { kind: 'month', year: 2026, month: 3 } });
    expect(march.flatMap((g) => g.notes.map((x) => x.body))).toEqual(['理论笔记二', '理论笔记一', '榜样笔记 ABC']);
    // China time: 16:00 UTC on the last day of February is already March.
    const edge = [n('eeeeee', 'theory/c', '月初', '2026-02-28T16:00:00Z'), n('ffffff', 'theory/c', '月末', '2026-02-28T15:59:59Z')];
    expect(groupNotes(edge, [], { period: { kind: 'month', year: 2026, month: 3 } }).flatMap((g) => g.notes.map((x) => x.body))).toEqual([
      '月初',
    ]);
    expect(groupNotes(notes, reflections, { period: { kind: 'quarter', year: 2026, quarter: 2 } }).map((g) => g.entry)).toEqual([
      'plans/spring',
    ]);
  });
  it("searches the member's own words, ignoring case and full-width forms", () => {
    expect(groupNotes(notes, reflections, { query: 'ａｂｃ' }).map((g) => g.entry)).toEqual(['exemplars/b']);
    expect(groupNotes(notes, reflections, { query: '心得' }).map((g) => g.entry)).toEqual(['plans/spring']);
    expect(groupNotes(notes, reflections, { query: '没有这句' })).toEqual([]);
  });
  it('searches entry titles too', () => {
    expect(groupNotes(notes, [], { query: '标题' }, (e) => (e === 'theory/a' ? '某篇标题' : e)).map((g) => g.entry)).toEqual(['theory/a']);
  });
});
