import { describe, expect, it } from 'vitest';
import { pdfPages, pdfQr } from '../../../platform/documents/test-support/read-back.ts';
import { type CertificateData, renderCertificatePdf } from './certificate.pdf.ts';

const DATA: CertificateData = {
  number: '豫林采〔2026〕000123号',
  holderName: '洛阳瀍河林场',
  forestRightCertNo: '豫(2021)洛阳市不动产权第0004567号',
  location: '洛阳市瀍河回族区 瀍西街道 塔湾村 007林班 12小班（北岭）',
  boundaries: '东至：山脊；南至：沟底；西至：村道；北至：国有林',
  forestCategory: '商品林',
  forestType: '用材林',
  origin: '人工林',
  species: '刺槐、侧柏',
  speciesRows: [
    { species: '刺槐', area: '30', trees: '560', volume: '80', output: '原木 50、非规格材 12、薪材 6' },
    { species: '侧柏', area: '15', trees: '300', volume: '40', output: '原木 20、非规格材 8、薪材 4' },
  ],
  standAge: '25 年',
  canopyDensity: '0.65',
  harvestType: '主伐（择伐）',
  intensity: '30%',
  area: '45 亩（3 公顷）',
  treeCount: '860 株',
  stockVolume: '120 立方米',
  output: '原木 70、非规格材 20、薪材 10（立方米）',
  period: '2026年4月1日至2026年11月30日',
  regeneration: '树种：侧柏；面积：45 亩；方式：人工植苗造林；完成期限：2027年4月30日',
  note: '受理编号 LZ0000000123',
  issuingAuthority: '河南省林业厅',
  issuedOn: '2026年3月2日',
  verifyUrl: 'http://localhost:3000/certificates/verify?no=123',
};

describe('certificate PDF', () => {
  it('is a one-page PDF with the number, the facts and even rare characters in its text', async () => {
    const pdf = await renderCertificatePdf(DATA);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const text = pages[0].replaceAll('\n', '');
    for (const expected of [
      '林木采伐许可证',
      '编号：豫林采〔2026〕000123号',
      '洛阳瀍河林场',
      '洛阳市瀍河回族区 瀍西街道 塔湾村 007林班 12小班（北岭）',
      '主伐（择伐）',
      // One row per species under the column heads, then the totals (30 + 15 亩, 80 + 40 m³).
      '刺槐3056080原木 50、非规格材 12、薪材 6',
      '侧柏1530040原木 20、非规格材 8、薪材 4',
      '合计45 亩（3 公顷）',
      '120 立方米',
      '2026年4月1日至2026年11月30日',
      '发证机关：河南省林业厅（印章）',
      '扫码核验证书真伪',
    ])
      expect(text).toContain(expected);
  });

  it('carries a QR code that a phone reads as the verification address', async () => {
    expect(pdfQr(await renderCertificatePdf(DATA))).toBe('http://localhost:3000/certificates/verify?no=123');
  });
});
