import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from './types.ts';
import { applySettingsPatch } from './settings.ts';

describe('applySettingsPatch', () => {
  test('trims the name and keeps fields not in the patch', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { name: '  张三 ' })).toEqual({ ok: true, settings: { name: '张三', annualTarget: 32 } });
    expect(applySettingsPatch({ name: '张三', annualTarget: 32 }, { annualTarget: 40.5 })).toEqual({
      ok: true,
      settings: { name: '张三', annualTarget: 40.5 },
    });
  });

  test('refuses markup or an overlong name', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { name: '<b>张三</b>' })).toMatchObject({ ok: false, code: 'invalid-name' });
    expect(applySettingsPatch(DEFAULT_SETTINGS, { name: '名'.repeat(41) })).toMatchObject({ ok: false, code: 'invalid-name' });
  });

  test('refuses targets that are not positive halves up to 1000', () => {
    for (const t of [0, -4, 0.3, 1001, Number.NaN]) {
      expect(applySettingsPatch(DEFAULT_SETTINGS, { annualTarget: t })).toMatchObject({ ok: false, code: 'invalid-target' });
    }
  });
});
