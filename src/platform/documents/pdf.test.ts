// The PDF helper, read back by poppler: text (pdftotext), page size and count (pdfinfo) and the
// QR code (pdftoppm + jsQR).
import { describe, expect, it } from 'vitest';
import { A4, openPdf } from './pdf.ts';
import { pdfInfo, pdfPages, pdfQr } from './test-support/read-back.ts';

describe('PDF helper', () => {
  it('writes an A4 page in Chinese, rare characters of place names included, and its metadata', async () => {
    const pdf = openPdf({ title: '核验单 测试', author: '河南省林业厅', keywords: 'T-1' });
    pdf.text('瀍河回族区 堃 喆 — 林木采伐', 50, 60, { size: 14, weight: 700 });
    const bytes = await pdf.end();
    const info = pdfInfo(bytes);
    expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)');
    expect(info.Pages).toBe('1');
    expect(info.Title).toBe('核验单 测试');
    expect(info.Author).toBe('河南省林业厅');
    const [page] = pdfPages(bytes);
    expect(page).toContain('瀍河回族区 堃 喆 — 林木采伐');
    // One page: no page number.
    expect(page.replace(/\s+/g, '')).not.toContain('第1页');
  });

  it('continues a long table on the next pages with its header, and numbers the pages', async () => {
    const pdf = openPdf({ title: '办件清单', author: '政务受理中心' });
    pdf.text('办件清单', 50, 40, { size: 16, weight: 700, width: A4.width - 100, align: 'center' });
    const rows = Array.from({ length: 80 }, (_, i) => [
      String(i + 1),
      `申请人${i + 1}`,
      '林木采伐许可证核发',
      '办理中',
    ]);
    pdf.table(
      70,
      [
        { header: '序号', width: 50, align: 'center' },
        { header: '申请人' },
        { header: '事项' },
        { header: '状态', width: 70 },
      ],
      rows,
    );
    const bytes = await pdf.end();
    const pages = pdfPages(bytes);
    const count = Number(pdfInfo(bytes).Pages);
    expect(count).toBeGreaterThan(1);
    expect(pages).toHaveLength(count);
    pages.forEach((text, i) => {
      expect(text).toContain('申请人\n'); // the header row on every page
      // pdftotext drops the spaces between 第, the digits and 页.
      expect(text.replace(/\s+/g, '')).toContain(`第${i + 1}页共${count}页`);
    });
    // Every row once, in order, none lost at a page break.
    const all = pages.join('\n');
    for (let i = 1; i <= 80; i++) expect(all.split(`申请人${i}\n`)).toHaveLength(2);
    expect(all.indexOf('申请人79\n')).toBeLessThan(all.indexOf('申请人80\n'));
    expect(pages[count - 1]).toContain('申请人80');
  });

  it('draws a QR code that decodes to its text', async () => {
    const pdf = openPdf({ title: 'QR', author: '测试' });
    pdf.qr('https://lin.example.gov.cn/services/track?code=RWM7G9CYW4DY', 50, 50, 104);
    expect(pdfQr(await pdf.end())).toBe('https://lin.example.gov.cn/services/track?code=RWM7G9CYW4DY');
  });
});
