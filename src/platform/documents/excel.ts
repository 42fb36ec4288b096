// Excel workbooks (.xlsx, exceljs) for exports: each sheet has a title row, a line saying which
// filter produced it (and how many rows, when), a styled header row that stays in view (frozen)
// with the filter buttons on it, columns as wide as their Chinese text (a Chinese character counts
// two), and number formats by column. Instants are written in China time.
//
//   const bytes = await renderXlsx({
//     sheets: [{
//       name: '办件', title: '行政许可办件清单', filter: ['状态：办理中', '受理日期：2026-03-01 至 2026-03-31'],
//       columns: [{ header: '受理编号', key: 'code' }, { header: '受理时间', key: 'at', format: 'datetime' }],
//       rows: [{ code: 'LZ0000000123', at: new Date() }],
//     }],
//     exportedAt: ctx.now,
//   });
import ExcelJS from 'exceljs';

export type CellValue = string | number | Date | boolean | null | undefined;

export type ColumnFormat = 'text' | 'integer' | 'decimal' | 'money' | 'percent' | 'date' | 'datetime';

export interface SheetColumn {
  header: string;
  key: string;
  format?: ColumnFormat;
  /** Width in characters, instead of the fitted one. */
  width?: number;
}

export interface Sheet {
  /** The tab's name (at most 31 characters; []:*?/\ are replaced). */
  name: string;
  title: string;
  /** The filter that produced the rows, in words: 状态：办理中. */
  filter?: string | string[];
  /** Said after the count on the filter line: e.g. that the rows stop at an export's limit. */
  note?: string;
  columns: SheetColumn[];
  rows: Array<Record<string, CellValue>>;
}

export interface Workbook {
  sheets: Sheet[];
  /** When it was exported (ctx.now): said under the title and kept in the file's properties. */
  exportedAt: Date;
  creator?: string;
}

/** Excel's number formats by column format. */
export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: '@',
  integer: '#,##0',
  decimal: '#,##0.00',
  money: '¥#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

const CHINA_OFFSET_MS = 8 * 3_600_000;
const FONT = '宋体';
const HEADER_ROW = 3;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Display width: a Chinese (full-width) character counts two, others one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

/** The text a cell shows, for fitting its column (numbers as their format prints them). */
function shownText(value: CellValue, format: ColumnFormat): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return format === 'date' ? '0000-00-00' : '0000-00-00 00:00';
  if (typeof value === 'number') {
    if (format === 'percent') return `${(value * 100).toFixed(1)}%`;
    const digits = format === 'decimal' || format === 'money' ? 2 : format === 'integer' ? 0 : -1;
    const text =
      digits < 0
        ? String(value)
        : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return format === 'money' ? `¥${text}` : text;
  }
  return String(value);
}

/** A China date '2026-03-02' or an instant as Excel should show it in China (UTC+8). */
function cellValue(value: CellValue, format: ColumnFormat): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date)
    return new Date(value.getTime() + (format === 'date' || format === 'datetime' ? CHINA_OFFSET_MS : 0));
  if (format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T00:00:00Z`);
  return value;
}

const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet1';

const exportedText = (at: Date) =>
  new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** The .xlsx of a workbook description. */
export async function renderXlsx(book: Workbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = book.creator ?? '林政平台';
  wb.created = book.exportedAt;
  wb.modified = book.exportedAt;
  for (const sheet of book.sheets) addSheet(wb, sheet, book.exportedAt);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSheet(wb: ExcelJS.Workbook, sheet: Sheet, exportedAt: Date): void {
  const n = sheet.columns.length;
  const ws = wb.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0, topLeftCell: `A${HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: n > 6 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });

  // Row 1: the title, across the columns.
  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = sheet.title;
  title.font = { name: '黑体', size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;

  // Row 2: what was exported — the filter, the count and the time.
  const filters = Array.isArray(sheet.filter) ? sheet.filter : sheet.filter ? [sheet.filter] : [];
  ws.mergeCells(2, 1, 2, n);
  const about = ws.getCell(2, 1);
  about.value = `筛选条件：${filters.length ? filters.join('；') : '全部'}　共 ${sheet.rows.length} 条${sheet.note ? `（${sheet.note}）` : ''}　导出时间：${exportedText(exportedAt)}`;
  about.font = { name: FONT, size: 10, color: { argb: 'FF595959' } };
  about.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };

  // Row 3: the header, styled, frozen, with the filter buttons.
  const header = ws.getRow(HEADER_ROW);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFE4D8' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });
  header.height = 22;
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: n } };

  sheet.rows.forEach((row, r) => {
    const line = ws.getRow(HEADER_ROW + 1 + r);
    sheet.columns.forEach((c, i) => {
      const format = c.format ?? 'text';
      const cell = line.getCell(i + 1);
      cell.value = cellValue(row[c.key], format);
      cell.numFmt = NUMBER_FORMATS[format];
      cell.font = { name: FONT, size: 11 };
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      cell.alignment = { vertical: 'middle', horizontal: format === 'text' ? 'left' : 'right' };
    });
  });

  // Widths: the widest of the header and the cells, plus room for the filter button.
  sheet.columns.forEach((c, i) => {
    const format = c.format ?? 'text';
    const widest = Math.max(
      displayWidth(c.header) + 2,
      ...sheet.rows.map((row) => displayWidth(shownText(row[c.key], format))),
    );
    ws.getColumn(i + 1).width = c.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
  // A merged cell does not grow with its text: give row 2 the lines its text needs.
  const across = sheet.columns.reduce((sum, _, i) => sum + (ws.getColumn(i + 1).width ?? 10), 0);
  ws.getRow(2).height = 15 * Math.max(1, Math.ceil(displayWidth(String(about.value)) / across));
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
