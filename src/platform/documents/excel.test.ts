// The Excel helper's workbook opened again with exceljs: cells, the frozen header, the filter
// line, number formats, fitted widths (computed by hand: a Chinese character counts two, plus two
// for the filter button) and instants in China time.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from './excel.ts';

async function open() {
  const bytes = await renderXlsx({
    exportedAt: new Date('2026-03-31T10:05:00+08:00'),
    sheets: [
      {
        name: '办件/3月',
        title: '行政许可办件清单',
        filter: ['状态：已办结', '受理日期：2026-03-01 至 2026-03-31'],
        columns: [
          { header: '受理编号', key: 'code' },
          { header: '申请人', key: 'applicant' },
          { header: '蓄积（立方米）', key: 'volume', format: 'decimal' },
          { header: '受理时间', key: 'acceptedAt', format: 'datetime' },
          { header: '办结率', key: 'rate', format: 'percent' },
          { header: '受理日期', key: 'day', format: 'date' },
        ],
        rows: [
          {
            code: 'LZ0000000123',
            applicant: '河南绿源苗木有限公司',
            volume: 120.5,
            acceptedAt: new Date('2026-03-02T09:30:00+08:00'),
            rate: 0.875,
            day: '2026-03-02',
          },
          {
            code: 'LZ0000000124',
            applicant: '张三',
            volume: 1234.5,
            acceptedAt: null,
            rate: 1,
            day: '2026-03-03',
          },
        ],
      },
    ],
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('Excel helper', () => {
  it('has a title row, the filter described with count and time, and the header frozen below them', async () => {
    const wb = await open();
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('办件_3月'); // "/" is not allowed in a sheet name
    expect(ws.getCell('A1').value).toBe('行政许可办件清单');
    expect(ws.getCell('A1').isMerged && ws.getCell('F1').master.address).toBe('A1');
    expect(ws.getCell('A2').value).toBe(
      '筛选条件：状态：已办结；受理日期：2026-03-01 至 2026-03-31　共 2 条　导出时间：2026-03-31 10:05',
    );
    expect(ws.getRow(3).values).toEqual([
      undefined,
      '受理编号',
      '申请人',
      '蓄积（立方米）',
      '受理时间',
      '办结率',
      '受理日期',
    ]);
    expect(ws.getCell('C3').font.bold).toBe(true);
    expect(ws.getCell('C3').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFEFE4D8' } });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:F3');
  });

  it('writes the cells with their number formats, instants in China time', async () => {
    const ws = (await open()).worksheets[0];
    expect(ws.getCell('A4').value).toBe('LZ0000000123');
    expect(ws.getCell('B4').value).toBe('河南绿源苗木有限公司');
    expect(ws.getCell('C5').value).toBe(1234.5);
    expect(ws.getCell('C5').numFmt).toBe('#,##0.00');
    // 09:30 in Beijing shows as 09:30 (Excel has no time zones).
    expect(ws.getCell('D4').value).toEqual(new Date('2026-03-02T09:30:00Z'));
    expect(ws.getCell('D4').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ws.getCell('D5').value).toBeNull();
    expect(ws.getCell('E4').value).toBe(0.875);
    expect(ws.getCell('E4').numFmt).toBe('0.0%');
    expect(ws.getCell('F5').value).toEqual(new Date('2026-03-03T00:00:00Z'));
    expect(ws.getCell('F5').numFmt).toBe('yyyy-mm-dd');
  });

  it('fits each column to its widest text, a Chinese character counting two', async () => {
    const ws = (await open()).worksheets[0];
    // 受理编号: LZ0000000123 is 12 → 14. 申请人: 河南绿源苗木有限公司 is 10 × 2 = 20 → 22.
    // 蓄积（立方米）: 7 × 2 + 2 (button) = 16 → 18. 受理时间: 2026-03-02 09:30 is 16 → 18.
    // 办结率: 3 × 2 + 2 = 8 → 10. 受理日期: 4 × 2 + 2 = 10 → 12.
    expect([1, 2, 3, 4, 5, 6].map((i) => ws.getColumn(i).width)).toEqual([14, 22, 18, 18, 10, 12]);
  });
});
