/** Keys that can reach or replace an object's prototype when used on a plain `{}`. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether `key` is one of the prototype-polluting names. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** Whether `value` is a non-null, non-array object (as JSON.parse produces for `{…}`). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds a prototype-less object from entries, for JSON output. Forbidden keys are skipped,
 * so even a bug upstream cannot write through `__proto__`.
 */
export function safeObject<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) {
    if (!isForbiddenKey(key)) out[key] = value;
  }
  return out;
}

/** Reads an own property without consulting the prototype chain. */
export function ownValue(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
