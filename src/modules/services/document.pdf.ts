// A case's numbered document (文书: 受理通知书, 补正材料通知书, 不计入办理时限告知书, the decisions) as an
// A4 letter PDF: the department, the title and number, the body in paragraphs (the addressee's line
// first), the issuing department with its seal line and the date. Printed or sent to the applicant
// as the written notice (书面告知); drawn with the platform's PDF helper.
import { A4, openPdf } from '../../platform/documents/index.ts';
import { fmtDay } from './case-clocks.ts';

export interface CaseDocumentPdf {
  department: string;
  title: string;
  number: string;
  body: string;
  issuedAt: Date;
}

const LEFT = 72;
const WIDTH = A4.width - 2 * LEFT;
const BODY = 12;

export async function renderCaseDocumentPdf(d: CaseDocumentPdf): Promise<Buffer> {
  const pdf = openPdf(
    { title: `${d.title} ${d.number}`, author: d.department, subject: d.title, keywords: d.number },
    { margin: { top: 72, bottom: 72, left: LEFT, right: LEFT } },
  );
  pdf.text(d.department, LEFT, 72, { size: 16, weight: 700, width: WIDTH, align: 'center' });
  pdf.text(d.title, LEFT, 100, { size: 22, weight: 700, width: WIDTH, align: 'center' });
  pdf.text(d.number, LEFT, 134, { size: 12, width: WIDTH, align: 'center' });
  pdf.rule(156, { x: LEFT, width: WIDTH, color: '#c00000', lineWidth: 1.2 });
  // The addressee (before the first full-width colon) on its own line, the rest as paragraphs.
  const body = d.body.replace(/^([^：\n]{1,60})：/, '$1：\n');
  let y = 176;
  for (const para of body.split(/\n+/).filter(Boolean)) {
    const isAddressee = para.endsWith('：') && y === 176;
    const text = isAddressee ? para : `　　${para}`;
    if (y + pdf.heightOf(text, WIDTH, BODY) > A4.height - 200) {
      pdf.doc.addPage();
      y = 72;
    }
    pdf.text(text, LEFT, y, { size: BODY, width: WIDTH });
    y += pdf.heightOf(text, WIDTH, BODY) + 8;
  }
  const signTop = Math.min(y + 40, A4.height - 160);
  pdf.text(`${d.department}（印章）`, LEFT, signTop, { size: BODY, width: WIDTH, align: 'right' });
  pdf.text(fmtDay(d.issuedAt), LEFT, signTop + 24, { size: BODY, width: WIDTH, align: 'right' });
  return pdf.end();
}
