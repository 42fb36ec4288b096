// 提交政府信息公开申请: online, by anyone without an account (the human check first, then every
// field), or entered at the counter by staff from a letter, a fax or a visit (with the day it was
// received, 第三十一条). One transaction: the number (kernel numbering, gap-free), the row with
// its personal data encrypted, the 补正告知 and 答复 clocks, the first timeline step and the audit
// record. The applicant gets a receipt code and a six-digit query password, shown once.
import crypto from 'node:crypto';
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay, dueDatesOf, startClock, startOfChinaDay } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { defineSeries, takeNumber } from '../../../platform/documents/index.ts';
import { AppError, type FieldError, validationError } from '../../../platform/errors.ts';
import { requireHuman } from '../../../platform/human-check/index.ts';
import { newQueryPassword, newReceiptCode } from '../../../platform/receipts/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { OFFICE_UNIT_CODE, unitByCode } from '../../org/index.ts';
import {
  APPLICATION_SUBJECT,
  REPLY_CLOCK,
  REPLY_DAYS,
  REVIEW_CLOCK,
  REVIEW_DAYS,
} from './application-clocks.ts';
import { type ApplicationForm, checkApplication } from './application-input.ts';
import { SUBMITTED_VIA_LABELS } from './application-vocab.ts';
import { insertApplication } from './applications.repository.ts';

export const APPLICATION_SERIES = defineSeries('openness.application', '豫林公开申〔{year}〕{serial:4}号');

export interface SubmittedApplication {
  id: string;
  number: string;
  receiptCode: string;
  /** Shown once; only its keyed digest is kept. */
  password: string;
  receivedDay: string;
  dueDay: string | null;
  dueProvisional: string | null;
}

export const passwordKeyOf = (ctx: Ctx, code: string, password: string) =>
  ctx.deps.cipher.mac(`openness-track:${code}:${password}`);

/** 网上申请: the human check, then the fields; nothing is written unless everything holds. */
export async function submitApplicationOnline(
  ctx: Ctx,
  input: ApplicationForm & { humanCheckId?: string; humanAnswer?: string },
): Promise<SubmittedApplication> {
  const extra: FieldError[] = [];
  try {
    await requireHuman(ctx, { id: input.humanCheckId, answer: input.humanAnswer });
  } catch (e) {
    if (!(e instanceof AppError) || !e.errors) throw e;
    extra.push(...e.errors);
  }
  const checked = checkApplication(input, ctx.now, extra);
  return create(ctx, checked, 'online', ctx.now);
}

/** 窗口或信函登记: staff enter an application received on `receivedOn` (today or earlier). */
export async function registerApplicationAtCounter(
  ctx: Ctx,
  input: ApplicationForm & { submittedVia?: string; receivedOn?: string },
): Promise<SubmittedApplication> {
  requirePermission(ctx.actor, 'openness:apply');
  const via = input.submittedVia ?? 'counter';
  if (!(via in SUBMITTED_VIA_LABELS) || via === 'online')
    throw validationError('submittedVia', '请选择申请的提交方式（当面、信函、传真或电子邮件）');
  const today = chinaDay(ctx.now);
  const day = input.receivedOn ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day > today)
    throw validationError('receivedOn', '收到申请的日期应为今天或之前的日期');
  const checked = checkApplication(input, ctx.now);
  const at = day === today ? ctx.now : new Date(startOfChinaDay(day).getTime() + 9 * 3_600_000);
  return create(ctx, checked, via, at);
}

async function create(
  ctx: Ctx,
  c: ReturnType<typeof checkApplication>,
  via: string,
  receivedAt: Date,
): Promise<SubmittedApplication> {
  const receiptCode = newReceiptCode();
  const password = newQueryPassword();
  const cipher = ctx.deps.cipher;
  return inTransaction(ctx, async (tx) => {
    const office = await unitByCode(tx, await getSetting(tx, OFFICE_UNIT_CODE));
    const taken = await takeNumber(tx, APPLICATION_SERIES, {
      year: Number(chinaDay(receivedAt).slice(0, 4)),
    });
    const id = crypto.randomUUID();
    const subject = {
      subjectType: APPLICATION_SUBJECT,
      subjectId: id,
      responsibleUnitId: office?.id ?? null,
    };
    await startClock(tx, {
      ...subject,
      kind: REVIEW_CLOCK.kind,
      label: '补正告知期限',
      startedAt: receivedAt,
      limit: { value: REVIEW_DAYS, unit: 'workdays' },
    });
    const reply = await startClock(tx, {
      ...subject,
      kind: REPLY_CLOCK.kind,
      label: '答复期限',
      startedAt: receivedAt,
      limit: { value: REPLY_DAYS, unit: 'workdays' },
    });
    const row = await insertApplication(tx.db, {
      id,
      number: taken.number,
      year: taken.year,
      receiptCode,
      passwordKey: passwordKeyOf(tx, receiptCode, password),
      submittedVia: via,
      applicantType: c.applicantType,
      applicantName: c.name,
      idNumberEnc: cipher.encrypt(c.idNumber),
      idKind: c.idKind,
      contactPerson: c.contactPerson,
      phoneEnc: cipher.encrypt(c.phone),
      emailEnc: c.email ? cipher.encrypt(c.email) : null,
      addressEnc: c.address ? cipher.encrypt(c.address) : null,
      description: c.description,
      docNumber: c.docNumber,
      formWanted: c.formWanted,
      channelWanted: c.channelWanted,
      status: 'received',
      receivedAt,
      clockStartedAt: receivedAt,
      dueAt: reply.dueAt,
      dueKind: REPLY_CLOCK.kind,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await appendEvent(
      tx,
      { type: APPLICATION_SUBJECT, id },
      {
        kind: 'received',
        text: `收到政府信息公开申请（${SUBMITTED_VIA_LABELS[via]}）`,
        visibility: 'public',
        note: `答复期限自收到申请之日起计算 ${REPLY_DAYS} 个工作日${reply.dueAt ? `，届满日为 ${chinaDay(reply.dueAt)}` : ''}${reply.provisional ? '（暂定）' : ''}。`,
        at: receivedAt,
      },
    );
    await recordAudit(tx, {
      action: 'openness.application.submit',
      objectType: 'openness_application',
      objectId: id,
      detail: { number: row.number, via, applicantType: c.applicantType },
    });
    const [due] = await dueDatesOf(tx, { type: APPLICATION_SUBJECT, id }, { kinds: [REPLY_CLOCK.kind] });
    return {
      id,
      number: row.number,
      receiptCode,
      password,
      receivedDay: chinaDay(receivedAt),
      dueDay: due?.dueDay ?? null,
      dueProvisional: due?.provisional?.note ?? null,
    };
  });
}
