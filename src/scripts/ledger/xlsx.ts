import type { Sheet } from '../../lib/ledger/sheets.ts';

/** The workbook's MIME type. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The ledger as an .xlsx workbook, one sheet per view. exceljs is large, so this module (and
 * the library) is loaded with `import()` only when 导出 Excel is pressed. Its browser bundle
 * needs no eval, so the site's Content-Security-Policy (no 'unsafe-eval') allows it.
 */
export async function ledgerWorkbook(sheets: readonly Sheet[], title: string): Promise<Blob> {
  const mod = await import('exceljs');
  const { Workbook } = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const book = new Workbook();
  book.creator = '学习园地';
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.addRow([title]).font = { bold: true, size: 14 };
    let firstHead = 0;
    for (const table of sheet.tables) {
      ws.addRow([]);
      ws.addRow([table.caption]).font = { bold: true };
      for (const head of table.head) {
        const row = ws.addRow([...head]);
        row.font = { bold: true };
        firstHead ||= row.number;
      }
      for (const body of table.body) ws.addRow([...body]);
    }
    // The first table's header row repeats on every printed page.
    if (firstHead) ws.pageSetup.printTitlesRow = `${firstHead}:${firstHead}`;
    ws.columns.forEach((column, index) => {
      column.width = index === 0 ? 16 : 14;
    });
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}
