// The certificate's PDF in a fixed layout (A4, one page): title, number, the permit's facts in a
// ruled table, the issuing authority and date, and a QR code that opens the public verification
// page. Fonts come from npm (cjk-font.ts); nothing depends on the host's fonts.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { fontRuns, mainFont, type Weight } from './cjk-font.ts';

export interface CertificateData {
  number: string;
  holderName: string;
  forestRightCertNo: string;
  location: string;
  boundaries: string;
  forestCategory: string;
  forestType: string;
  origin: string;
  species: string;
  standAge: string;
  canopyDensity: string;
  harvestType: string;
  intensity: string;
  area: string;
  treeCount: string;
  stockVolume: string;
  output: string;
  period: string;
  regeneration: string;
  note: string;
  issuingAuthority: string;
  issuedOn: string;
  verifyUrl: string;
}

const PAGE = { width: 595.28, height: 841.89 };
const LEFT = 50;
const WIDTH = PAGE.width - 2 * LEFT;
const LABEL_W = 104;
const PAD = 6;
const INK = '#1a1a1a';
const RULE = '#8a1f11';

export type Doc = PDFKit.PDFDocument;

/** Writes text with the fonts that have its characters, wrapping inside `width`. */
export function write(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  opts: { size: number; weight?: Weight; width?: number; align?: 'left' | 'center' | 'right' },
): void {
  const runs = fontRuns(text, opts.weight ?? 400);
  doc.fontSize(opts.size).fillColor(INK);
  runs.forEach((run, i) => {
    doc.font(run.font.name);
    const more = i < runs.length - 1;
    if (i === 0)
      doc.text(run.text, x, y, {
        width: opts.width,
        align: opts.align ?? 'left',
        continued: more,
        lineGap: 2,
      });
    else doc.text(run.text, { continued: more });
  });
}

function heightOf(doc: Doc, text: string, width: number, size: number): number {
  doc.font(mainFont(400).name).fontSize(size);
  return doc.heightOfString(text || ' ', { width, lineGap: 2 });
}

export type Row = [string, string] | [string, string, string, string];

/** A ruled table of label/value rows (two or four cells) from `top`; returns the bottom. */
export function drawTable(doc: Doc, top: number, rows: Row[]): number {
  const size = 10.5;
  let y = top;
  doc.lineWidth(0.8).strokeColor(RULE);
  for (const row of rows) {
    const cells: Array<{ x: number; w: number; text: string; label: boolean }> =
      row.length === 2
        ? [
            { x: LEFT, w: LABEL_W, text: row[0], label: true },
            { x: LEFT + LABEL_W, w: WIDTH - LABEL_W, text: row[1], label: false },
          ]
        : (() => {
            const valueW = (WIDTH - 2 * LABEL_W) / 2;
            return [
              { x: LEFT, w: LABEL_W, text: row[0], label: true },
              { x: LEFT + LABEL_W, w: valueW, text: row[1], label: false },
              { x: LEFT + LABEL_W + valueW, w: LABEL_W, text: row[2], label: true },
              { x: LEFT + 2 * LABEL_W + valueW, w: valueW, text: row[3], label: false },
            ];
          })();
    const h = Math.max(26, ...cells.map((c) => heightOf(doc, c.text, c.w - 2 * PAD, size) + 2 * PAD));
    for (const c of cells) {
      if (c.label) doc.rect(c.x, y, c.w, h).fillColor('#f7efe6').fill();
      doc.rect(c.x, y, c.w, h).strokeColor(RULE).stroke();
      const textH = heightOf(doc, c.text, c.w - 2 * PAD, size);
      write(doc, c.text, c.x + PAD, y + (h - textH) / 2, {
        size,
        width: c.w - 2 * PAD,
        align: c.label ? 'center' : 'left',
      });
    }
    y += h;
  }
  return y;
}

/** Draws the QR code as vector squares: sharp at any zoom, no image decoding. */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + 2 * quiet);
  doc.rect(x, y, size, size).fillColor('#ffffff').fill();
  doc.fillColor('#000000');
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c)) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell);
  doc.fill();
}

/** Registers every font the text needs (main weights plus any fallback subset). */
export function registerFonts(doc: Doc, text: string): void {
  const registered = new Set<string>();
  for (const weight of [400, 700] as const)
    for (const run of fontRuns(text, weight))
      if (!registered.has(run.font.name)) {
        doc.registerFont(run.font.name, run.font.data);
        registered.add(run.font.name);
      }
}

/** An A4 document without margins, and the bytes it will have once `doc.end()` is called. */
export function openA4(info: { Title: string; Author: string; Subject: string; Keywords: string }): {
  doc: Doc;
  done: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    compress: true,
    info: { ...info, Creator: '林政平台' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

export async function renderCertificatePdf(data: CertificateData): Promise<Buffer> {
  const { doc, done } = openA4({
    Title: `林木采伐许可证 ${data.number}`,
    Author: data.issuingAuthority,
    Subject: '林木采伐许可证',
    Keywords: data.number,
  });

  registerFonts(doc, `${Object.values(data).join('')}林木采伐许可证编号发证机关日期注意事项扫码核验`);

  // Frame: a double rule, as on the printed national form.
  doc
    .lineWidth(2)
    .strokeColor(RULE)
    .rect(28, 28, PAGE.width - 56, PAGE.height - 56)
    .stroke();
  doc
    .lineWidth(0.6)
    .rect(34, 34, PAGE.width - 68, PAGE.height - 68)
    .stroke();

  write(doc, '林木采伐许可证', LEFT, 62, { size: 28, weight: 700, width: WIDTH, align: 'center' });
  write(doc, '根据《中华人民共和国森林法》第五十六条的规定，准予按下列事项采伐林木。', LEFT, 110, {
    size: 10.5,
    width: WIDTH,
    align: 'center',
  });
  write(doc, `编号：${data.number}`, LEFT, 136, { size: 12, weight: 700, width: WIDTH, align: 'right' });

  const bottom = drawTable(doc, 160, [
    ['采伐单位（个人）', data.holderName],
    ['林权证号', data.forestRightCertNo],
    ['采伐地点', data.location],
    ['四至', data.boundaries],
    ['森林类别', data.forestCategory, '林种', data.forestType],
    ['起源', data.origin, '树种', data.species],
    ['林龄', data.standAge, '郁闭度', data.canopyDensity],
    ['采伐类型', data.harvestType, '采伐强度', data.intensity],
    ['采伐面积', data.area, '采伐株数', data.treeCount],
    ['采伐蓄积', data.stockVolume, '出材量', data.output],
    ['采伐期限', data.period],
    ['更新造林', data.regeneration],
    ['备注', data.note],
  ]);

  // Issuer and date on the right, the QR code on the left.
  const qrTop = Math.min(bottom + 24, PAGE.height - 250);
  drawQr(doc, data.verifyUrl, LEFT, qrTop, 104);
  write(doc, '扫码核验证书真伪', LEFT, qrTop + 108, { size: 9, width: 104, align: 'center' });
  write(doc, `发证机关：${data.issuingAuthority}（印章）`, LEFT + 200, qrTop + 30, {
    size: 12,
    width: WIDTH - 200,
    align: 'right',
  });
  write(doc, `发证日期：${data.issuedOn}`, LEFT + 200, qrTop + 58, {
    size: 12,
    width: WIDTH - 200,
    align: 'right',
  });

  const notesTop = qrTop + 136;
  write(
    doc,
    [
      '注意事项：',
      '1. 本证在采伐期限内有效，逾期作废；不得涂改、转让、出借。',
      '2. 须按本证核定的地点、四至、树种、采伐类型与方式、面积、株数和蓄积采伐，不得超范围采伐。',
      '3. 采伐后须按本证所列更新造林要求如期完成更新造林。',
      `4. 扫描二维码或访问 ${data.verifyUrl.split('?')[0]} 输入本证编号，可核验真伪与状态。`,
    ].join('\n'),
    LEFT,
    notesTop,
    { size: 8.5, width: WIDTH },
  );

  doc.end();
  return done;
}
