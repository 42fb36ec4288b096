// The certificate's PDF in a fixed layout (A4, one page): title, number, the permit's facts in a
// ruled table, the issuing authority and date, and a QR code that opens the public verification
// page. Drawn with the platform's PDF helper (fonts from npm; nothing depends on the host's fonts).
import { A4, openPdf, RULE } from '../../../platform/documents/index.ts';

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
  /** 分树种采伐量, one entry per species: its area, trees, volume and output as printed. */
  speciesRows: Array<{ species: string; area: string; trees: string; volume: string; output: string }>;
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

const LEFT = 50;
const WIDTH = A4.width - 2 * LEFT;

export async function renderCertificatePdf(data: CertificateData): Promise<Buffer> {
  const pdf = openPdf({
    title: `林木采伐许可证 ${data.number}`,
    author: data.issuingAuthority,
    subject: '林木采伐许可证',
    keywords: data.number,
  });
  const { doc } = pdf;

  // Frame: a double rule, as on the printed national form.
  doc
    .lineWidth(2)
    .strokeColor(RULE)
    .rect(28, 28, A4.width - 56, A4.height - 56)
    .stroke();
  doc
    .lineWidth(0.6)
    .rect(34, 34, A4.width - 68, A4.height - 68)
    .stroke();

  pdf.text('林木采伐许可证', LEFT, 50, { size: 28, weight: 700, width: WIDTH, align: 'center' });
  pdf.text('根据《中华人民共和国森林法》第五十六条的规定，准予按下列事项采伐林木。', LEFT, 94, {
    size: 10.5,
    width: WIDTH,
    align: 'center',
  });
  pdf.text(`编号：${data.number}`, LEFT, 114, { size: 12, weight: 700, width: WIDTH, align: 'right' });

  const facts = pdf.labelTable(136, [
    ['采伐单位（个人）', data.holderName],
    ['林权证号', data.forestRightCertNo],
    ['采伐地点', data.location],
    ['四至', data.boundaries],
    ['森林类别', data.forestCategory, '林种', data.forestType],
    ['起源', data.origin, '林龄', data.standAge],
    ['郁闭度', data.canopyDensity, '采伐强度', data.intensity],
    ['采伐类型', data.harvestType],
  ]);
  // 分树种: one ruled row per species (树种 says the stand's species), then the totals derived from
  // them when there are several.
  const rows = data.speciesRows.map((r) => [r.species, r.area, r.trees, r.volume, r.output]);
  if (rows.length > 1) rows.push(['合计', data.area, data.treeCount, data.stockVolume, data.output]);
  const bottom = pdf.labelTable(
    pdf.table(
      facts,
      [
        { header: '树种', width: 82 },
        { header: '采伐面积（亩）', width: 92, align: 'right' },
        { header: '采伐株数', width: 62, align: 'right' },
        { header: '采伐蓄积（立方米）', width: 100, align: 'right' },
        { header: '出材量（立方米）' },
      ],
      rows,
      { size: 9.5 },
    ),
    [
      ...(data.speciesRows.length > 1
        ? []
        : ([
            ['采伐面积', data.area, '采伐株数', data.treeCount],
            ['采伐蓄积', data.stockVolume, '出材量', data.output],
          ] as Array<[string, string, string, string]>)),
      ['采伐期限', data.period],
      ['更新造林', data.regeneration],
      ['备注', data.note],
    ],
  );

  // The QR code on the left; issuer and date on the right, the notes under them.
  const qrTop = Math.min(bottom + 16, A4.height - 186);
  // A QR code only for a full address: a bare path scanned by a phone leads nowhere.
  if (/^https?:\/\//.test(data.verifyUrl)) {
    pdf.qr(data.verifyUrl, LEFT, qrTop, 96);
    pdf.text('扫码核验证书真伪', LEFT, qrTop + 100, { size: 9, width: 96, align: 'center' });
  }
  pdf.text(`发证机关：${data.issuingAuthority}（印章）`, LEFT + 200, qrTop + 4, {
    size: 12,
    width: WIDTH - 200,
    align: 'right',
  });
  pdf.text(`发证日期：${data.issuedOn}`, LEFT + 200, qrTop + 26, {
    size: 12,
    width: WIDTH - 200,
    align: 'right',
  });
  pdf.text(
    [
      '注意事项：',
      '1. 本证在采伐期限内有效，逾期作废；不得涂改、转让、出借。',
      '2. 须按本证核定的地点、四至、树种、采伐类型与方式、面积、株数和蓄积采伐，不得超范围采伐。',
      '3. 采伐后须按本证所列更新造林要求如期完成更新造林。',
      `4. 扫描二维码或访问 ${data.verifyUrl.split('?')[0]} 输入本证编号，可核验真伪与状态。`,
    ].join('\n'),
    LEFT + 112,
    qrTop + 52,
    { size: 8.5, width: WIDTH - 112 },
  );

  return pdf.end();
}
