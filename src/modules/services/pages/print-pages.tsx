// Printable pages, outside the site layout: the counter's receipt (收件回执) and the department's
// notices and decisions (文书). A4, black on white, no script; the browser's print makes the PDF.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { formatReceiptCode } from '../../../platform/receipts/index.ts';

const PRINT_CSS = `
@page { size: A4; margin: 20mm; }
body { font-family: "Noto Serif SC", "Songti SC", SimSun, serif; color: #000; background: #fff; max-width: 170mm; margin: 10mm auto; line-height: 1.8; font-size: 12pt; }
h1 { text-align: center; font-size: 20pt; letter-spacing: 4px; margin: 0 0 4mm; }
.number { text-align: center; margin-bottom: 8mm; }
table { border-collapse: collapse; width: 100%; margin: 4mm 0; }
th, td { border: 1px solid #000; padding: 2mm 3mm; text-align: left; vertical-align: top; }
th { width: 32mm; font-weight: normal; background: #f2f2f2; }
.code { font-family: monospace; font-size: 16pt; letter-spacing: 2px; font-weight: bold; }
.sign { text-align: right; margin-top: 16mm; }
.noprint { margin: 6mm 0; font-family: sans-serif; }
@media print { .noprint { display: none; } }
`;

export function printDocument(title: string, body: ReactNode): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <style>{PRINT_CSS}</style>
      </head>
      <body>
        <p className="noprint">请使用浏览器的“打印”功能打印或另存为 PDF。</p>
        {body}
      </body>
    </html>,
  )}`;
}

const longDay = (d: Date) => {
  const c = new Date(d.getTime() + 8 * 3_600_000);
  return `${c.getUTCFullYear()}年${c.getUTCMonth() + 1}月${c.getUTCDate()}日`;
};
const longTime = (d: Date) => {
  const c = new Date(d.getTime() + 8 * 3_600_000);
  return `${longDay(d)} ${String(c.getUTCHours()).padStart(2, '0')}:${String(c.getUTCMinutes()).padStart(2, '0')}`;
};

export interface ReceiptData {
  siteName: string;
  itemName: string;
  itemCode: string;
  receiptCode: string;
  applicantName: string;
  applicantIdMask: string | null;
  phoneMask: string | null;
  submittedAt: Date;
  channel: 'online' | 'counter';
  staffName: string | null;
  acceptanceDueAt: Date | null;
  statutoryWorkdays: number;
  promisedWorkdays: number;
  materials: Array<{
    name: string;
    source: 'online' | 'paper';
    copies: number | null;
    fileName: string | null;
  }>;
  trackUrl: string;
}

export function receiptHtml(r: ReceiptData): string {
  return printDocument(
    `收件回执 ${r.receiptCode}`,
    <>
      <h1>收件回执</h1>
      <p className="number">{r.siteName}政务受理中心</p>
      <table>
        <tbody>
          <tr>
            <th scope="row">申请事项</th>
            <td>
              {r.itemName}（{r.itemCode}）
            </td>
          </tr>
          <tr>
            <th scope="row">申请人</th>
            <td>
              {r.applicantName}
              {r.applicantIdMask ? `（${r.applicantIdMask}）` : ''}
              {r.phoneMask ? `，联系电话 ${r.phoneMask}` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">收件时间</th>
            <td>
              {longTime(r.submittedAt)}（{r.channel === 'counter' ? '窗口收件' : '网上申请'}
              {r.staffName ? `，经办人 ${r.staffName}` : ''}）
            </td>
          </tr>
          <tr>
            <th scope="row">查询码</th>
            <td>
              <span className="code">{formatReceiptCode(r.receiptCode)}</span>
            </td>
          </tr>
          <tr>
            <th scope="row">办理时限</th>
            <td>
              {r.acceptanceDueAt ? `${longDay(r.acceptanceDueAt)}前作出是否受理的决定；` : ''}
              受理后法定办理期限 {r.statutoryWorkdays} 个工作日，承诺时限 {r.promisedWorkdays}{' '}
              个工作日（补正材料以及依法需要听证、检验、检测、检疫、鉴定、专家评审等所需时间不计入）。
            </td>
          </tr>
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th scope="col">收取材料</th>
            <th scope="col">形式</th>
          </tr>
        </thead>
        <tbody>
          {r.materials.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a static, server-rendered list that never reorders
            <tr key={`${i} ${m.name}`}>
              <td>{m.name}</td>
              <td>{m.source === 'paper' ? `纸质 ${m.copies ?? 1} 份` : `电子文件 ${m.fileName ?? ''}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        凭查询码可在 {r.trackUrl}{' '}
        查询办理进度；输入申请人手机号码或证件号码后四位可查看办件详情。请妥善保管本回执，勿将查询码告知他人。
      </p>
      <p className="sign">
        {r.siteName}政务受理中心（盖章）
        <br />
        {longDay(r.submittedAt)}
      </p>
    </>,
  );
}

export function documentHtml(d: {
  siteName: string;
  title: string;
  number: string;
  body: string;
  issuedAt: Date;
}): string {
  return printDocument(
    `${d.title} ${d.number}`,
    <>
      <h1>{d.title}</h1>
      <p className="number">{d.number}</p>
      {d.body.split(/\n+/).map((para, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static, server-rendered list that never reorders
        <p key={`${i} ${para.slice(0, 10)}`}>{para}</p>
      ))}
      <p className="sign">
        {d.siteName}（印章）
        <br />
        {longDay(d.issuedAt)}
      </p>
    </>,
  );
}
