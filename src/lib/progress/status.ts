import type { UnreadableReason } from './codec/envelope.ts';
import type { StorageFailure } from './persistence.ts';

/**
 * Why records are only kept in memory:
 * - `unavailable`: no storage was given (blocked before we could even get it);
 * - `read-failed`: reading threw, so we do not know what is stored and do not write;
 * - `unreadable`: what is stored cannot be understood (corrupt, or from a newer version), so
 *   it is kept untouched until the reader explicitly replaces it;
 * - `write-failed`: the last save threw (full or blocked); every later save retries.
 */
export type PersistenceProblem = 'unavailable' | 'read-failed' | 'unreadable' | 'write-failed';

/** What the UI needs to say about saving. */
export interface PersistenceStatus {
  /** True when records are being kept in this browser. */
  readonly persistent: boolean;
  readonly problem: PersistenceProblem | null;
  /** Storage's own reason for `read-failed` / `write-failed`. */
  readonly failure: StorageFailure | null;
  /** For `unreadable`: invalid JSON, wrong shape, or written by a newer version. */
  readonly unreadableReason: UnreadableReason | null;
  /** Stored records skipped on load because they could not be read; the others loaded. */
  readonly droppedRecords: number;
  /** Whether there are changes not yet written (waiting for `flush()`, or failing). */
  readonly unsaved: boolean;
  /** Chinese notice for the page, starting 学习记录未能保存在本机; null when all is well. */
  readonly message: string | null;
}

/** The banner's first words, shared by every problem. */
export const NOT_SAVED_NOTICE = '学习记录未能保存在本机';

const DETAIL: Readonly<Record<string, string>> = {
  unavailable: '浏览器不允许本站保存数据（例如隐私模式或禁用了 Cookie），关闭页面后记录会丢失。',
  'read-failed': '无法读取浏览器中保存的记录，为免覆盖，本次的记录只保留到关闭页面。',
  'unreadable:json': '本机保存的记录已损坏，为免覆盖暂不写入；可以先导出备份，再选择重新开始记录。',
  'unreadable:shape': '本机保存的记录格式无法识别，为免覆盖暂不写入；可以先导出备份，再选择重新开始记录。',
  'unreadable:newer-version': '本机的记录由更新版本的页面保存，请刷新页面后再试；为免覆盖暂不写入。',
  'write-failed:quota': '浏览器存储空间已满，请清理浏览器数据后再试。',
  'write-failed:blocked': '浏览器拒绝了保存，请检查隐私设置。',
};

/** The Chinese notice for a problem, or null when there is none. */
export function statusMessage(
  problem: PersistenceProblem | null,
  failure: StorageFailure | null,
  reason: UnreadableReason | null,
): string | null {
  if (problem === null) return null;
  const detail =
    problem === 'unreadable'
      ? DETAIL[`unreadable:${reason ?? 'shape'}`]
      : problem === 'write-failed'
        ? DETAIL[`write-failed:${failure ?? 'blocked'}`]
        : DETAIL[problem];
  return `${NOT_SAVED_NOTICE}：${detail ?? ''}`;
}
