import { ANNUAL_TARGET_MAX, ANNUAL_TARGET_STEP, NAME_MAX_LENGTH, type ProgressSettings } from './types.ts';
import { isValidName, isValidTarget } from './codec/record.ts';

/** Fields the reader may change; omitted fields stay as they are. */
export interface SettingsPatch {
  name?: string;
  annualTarget?: number;
}

/** The new settings, or why the patch was refused (Chinese message, English code). */
export type SettingsResult =
  { ok: true; settings: ProgressSettings } | { ok: false; code: 'invalid-name' | 'invalid-target'; message: string };

/** Applies a settings patch after checking it. The name is trimmed; nothing is partly applied. */
export function applySettingsPatch(current: ProgressSettings, patch: SettingsPatch): SettingsResult {
  const name = patch.name === undefined ? current.name : typeof patch.name === 'string' ? patch.name.trim() : null;
  if (name === null || !isValidName(name)) {
    return { ok: false, code: 'invalid-name', message: `姓名最多 ${NAME_MAX_LENGTH} 个字，且不能包含 < 或 >。` };
  }
  const annualTarget = patch.annualTarget ?? current.annualTarget;
  if (!isValidTarget(annualTarget)) {
    return {
      ok: false,
      code: 'invalid-target',
      message: `年度目标学时应为 ${ANNUAL_TARGET_STEP} 到 ${ANNUAL_TARGET_MAX} 之间、${ANNUAL_TARGET_STEP} 的倍数。`,
    };
  }
  return { ok: true, settings: Object.freeze({ name, annualTarget }) };
}
