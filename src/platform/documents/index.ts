// Documents and numbering: PDF (certificates, receipts, notices), Word after GB/T 9704-2012
// (公文, 信息专报, table reports) and Excel (exports) from a description, and gap-free numbers
// by series and year (豫林采〔2026〕000123号, 督字〔2026〕17号, 2026年第3期).
export { fontFor, fontRuns, mainFont } from './cjk-font.ts';
export {
  type CellValue,
  type ColumnFormat,
  displayWidth,
  NUMBER_FORMATS,
  renderXlsx,
  type Sheet,
  type SheetColumn,
  type Workbook,
} from './excel.ts';
export { documentDate } from './gbt9704.ts';
export {
  defineSeries,
  formatNumber,
  isNumberFormat,
  type NumberSeries,
  nextSerial,
  numberKey,
  type TakenNumber,
  takeNumber,
  takeNumbers,
} from './numbering.ts';
export {
  A4,
  type GridColumn,
  openPdf,
  Pdf,
  type PdfDoc,
  type PdfInfo,
  type PdfOptions,
  type Row,
  RULE,
  type TextOptions,
  type Weight,
} from './pdf.ts';
export {
  type Block,
  type BulletinDocument,
  type OfficialDocument,
  renderDocx,
  type TableReport,
  type TableSpec,
  type WordDocument,
} from './word.ts';
