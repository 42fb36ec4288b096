// 政府信息公开申请答复告知书: the reply notice, one template per reply type (the wording of the
// Regulations' articles it rests on), as a .docx laid out as a 公文 (GB/T 9704) and as a PDF, both
// from the stored application — generated on request, so the two always say the same.
import { requirePermission } from '../../../platform/access/policy.ts';
import { chinaDay, formatDayShort } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { A4, documentDate, openPdf, RULE, renderDocx } from '../../../platform/documents/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { opennessError } from '../openness.errors.ts';
import { CHANNEL_LABELS, FORM_LABELS, NOTICE_TITLES, SUBMITTED_VIA_LABELS } from './application-vocab.ts';
import { type ApplicationRow, findApplication } from './applications.repository.ts';
import { replyOf } from './read-applications.ts';

const REGS = '《中华人民共和国政府信息公开条例》';

export interface ReplyNotice {
  department: string;
  title: string;
  number: string;
  addressee: string;
  paragraphs: string[];
  date: string;
}

const you = (row: ApplicationRow) => (row.applicantType === 'person' ? '你' : '你单位');

/** The notice's words, by reply type. Pure: tests read them back from both files. */
export function noticeOf(row: ApplicationRow, department: string): ReplyNotice {
  const reply = replyOf(row);
  if (!reply || !row.replyType)
    throw new AppError('STATE_CONFLICT', { message: '该申请尚未答复，没有答复告知书' });
  const y = you(row);
  const asked = row.description || `文号为“${row.docNumber}”的文件`;
  const received = formatDayShort(chinaDay(row.receivedAt), true);
  const opening = `${y}于${received}通过${SUBMITTED_VIA_LABELS[row.submittedVia] ?? '书面'}方式提出的政府信息公开申请（受理号：${row.number}）收悉。${y}申请获取“${asked}”${row.docNumber && row.description ? `（文号：${row.docNumber}）` : ''}，希望以${FORM_LABELS[row.formWanted] ?? ''}形式、通过${(CHANNEL_LABELS[row.channelWanted] ?? '').replace(/（.*）$/, '')}获取。`;
  const t = reply.text;
  const r = reply.reasonLabel ?? '';
  const basis = NOTICE_TITLES[row.replyType].basis;
  const decision: string[] = (() => {
    switch (row.replyType) {
      case 'already_public':
        return [
          `经审查，${y}申请获取的政府信息本机关已经主动公开。根据${REGS}${basis}的规定，现告知${y}获取该政府信息的方式和途径：${reply.where ?? ''}。`,
          ...(t ? [t] : []),
        ];
      case 'disclosed':
        return [
          `经审查，${y}申请获取的政府信息属于公开范围。根据${REGS}${basis}的规定，本机关决定予以公开。${t}`,
        ];
      case 'partly':
        return [
          `经审查，${y}申请获取的政府信息中，部分内容${r}，不予公开；其余部分可以公开。根据${REGS}${basis}的规定，本机关对可以公开的部分予以公开，对不予公开的内容说明理由如下：`,
          t,
        ];
      case 'withheld':
        return [
          `经审查，${y}申请获取的政府信息${r}。根据${REGS}${basis}的规定，本机关决定不予公开，理由如下：`,
          t,
        ];
      case 'not_held':
        return [`经审查，${r}。根据${REGS}${basis}的规定，现告知如下：`, t];
      case 'not_ours':
        return [
          `经审查，${y}申请获取的政府信息不属于本机关负责公开。根据${REGS}${basis}的规定，现告知${y}负责公开该政府信息的行政机关：${reply.where ?? ''}。`,
          ...(t ? [t] : []),
        ];
      case 'not_handled':
        return [`经审查，${y}的申请属于${r}的情形。根据${REGS}${basis}的规定，本机关不予处理。`, t];
      default:
        return [`${r}。`, t];
    }
  })();
  return {
    department,
    title: NOTICE_TITLES[row.replyType].title,
    number: reply.number,
    addressee: row.applicantName,
    paragraphs: [
      opening,
      ...decision.filter((p) => p.trim()),
      `${y}如对本告知不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到本告知书之日起六个月内依法提起行政诉讼。`,
      '特此告知。',
    ],
    date: reply.day,
  };
}

export async function noticeDocx(n: ReplyNotice): Promise<Buffer> {
  return renderDocx({
    layout: 'official',
    issuer: n.department,
    number: n.number,
    title: n.title,
    addressee: n.addressee,
    body: n.paragraphs,
    signature: n.department,
    date: n.date,
    sealed: true,
    printer: `${n.department}办公室`,
    printedOn: n.date,
  });
}

export async function noticePdf(n: ReplyNotice): Promise<Buffer> {
  const pdf = openPdf(
    { title: `${n.title} ${n.number}`, author: n.department, subject: n.title, keywords: n.number },
    { pageNumbers: 'auto' },
  );
  const left = 72;
  const width = A4.width - 2 * left;
  const bottom = A4.height - 72;
  let y = 80;
  pdf.text(n.department, left, y, { size: 22, weight: 700, width, align: 'center', color: RULE });
  y += 40;
  pdf.rule(y, { x: left, width, color: RULE, lineWidth: 1.5 });
  y += 16;
  pdf.text(n.title, left, y, { size: 18, weight: 700, width, align: 'center' });
  y += 32;
  pdf.text(n.number, left, y, { size: 11, width, align: 'center' });
  y += 30;
  pdf.text(`${n.addressee}：`, left, y, { size: 12, width });
  y += 24;
  for (const p of n.paragraphs) {
    const text = `　　${p}`;
    const h = pdf.heightOf(text, width, 12);
    if (y + h > bottom) {
      pdf.doc.addPage();
      y = 72;
    }
    pdf.text(text, left, y, { size: 12, width });
    y += h + 10;
  }
  if (y + 70 > bottom) {
    pdf.doc.addPage();
    y = 72;
  }
  y += 20;
  pdf.text(`${n.department}（印章）`, left, y, { size: 12, width, align: 'right' });
  pdf.text(documentDate(n.date), left, y + 24, { size: 12, width, align: 'right' });
  return pdf.end();
}

/** The notice of an application, for staff (openness:read) or for the applicant (by token). */
export async function replyNoticeOf(
  ctx: Ctx,
  id: string,
  options: { applicant?: boolean } = {},
): Promise<ReplyNotice> {
  if (!options.applicant) requirePermission(ctx.actor, 'openness:read');
  const row = await findApplication(ctx.db, id);
  if (!row) throw opennessError('OPENNESS_APPLICATION_NOT_FOUND');
  return noticeOf(row, ctx.deps.config.SITE_NAME);
}
