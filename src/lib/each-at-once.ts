/**
 * Runs `task` on every item, at most `limit` at a time, in the items' order; resolves once all
 * have finished, or rejects with the first error. Bounds work that would otherwise start all at
 * once: Pagefind processes in the build, downloads for 离线保存 and the service worker's copy.
 */
export async function eachAtOnce<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
