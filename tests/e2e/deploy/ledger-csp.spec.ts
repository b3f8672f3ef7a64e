import { expect, test } from '@playwright/test';

/*
 * The 支部台账's Excel export loads exceljs on demand. Under the deployed
 * Content-Security-Policy (no 'unsafe-eval', no inline scripts) it must still work.
 */
test('导出 Excel works under the deployed Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|unsafe-eval|EvalError/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(String(error)));
  const file = {
    format: 'xuexi-yuandi-progress',
    version: 3,
    exportedAt: '2026-11-26T02:00:00.000Z',
    settings: { name: '郑十', annualTarget: 32 },
    branch: '第一党小组',
    records: {},
  };
  await page.goto('./ledger/');
  await page
    .getByLabel('选择成员报送的学习记录文件')
    .setInputFiles({ name: 'zheng.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('region', { name: '成员概况' })).toContainText('郑十');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/^支部学习台账-全部-\d{4}-\d{2}\.xlsx$/);
  expect(violations).toEqual([]);
});
