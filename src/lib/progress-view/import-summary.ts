import type { ImportPlan } from '../progress/merge.ts';

const SETTING_NAMES = { name: '姓名', annualTarget: '年度目标学时' } as const;

/**
 * The lines of the import confirmation: how many records are added, updated, kept and
 * unknown, and which settings are filled in. `catalogueKnown` is false when the site's list
 * of entries could not be loaded, so unknown entries cannot be told apart.
 */
export function describeImportPlan(plan: ImportPlan, catalogueKnown = true): string[] {
  const lines = [
    `新增 ${plan.added.length} 条记录`,
    `更新 ${plan.updated.length} 条记录（文件中的记录较新）`,
    `保持不变 ${plan.unchanged.length} 条（本机的记录相同或较新）`,
  ];
  if (!catalogueKnown) lines.push('未能载入本站目录，无法核对文件中的条目是否仍在本站；所有记录都会保留');
  else if (plan.unknown.length > 0) lines.push(`其中 ${plan.unknown.length} 条对应的内容本站已不再收录，记录仍会保留`);
  if (plan.settings.length > 0) lines.push(`将填入：${plan.settings.map((s) => SETTING_NAMES[s]).join('、')}`);
  return lines;
}

/** The message after a confirmed import. */
export function importDoneMessage(plan: ImportPlan, saved: boolean): string {
  const changed = plan.added.length + plan.updated.length;
  const base =
    changed === 0 ? '导入完成：没有需要更新的记录。' : `导入完成：新增 ${plan.added.length} 条，更新 ${plan.updated.length} 条。`;
  const unknown = plan.unknown.length > 0 ? `另有 ${plan.unknown.length} 条记录对应的内容本站已不再收录，已原样保留。` : '';
  return base + unknown + (saved ? '' : '但记录未能保存在本机，关闭页面后会丢失。');
}
