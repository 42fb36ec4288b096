// PDF documents (pdfkit): A4 pages, Chinese text in the npm CJK font (cjk-font.ts, never the
// host's fonts), ruled tables that continue on the next page with their header repeated, QR codes
// drawn as vectors, and page numbers stamped when the document ends. Certificates, receipts and
// notices draw on a page with absolute positions (points, 72 to the inch; A4 is 595.28 × 841.89).
//
//   const pdf = openPdf({ title: '受理通知书 RWM7-G9CY-W4DY', author: '河南省林业厅' });
//   pdf.text('行政许可受理通知书', 50, 80, { size: 22, weight: 700, width: 495, align: 'center' });
//   const bottom = pdf.labelTable(160, [['申请事项', '林木采伐许可'], ['申请人', '张三']]);
//   pdf.qr('https://…/track?code=…', 50, bottom + 24, 104);
//   const bytes = await pdf.end();
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { fontRuns, mainFont, type Weight } from './cjk-font.ts';

export type { Weight } from './cjk-font.ts';
export type PdfDoc = PDFKit.PDFDocument;

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

export const INK = '#1a1a1a';
/** The dark red of rules and frames on certificates and notices. */
export const RULE = '#8a1f11';
const LABEL_FILL = '#f7efe6';
const HEADER_FILL = '#efe4d8';
const LINE_GAP = 2;
const PAD = 6;

export interface PdfInfo {
  title: string;
  author: string;
  subject?: string;
  keywords?: string;
}

export interface PdfOptions {
  /** Where page-breaking tables continue; default 50 pt on every side. */
  margin?: { top: number; bottom: number; left: number; right: number };
  /** "第 1 页 共 3 页" centred at each page's foot (default: only when there is more than one page). */
  pageNumbers?: 'always' | 'auto' | 'never';
}

export interface TextOptions {
  size: number;
  weight?: Weight;
  width?: number;
  align?: 'left' | 'center' | 'right';
  color?: string;
}

/** A label/value row of labelTable: two cells, or four (two pairs side by side). */
export type Row = [string, string] | [string, string, string, string];

export interface GridColumn {
  header: string;
  /** Width in points; columns without one share what is left. */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export class Pdf {
  readonly doc: PdfDoc;
  readonly page = A4;
  readonly margin: { top: number; bottom: number; left: number; right: number };
  private readonly registered = new Set<string>();
  private readonly done: Promise<Buffer>;
  private readonly pageNumbers: NonNullable<PdfOptions['pageNumbers']>;

  constructor(info: PdfInfo, options: PdfOptions = {}) {
    this.margin = options.margin ?? { top: 50, bottom: 50, left: 50, right: 50 };
    this.pageNumbers = options.pageNumbers ?? 'auto';
    // Margins of 0: pages are drawn at absolute positions, and pdfkit never breaks a page by itself.
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      compress: true,
      bufferPages: true,
      info: {
        Title: info.title,
        Author: info.author,
        Subject: info.subject ?? info.title,
        Keywords: info.keywords ?? '',
        Creator: '林政平台',
      },
    });
    const chunks: Buffer[] = [];
    this.doc.on('data', (c: Buffer) => chunks.push(c));
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
  }

  /** The width between the left and right margins. */
  get contentWidth(): number {
    return this.page.width - this.margin.left - this.margin.right;
  }

  private use(name: string, data: Buffer): void {
    if (this.registered.has(name)) return;
    this.doc.registerFont(name, data);
    this.registered.add(name);
  }

  /** Writes text with the fonts that have its characters (rare ones from a subset), wrapping inside `width`. */
  text(text: string, x: number, y: number, opts: TextOptions): void {
    const runs = fontRuns(text, opts.weight ?? 400);
    this.doc.fontSize(opts.size).fillColor(opts.color ?? INK);
    runs.forEach((run, i) => {
      this.use(run.font.name, run.font.data);
      this.doc.font(run.font.name);
      const more = i < runs.length - 1;
      if (i === 0)
        this.doc.text(run.text, x, y, {
          width: opts.width,
          align: opts.align ?? 'left',
          continued: more,
          lineGap: LINE_GAP,
        });
      else this.doc.text(run.text, { continued: more });
    });
  }

  /** The height `text` takes wrapped in `width` at `size`. */
  heightOf(text: string, width: number, size: number, weight: Weight = 400): number {
    const font = mainFont(weight);
    this.use(font.name, font.data);
    this.doc.font(font.name).fontSize(size);
    return this.doc.heightOfString(text || ' ', { width, lineGap: LINE_GAP });
  }

  /** A horizontal rule across the content width (or from x for width). */
  rule(y: number, opts: { x?: number; width?: number; color?: string; lineWidth?: number } = {}): void {
    const x = opts.x ?? this.margin.left;
    this.doc
      .lineWidth(opts.lineWidth ?? 0.8)
      .strokeColor(opts.color ?? RULE)
      .moveTo(x, y)
      .lineTo(x + (opts.width ?? this.contentWidth), y)
      .stroke();
  }

  /**
   * A ruled table of label/value rows (two or four cells) from `top`, labels shaded and centred;
   * returns its bottom. For one-page forms (certificates, receipts): it does not break pages.
   */
  labelTable(
    top: number,
    rows: Row[],
    opts: { left?: number; width?: number; labelWidth?: number; size?: number } = {},
  ): number {
    const left = opts.left ?? this.margin.left;
    const width = opts.width ?? this.contentWidth;
    const labelW = opts.labelWidth ?? 104;
    const size = opts.size ?? 10.5;
    let y = top;
    for (const row of rows) {
      const valueW = row.length === 2 ? width - labelW : (width - 2 * labelW) / 2;
      const cells =
        row.length === 2
          ? [
              { x: left, w: labelW, text: row[0], label: true },
              { x: left + labelW, w: valueW, text: row[1], label: false },
            ]
          : [
              { x: left, w: labelW, text: row[0], label: true },
              { x: left + labelW, w: valueW, text: row[1], label: false },
              { x: left + labelW + valueW, w: labelW, text: row[2], label: true },
              { x: left + 2 * labelW + valueW, w: valueW, text: row[3], label: false },
            ];
      const h = Math.max(26, ...cells.map((c) => this.heightOf(c.text, c.w - 2 * PAD, size) + 2 * PAD));
      for (const c of cells)
        this.cell(c.x, y, c.w, h, c.text, {
          size,
          fill: c.label ? LABEL_FILL : null,
          align: c.label ? 'center' : 'left',
        });
      y += h;
    }
    return y;
  }

  /**
   * A ruled table with a header row, from `top`, across the content width. A row that would cross
   * the bottom margin goes to a new page, where the header is drawn again. Returns the bottom of
   * the last row (on the current page).
   */
  table(top: number, columns: GridColumn[], rows: string[][], opts: { size?: number } = {}): number {
    const size = opts.size ?? 10;
    const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
    const free = columns.filter((c) => c.width === undefined).length;
    const share = free ? Math.max(0, this.contentWidth - fixed) / free : 0;
    const widths = columns.map((c) => c.width ?? share);
    const xs = widths.map((_, i) => this.margin.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const rowHeight = (cells: string[], weight: Weight) =>
      Math.max(22, ...cells.map((t, i) => this.heightOf(t, widths[i] - 2 * PAD, size, weight) + 2 * PAD));
    const headers = columns.map((c) => c.header);
    const headerH = rowHeight(headers, 700);
    const drawHeader = (y: number) => {
      headers.forEach((t, i) => {
        this.cell(xs[i], y, widths[i], headerH, t, { size, fill: HEADER_FILL, align: 'center', weight: 700 });
      });
      return y + headerH;
    };
    const bottomLimit = this.page.height - this.margin.bottom;
    let y = drawHeader(top);
    for (const row of rows) {
      const h = rowHeight(row, 400);
      if (y + h > bottomLimit) {
        this.doc.addPage();
        y = drawHeader(this.margin.top);
      }
      row.forEach((t, i) => {
        this.cell(xs[i], y, widths[i], h, t, { size, fill: null, align: columns[i].align ?? 'left' });
      });
      y += h;
    }
    return y;
  }

  private cell(
    x: number,
    y: number,
    w: number,
    h: number,
    text: string,
    o: { size: number; fill: string | null; align: 'left' | 'center' | 'right'; weight?: Weight },
  ): void {
    if (o.fill) this.doc.rect(x, y, w, h).fillColor(o.fill).fill();
    this.doc.lineWidth(0.8).rect(x, y, w, h).strokeColor(RULE).stroke();
    const textH = this.heightOf(text, w - 2 * PAD, o.size, o.weight);
    this.text(text, x + PAD, y + (h - textH) / 2, {
      size: o.size,
      width: w - 2 * PAD,
      align: o.align,
      weight: o.weight,
    });
  }

  /** The QR code of `text` as vector squares (sharp at any zoom) with a white quiet zone. */
  qr(text: string, x: number, y: number, size: number): void {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const quiet = 2;
    const cell = size / (n + 2 * quiet);
    this.doc.rect(x, y, size, size).fillColor('#ffffff').fill();
    this.doc.fillColor('#000000');
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++)
        if (qr.modules.get(r, c)) this.doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell);
    this.doc.fill();
  }

  /** Finishes the document (page numbers stamped on every page) and returns its bytes. */
  end(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    const stamp = this.pageNumbers === 'always' || (this.pageNumbers === 'auto' && range.count > 1);
    if (stamp)
      for (let i = 0; i < range.count; i++) {
        this.doc.switchToPage(range.start + i);
        const y = this.page.height - this.margin.bottom / 2 - 5;
        this.text(`第 ${i + 1} 页 共 ${range.count} 页`, 0, y, {
          size: 9,
          width: this.page.width,
          align: 'center',
        });
      }
    this.doc.end();
    return this.done;
  }
}

/** A new A4 PDF. */
export function openPdf(info: PdfInfo, options?: PdfOptions): Pdf {
  return new Pdf(info, options);
}
