import type { Catalogue } from '../catalogue.ts';
import { exportJson } from '../progress/export-json.ts';
import { EMPTY_RECORD, type ProgressRecord } from '../progress/types.ts';
import { buildLedger } from './ledger.ts';
import { readMemberFiles, type MemberFileInput } from './members.ts';

/** A year of content: `entries` entries with 学时 across 2026, one training a month, and a plan a month. */
export function benchCatalogue(entries = 240): Catalogue {
  const list: Catalogue['entries'][number][] = [];
  for (let i = 0; i < entries; i++) {
    const month = (i % 12) + 1;
    const date = `2026-${String(month).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const collection = i % 20 === 0 ? 'training' : i % 3 === 0 ? 'exemplars' : 'theory';
    list.push({
      key: `${collection}/bench-${i}`,
      collection,
      title: `条目 ${i}`,
      hours: 0.5 + (i % 4) * 0.5,
      date,
      url: `/${collection}/bench-${i}/`,
      hash: `h${i}`,
      chars: 1500,
    });
  }
  const plans = Array.from({ length: 12 }, (_, m) => ({
    key: `plans/bench-${m + 1}`,
    title: `${m + 1}月计划`,
    url: `/plans/bench-${m + 1}/`,
    period: `2026-${String(m + 1).padStart(2, '0')}`,
    periodLabel: `2026年${m + 1}月`,
    items: list
      .filter((_, i) => i % 12 === m)
      .slice(0, 8)
      .map((e, i) => ({
        key: e.key,
        requirement: i < 5 ? ('必学' as const) : ('选学' as const),
        due: `2026-${String(m + 1).padStart(2, '0')}-25`,
      })),
  }));
  return { entries: list, plans };
}

/** `count` members' 报送支部 files, each with a full year of records (most entries read). */
export function benchMemberFiles(catalogue: Catalogue, count = 300): MemberFileInput[] {
  return Array.from({ length: count }, (_, m) => {
    const records = new Map<string, ProgressRecord>();
    catalogue.entries.forEach((entry, i) => {
      if ((i + m) % 5 === 0) return;
      const at = `${entry.date}T0${(i + m) % 10}:00:00.000Z`;
      records.set(
        entry.key,
        entry.collection === 'training'
          ? { ...EMPTY_RECORD, attended: true, attendedAt: at }
          : {
              ...EMPTY_RECORD,
              status: 'read',
              firstOpenedAt: at,
              lastOpenedAt: at,
              readAt: at,
              scroll: 1,
              activeSeconds: 300,
              contentHash: entry.hash,
            },
      );
    });
    const text = exportJson(
      { settings: { name: `成员${m}`, annualTarget: 32 }, records },
      Date.UTC(2026, 11, 31, 8),
      m % 2 ? '第一党小组' : '第二党小组',
    );
    return { name: `m${m}.json`, text, size: text.length * 2 };
  });
}

/**
 * The ledger's load-and-aggregate figure for `npm run bench`: checks `count` member files
 * (a full year each) with the import validator and builds the year's ledger. Returns the
 * milliseconds taken (the budget: 300 files under 1 000 ms) and what was built, so a
 * caller can check it worked. Generating the files is not timed.
 */
export function benchLedgerLoad(
  count = 300,
  now: () => number = () => performance.now(),
): { ms: number; members: number; files: number; bytes: number } {
  const catalogue = benchCatalogue();
  const files = benchMemberFiles(catalogue, count);
  const start = now();
  const loaded = readMemberFiles(files);
  const ledger = buildLedger(loaded.members, catalogue, { period: { kind: 'year', year: 2026 }, now: Date.UTC(2027, 0, 5) });
  const ms = now() - start;
  return { ms, members: ledger.members.length, files: files.length, bytes: files.reduce((n, f) => n + f.text.length, 0) };
}
