// 受理通知书（回执）as a PDF (A4, one page): the department, the item, the applicant, the receipt
// code, the date of acceptance, the statutory and promised due dates, the materials received and a QR
// code to the tracking page. Drawn with the platform's PDF helper, like the harvest certificate.
import { A4, openPdf, type Row, RULE } from '../../platform/documents/index.ts';

export interface ReceiptPdfData {
  department: string; // 河南省林业局
  acceptUnit: string; // 政务受理中心
  handlingUnit: string; // 承办处室
  itemName: string;
  applicantName: string;
  receiptCode: string; // grouped for reading: RWM7-G9CY-W4DY
  channel: string; // 网上申请 / 窗口申请
  acceptedOn: string; // 2026年3月2日（星期一）
  statutory: string; // 20 个工作日，2026年3月30日（星期一）前
  promised: string;
  /** Why a due date above is marked 暂定, or null. */
  provisional: string | null;
  materials: string[];
  trackUrl: string;
  issuedBy: string; // 受理人
  /** 视为受理 (第三十二条): no decision within the acceptance limit, accepted as of receipt. */
  deemed?: { limitDays: number; limitDay: string } | null;
}

const LEFT = 50;
const WIDTH = A4.width - 2 * LEFT;

export async function renderReceiptPdf(data: ReceiptPdfData): Promise<Buffer> {
  const pdf = openPdf({
    title: `受理通知书 ${data.receiptCode}`,
    author: data.department,
    subject: '行政许可受理通知书（回执）',
    keywords: data.receiptCode,
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
  pdf.doc
    .lineWidth(1.2)
    .strokeColor(RULE)
    .rect(28, 28, A4.width - 56, A4.height - 56)
    .stroke();
  pdf.text(data.department, LEFT, 58, { size: 14, weight: 700, width: WIDTH, align: 'center' });
  pdf.text('行政许可受理通知书（回执）', LEFT, 82, {
    size: 22,
    weight: 700,
    width: WIDTH,
    align: 'center',
  });
  pdf.text(
    data.deemed
      ? `${data.applicantName}：您提交的“${data.itemName}”申请，本机关未在 ${data.deemed.limitDays} 个工作日内（至${data.deemed.limitDay}）作出是否受理的决定，依照《中华人民共和国行政许可法》第三十二条，自收到申请材料之日起即为受理。`
      : `${data.applicantName}：您提交的“${data.itemName}”申请，材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条，本机关决定予以受理。`,
    LEFT,
    122,
    { size: 10.5, width: WIDTH },
  );
  const bottom = pdf.labelTable(160, rows);

  const qrTop = Math.min(bottom + 24, A4.height - 260);
  // A QR code only for a full address: a bare path scanned by a phone leads nowhere.
  if (/^https?:\/\//.test(data.trackUrl)) {
    pdf.qr(data.trackUrl, LEFT, qrTop, 104);
    pdf.text('扫码查询办理进度', LEFT, qrTop + 108, { size: 9, width: 104, align: 'center' });
  }
  pdf.text(`受理人：${data.issuedBy}`, LEFT + 200, qrTop + 16, {
    size: 12,
    width: WIDTH - 200,
    align: 'right',
  });
  pdf.text(`${data.acceptUnit}（受理专用章）`, LEFT + 200, qrTop + 44, {
    size: 12,
    width: WIDTH - 200,
    align: 'right',
  });
  pdf.text(data.acceptedOn, LEFT + 200, qrTop + 72, { size: 12, width: WIDTH - 200, align: 'right' });
  pdf.text(
    [
      '注意事项：',
      `1. 请妥善保管查询码，访问 ${data.trackUrl} 输入查询码（及手机号码或证件号码后四位）可查询办理进度与详情。`,
      '2. 期限按工作日计算，受理当日不计入；补正材料以及依法需要听证、检验、检测、检疫、鉴定、专家评审等所需时间不计入办理期限。',
      '3. 办理结果将通过短信、站内消息通知；如需补正材料，将一次性告知。',
      ...(data.provisional
        ? [`4. 标注“暂定”的日期：${data.provisional}；重新计算后以办件查询页面显示的日期为准。`]
        : []),
    ].join('\n'),
    LEFT,
    qrTop + 140,
    { size: 8.5, width: WIDTH },
  );
  return pdf.end();
}
