import { describe, expect, test } from 'vitest';
import { UTF8_BOM, csvCell, guardFormula, toCsv } from './csv.ts';

describe('csvCell', () => {
  test('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('普通标题')).toBe('普通标题');
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  test('numbers as they are; empty for null and non-finite numbers', () => {
    expect(csvCell(1.5)).toBe('1.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('guardFormula (CSV injection)', () => {
  test('prefixes cells a spreadsheet would evaluate', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x']) expect(guardFormula(bad)).toBe(`'${bad}`);
    expect(guardFormula('学习=进步')).toBe('学习=进步');
  });

  test('guards before quoting, so the quote stays inside the field', () => {
    expect(csvCell('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
  });
});

describe('toCsv', () => {
  test('starts with a UTF-8 BOM and uses CRLF line ends', () => {
    expect(
      toCsv([
        ['标题', '学时'],
        ['甲', 2],
      ]),
    ).toBe(`${UTF8_BOM}标题,学时\r\n甲,2\r\n`);
  });
});
