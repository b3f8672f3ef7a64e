import { entryKey } from '../schemas/entry-key.ts';
import { isContentHash, isEntryKey, type EntryKey, type ProgressCollection } from './progress/types.ts';
import type { PlanItem } from './progress/plans.ts';
import { isObject, ownValue } from './progress/safe-object.ts';
import { dayOfDate } from './progress/time.ts';

/*
 * The catalogue: every published entry as the browser-side progress code needs it (titles for
 * /progress/ and the CSV, 学时, dates, content hashes for 有更新, plan items). The build writes
 * it once as /catalogue.json; pages that need it fetch it, so article pages stay light.
 */

export const CATALOGUE_FORMAT = 'xxyd-catalogue';
export const CATALOGUE_VERSION = 1;

/**
 * One published entry as the pages describe it to the progress code (usually a JSON list
 * embedded in the page, hence `date` may be text).
 */
export interface CatalogueEntry {
  /** `<collection>/<id>`. */
  readonly key: EntryKey;
  /** `theory`, `exemplars`, `training` or `plans`. */
  readonly collection: string;
  /** Title shown in lists and in the CSV export. */
  readonly title: string;
  /** 学时 this entry is worth; 0 when it earns none. */
  readonly hours: number;
  /** The entry's date (`YYYY-MM-DD` or a Date at UTC midnight); for training, the day it was held. */
  readonly date: Date | string;
}

/** Indexes a catalogue by entry key (later duplicates win). */
export function indexCatalogue<E extends CatalogueEntry>(entries: Iterable<E>): ReadonlyMap<EntryKey, E> {
  return new Map([...entries].map((e) => [e.key, e] as const));
}

/** One published entry. */
export interface CatalogueItem extends CatalogueEntry {
  readonly collection: ProgressCollection;
  /** `YYYY-MM-DD`; for training, the day it was held. */
  readonly date: string;
  /** Address of the entry's page, with the base path. */
  readonly url: string;
  /** Content fingerprint (`sha256-…`). */
  readonly hash: string;
  /** Readable characters, for the automatic 已读 rule. */
  readonly chars: number;
}

/** One item of a plan, due `YYYY-MM-DD`. */
export interface CataloguePlanItem extends PlanItem {
  readonly due: string;
}

/** A 学习计划 with its resolved items. */
export interface CataloguePlan {
  readonly key: EntryKey;
  readonly title: string;
  readonly url: string;
  /** `2026-12`, `2026-Q4` or `2026`. */
  readonly period: string;
  /** 2026年12月, 2026年第四季度, 2026年度. */
  readonly periodLabel: string;
  readonly items: readonly CataloguePlanItem[];
}

export interface Catalogue {
  readonly entries: readonly CatalogueItem[];
  readonly plans: readonly CataloguePlan[];
}

/** The file as written: the catalogue with a format marker and version. */
export interface CatalogueFile extends Catalogue {
  readonly format: typeof CATALOGUE_FORMAT;
  readonly version: typeof CATALOGUE_VERSION;
}

/** What the build knows about an entry (a subset of the content `Item`). */
export interface SourceItem {
  collection: ProgressCollection;
  id: string;
  title: string;
  hours: number;
  date: Date;
  hash: string;
  chars: number;
}

/** What the build knows about a plan. */
export interface SourcePlan {
  item: SourceItem;
  period: string;
  periodLabel: string;
  items: readonly { item: Pick<SourceItem, 'collection' | 'id'>; requirement: '必学' | '选学'; due: Date }[];
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Shapes the build's entries and plans into the catalogue file. `urlOf` adds the base path. */
export function buildCatalogue(
  items: readonly SourceItem[],
  plans: readonly SourcePlan[],
  urlOf: (collection: ProgressCollection, id: string) => string,
): CatalogueFile {
  return {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    entries: items.map((i) => ({
      key: entryKey(i.collection, i.id),
      collection: i.collection,
      title: i.title,
      hours: i.hours,
      date: isoDay(i.date),
      url: urlOf(i.collection, i.id),
      hash: i.hash,
      chars: i.chars,
    })),
    plans: plans.map((p) => ({
      key: entryKey('plans', p.item.id),
      title: p.item.title,
      url: urlOf('plans', p.item.id),
      period: p.period,
      periodLabel: p.periodLabel,
      items: p.items.map((i) => ({ key: entryKey(i.item.collection, i.item.id), requirement: i.requirement, due: isoDay(i.due) })),
    })),
  };
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isDay = (v: unknown): v is string => isText(v) && dayOfDate(v) !== null;
/** Same-site path only: a stale or tampered file must not put `javascript:` into a link. */
const isPath = (v: unknown): v is string => isText(v) && /^\/(?!\/)/.test(v);

function readEntry(raw: unknown): CatalogueItem | null {
  if (!isObject(raw)) return null;
  const [key, title, hours, date, url, hash, chars] = ['key', 'title', 'hours', 'date', 'url', 'hash', 'chars'].map((k) =>
    ownValue(raw, k),
  );
  if (!isEntryKey(key) || !isText(title) || !isCount(hours) || !isDay(date) || !isPath(url) || !isContentHash(hash) || !isCount(chars))
    return null;
  const collection = key.slice(0, key.indexOf('/')) as ProgressCollection;
  return { key, collection, title, hours, date, url, hash, chars };
}

function readPlanItem(raw: unknown): CataloguePlanItem | null {
  if (!isObject(raw)) return null;
  const key = ownValue(raw, 'key');
  const requirement = ownValue(raw, 'requirement');
  const due = ownValue(raw, 'due');
  if (!isEntryKey(key) || (requirement !== '必学' && requirement !== '选学') || !isDay(due)) return null;
  return { key, requirement, due };
}

function readPlan(raw: unknown): CataloguePlan | null {
  if (!isObject(raw)) return null;
  const [key, title, url, period, periodLabel, items] = ['key', 'title', 'url', 'period', 'periodLabel', 'items'].map((k) =>
    ownValue(raw, k),
  );
  if (!isEntryKey(key) || !key.startsWith('plans/') || !isText(title) || !isPath(url) || !isText(period) || !isText(periodLabel))
    return null;
  if (!Array.isArray(items)) return null;
  return { key, title, url, period, periodLabel, items: items.map(readPlanItem).filter((i): i is CataloguePlanItem => i !== null) };
}

/**
 * Reads a fetched catalogue: null when it is not ours (wrong format or version); otherwise
 * the entries and plans that are well formed (a bad one is skipped, not fatal).
 */
export function parseCatalogue(raw: unknown): Catalogue | null {
  if (!isObject(raw) || ownValue(raw, 'format') !== CATALOGUE_FORMAT || ownValue(raw, 'version') !== CATALOGUE_VERSION) return null;
  const entries = ownValue(raw, 'entries');
  const plans = ownValue(raw, 'plans');
  if (!Array.isArray(entries) || !Array.isArray(plans)) return null;
  return {
    entries: entries.map(readEntry).filter((e): e is CatalogueItem => e !== null),
    plans: plans.map(readPlan).filter((p): p is CataloguePlan => p !== null),
  };
}
