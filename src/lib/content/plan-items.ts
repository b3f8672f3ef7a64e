import { entryKey } from '../../schemas/entry-key.ts';
import type { Item } from './items.ts';
import { PLAN_ITEM_COLLECTIONS, type PlanItemCollection } from '../../schemas/plans.ts';

/** A plan item after its reference is resolved to the entry it points at. */
export interface PlanItemView {
  item: Item;
  requirement: '必学' | '选学';
  due: Date;
}

type RawPlanItem = { requirement: '必学' | '选学'; due: Date } & Partial<Record<PlanItemCollection, { collection: string; id: string } | string>>;

/** Resolves plan items against the published items; items pointing at nothing are dropped. */
export function resolvePlanItems(raw: readonly RawPlanItem[], items: readonly Item[]): PlanItemView[] {
  const byKey = new Map(items.map((i) => [entryKey(i.collection, i.id), i]));
  return raw.flatMap((r) => {
    const collection = PLAN_ITEM_COLLECTIONS.find((c) => r[c] !== undefined);
    if (!collection) return [];
    const ref = r[collection]!;
    const item = byKey.get(entryKey(collection, typeof ref === 'string' ? ref : ref.id));
    return item ? [{ item, requirement: r.requirement, due: r.due }] : [];
  });
}
