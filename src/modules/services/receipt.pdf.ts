// 受理通知书（回执）as a PDF (A4, one page): the department, the item, the applicant, the receipt
// code, the date of acceptance, the statutory and promised due dates, the materials received and a QR
// code to the tracking page. Same fonts and drawing as the harvest certificate (harvest/certificate.pdf.ts).
import { drawQr, drawTable, openA4, type Row, registerFonts, write } from './harvest/certificate.pdf.ts';

export interface ReceiptPdfData {
  department: string; // 河南省林业厅
  acceptUnit: string; // 政务受理中心
  handlingUnit: string; // 承办处室
  itemName: string;
  applicantName: string;
  receiptCode: string; // grouped for reading: RWM7-G9CY-W4DY
  channel: string; // 网上申请 / 窗口申请
  acceptedOn: string; // 2026年3月2日（星期一）
  statutory: string; // 20 个工作日，2026年3月30日（星期一）前
  promised: string;
  materials: string[];
  trackUrl: string;
  issuedBy: string; // 受理人
}

const PAGE = { width: 595.28, height: 841.89 };
const LEFT = 50;
const WIDTH = PAGE.width - 2 * LEFT;
const RULE = '#8a1f11';

export async function renderReceiptPdf(data: ReceiptPdfData): Promise<Buffer> {
  const { doc, done } = openA4({
    Title: `受理通知书 ${data.receiptCode}`,
    Author: data.department,
    Subject: '行政许可受理通知书（回执）',
    Keywords: data.receiptCode,
  });
  const rows: Row[] = [
    ['申请事项', data.itemName],
    ['申请人', data.applicantName],
    ['查询码', data.receiptCode, '申请方式', data.channel],
    ['受理日期', data.acceptedOn],
    ['法定办结期限', data.statutory],
    ['承诺办结期限', data.promised],
    ['受理单位', data.acceptUnit, '承办单位', data.handlingUnit],
    [
      '已收材料',
      data.materials.length ? data.materials.map((m, i) => `${i + 1}. ${m}`).join('\n') : '（无）',
    ],
  ];
  registerFonts(
    doc,
    `${Object.values(data).flat().join('')}受理通知书回执根据行政许可法第三十二条申请事项查询码扫码查询办理进度注意事项（）：`,
  );

  doc
    .lineWidth(1.2)
    .strokeColor(RULE)
    .rect(28, 28, PAGE.width - 56, PAGE.height - 56)
    .stroke();
  write(doc, data.department, LEFT, 58, { size: 14, weight: 700, width: WIDTH, align: 'center' });
  write(doc, '行政许可受理通知书（回执）', LEFT, 82, {
    size: 22,
    weight: 700,
    width: WIDTH,
    align: 'center',
  });
  write(
    doc,
    `${data.applicantName}：您提交的“${data.itemName}”申请，材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条，本机关决定予以受理。`,
    LEFT,
    122,
    { size: 10.5, width: WIDTH },
  );
  const bottom = drawTable(doc, 160, rows);

  const qrTop = Math.min(bottom + 24, PAGE.height - 260);
  drawQr(doc, data.trackUrl, LEFT, qrTop, 104);
  write(doc, '扫码查询办理进度', LEFT, qrTop + 108, { size: 9, width: 104, align: 'center' });
  write(doc, `受理人：${data.issuedBy}`, LEFT + 200, qrTop + 16, {
    size: 12,
    width: WIDTH - 200,
    align: 'right',
  });
  write(doc, `${data.acceptUnit}（受理专用章）`, LEFT + 200, qrTop + 44, {
    size: 12,
    width: WIDTH - 200,
    align: 'right',
  });
  write(doc, data.acceptedOn, LEFT + 200, qrTop + 72, { size: 12, width: WIDTH - 200, align: 'right' });
  write(
    doc,
    [
      '注意事项：',
      `1. 请妥善保管查询码，访问 ${data.trackUrl} 输入查询码（及手机号码或证件号码后四位）可查询办理进度与详情。`,
      '2. 期限按工作日计算，受理当日不计入；补正、现场核查、听证、专家评审等时间不计入办理期限。',
      '3. 办理结果将通过短信、站内消息通知；如需补正材料，将一次性告知。',
    ].join('\n'),
    LEFT,
    qrTop + 140,
    { size: 8.5, width: WIDTH },
  );
  doc.end();
  return done;
}
