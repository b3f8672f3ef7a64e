import { describe, expect, test } from 'vitest';
import { NOT_SAVED_NOTICE, statusMessage } from './status.ts';

describe('statusMessage', () => {
  test('no message when all is well', () => {
    expect(statusMessage(null, null, null)).toBeNull();
  });

  test('every problem starts with the same notice and adds its reason', () => {
    const messages = [
      statusMessage('unavailable', null, null),
      statusMessage('read-failed', 'blocked', null),
      statusMessage('unreadable', null, 'json'),
      statusMessage('unreadable', null, 'newer-version'),
      statusMessage('write-failed', 'quota', null),
      statusMessage('write-failed', 'blocked', null),
    ];
    for (const m of messages) expect(m?.startsWith(`${NOT_SAVED_NOTICE}：`)).toBe(true);
    expect(new Set(messages).size).toBe(messages.length);
    expect(messages[4]).toContain('已满');
  });
});
