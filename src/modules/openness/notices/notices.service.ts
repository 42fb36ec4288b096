// Use cases of public notices (公示, issue 17 Must 6): the office publishes a notice — a cadre's
// appointment, a title evaluation's results, a project, or other — with its text, its period and
// whom to contact with objections. The public sees it from its first to its last day (China dates,
// ctx.now) and never after: it is then archived, kept for staff. During the period anyone may send
// an objection (异议) online, without an account; the office reads them with the sender's phone.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay, isValidDay } from '../../../platform/calendar/china-date.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { opennessError } from '../openness.errors.ts';
import { NOTICE_TYPES, type NoticeType } from '../openness.table.ts';
import {
  countObjectionsByNotice,
  findNotice,
  findNoticeForUpdate,
  insertNotice,
  insertObjection,
  listNoticeRows,
  listNoticeRowsOpenOn,
  listObjectionRows,
  type NoticeRow,
  updateNoticeRow,
} from './notices.repository.ts';

export const NOTICE_TYPE_LABELS: Record<NoticeType, string> = {
  cadre: '干部任前公示',
  title: '职称评审公示',
  project: '项目公示',
  other: '其他公示',
};

// upcoming 未开始 / open 公示中 / archived 已结束（已归档）
export type NoticeState = 'upcoming' | 'open' | 'archived';
export const NOTICE_STATE_LABELS: Record<NoticeState, string> = {
  upcoming: '未开始',
  open: '公示中',
  archived: '已结束（已归档）',
};

export function noticeState(n: { startsOn: string; endsOn: string }, today: string): NoticeState {
  if (today < n.startsOn) return 'upcoming';
  return today > n.endsOn ? 'archived' : 'open';
}

export interface PublicNotice {
  id: string;
  type: NoticeType;
  typeLabel: string;
  title: string;
  body: string;
  startsOn: string;
  endsOn: string;
  contact: string;
}

export interface NoticeView extends PublicNotice {
  state: NoticeState;
  stateLabel: string;
  objections: number;
  updatedAt: string;
}

const publicView = (n: NoticeRow): PublicNotice => ({
  id: n.id,
  type: n.type,
  typeLabel: NOTICE_TYPE_LABELS[n.type],
  title: n.title,
  body: n.body,
  startsOn: n.startsOn,
  endsOn: n.endsOn,
  contact: n.contact,
});

function staffView(n: NoticeRow, today: string, objections: number): NoticeView {
  const state = noticeState(n, today);
  return {
    ...publicView(n),
    state,
    stateLabel: NOTICE_STATE_LABELS[state],
    objections,
    updatedAt: n.updatedAt.toISOString(),
  };
}

/** The public list: the notices in their period today. */
export async function listOpenNotices(ctx: Ctx): Promise<PublicNotice[]> {
  return (await listNoticeRowsOpenOn(ctx.db, chinaDay(ctx.now))).map(publicView);
}

/**
 * A notice as the public may see it: its text during the period only. Before the period it does
 * not exist for them; after it, only that it has ended (a link shared during the period still
 * answers, without the text).
 */
export async function getPublicNotice(
  ctx: Ctx,
  id: string,
): Promise<{ state: 'open'; notice: PublicNotice } | { state: 'archived'; title: string; endsOn: string }> {
  const n = UUID.test(id) ? await findNotice(ctx.db, id) : undefined;
  const state = n ? noticeState(n, chinaDay(ctx.now)) : 'upcoming';
  if (!n || state === 'upcoming') throw opennessError('OPENNESS_NOTICE_NOT_FOUND');
  if (state === 'archived') return { state, title: n.title, endsOn: n.endsOn };
  return { state: 'open', notice: publicView(n) };
}

/** Every notice with its state and how many objections it received (staff). */
export async function listNotices(ctx: Ctx): Promise<NoticeView[]> {
  requirePermission(ctx.actor, 'openness:read');
  const today = chinaDay(ctx.now);
  const [rows, counts] = await Promise.all([listNoticeRows(ctx.db), countObjectionsByNotice(ctx.db)]);
  return rows.map((n) => staffView(n, today, counts.get(n.id) ?? 0));
}

export interface NoticeInput {
  type?: string;
  title?: string;
  body?: string;
  startsOn?: string;
  endsOn?: string;
  contact?: string;
}

type Checked = Pick<NoticeRow, 'type' | 'title' | 'body' | 'startsOn' | 'endsOn' | 'contact'>;

function refuse(errors: FieldError[]): never {
  throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
}

function checkNotice(v: NoticeInput): Checked {
  const errors: FieldError[] = [];
  const str = (s: string | undefined) => (s ?? '').trim();
  const type = NOTICE_TYPES.find((t) => t === v.type);
  if (!type) errors.push({ field: 'type', message: '公示类型：请选择干部任前、职称评审、项目或其他' });
  const title = str(v.title);
  if (!title) errors.push({ field: 'title', message: '标题：请填写' });
  else if (title.length > 100) errors.push({ field: 'title', message: '标题：最多 100 个字' });
  const body = str(v.body);
  if (!body) errors.push({ field: 'body', message: '公示内容：请填写' });
  else if (body.length > 20_000) errors.push({ field: 'body', message: '公示内容：最多 20000 个字' });
  const startsOn = str(v.startsOn);
  if (!isValidDay(startsOn))
    errors.push({ field: 'startsOn', message: '公示开始日期：应为有效日期，如 2026-12-08' });
  const endsOn = str(v.endsOn);
  if (!isValidDay(endsOn))
    errors.push({ field: 'endsOn', message: '公示截止日期：应为有效日期，如 2026-12-14' });
  else if (isValidDay(startsOn) && endsOn < startsOn)
    errors.push({ field: 'endsOn', message: '公示截止日期：不能早于开始日期' });
  const contact = str(v.contact);
  if (!contact) errors.push({ field: 'contact', message: '异议受理：请写明受理单位和联系电话' });
  else if (contact.length > 300) errors.push({ field: 'contact', message: '异议受理：最多 300 个字' });
  if (errors.length) refuse(errors);
  return { type: type!, title, body, startsOn, endsOn, contact };
}

/** 发布公示. */
export async function createNotice(ctx: Ctx, input: NoticeInput): Promise<NoticeView> {
  requirePermission(ctx.actor, 'openness:notices');
  const notice = checkNotice(input);
  return inTransaction(ctx, async (tx) => {
    const row = await insertNotice(tx.db, {
      ...notice,
      createdBy: tx.actor.id,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'openness.notice.create',
      objectType: 'openness_notice',
      objectId: row.id,
      detail: { type: row.type, title: row.title, startsOn: row.startsOn, endsOn: row.endsOn },
    });
    return staffView(row, chinaDay(tx.now), 0);
  });
}

/** 修改公示: refused once the period has ended (an archived notice is a record, not a draft). */
export async function updateNotice(ctx: Ctx, id: string, input: NoticeInput): Promise<NoticeView> {
  requirePermission(ctx.actor, 'openness:notices');
  return inTransaction(ctx, async (tx) => {
    const before = UUID.test(id) ? await findNoticeForUpdate(tx.db, id) : undefined;
    if (!before) throw opennessError('OPENNESS_NOTICE_NOT_FOUND');
    const today = chinaDay(tx.now);
    if (noticeState(before, today) === 'archived') throw opennessError('OPENNESS_NOTICE_ARCHIVED');
    const given = Object.fromEntries(Object.entries(input).filter(([, x]) => x !== undefined));
    const notice = checkNotice({ ...before, ...given });
    const row = await updateNoticeRow(tx.db, id, { ...notice, updatedAt: tx.now });
    const changed = (Object.keys(notice) as (keyof Checked)[]).filter((k) => before[k] !== row[k]);
    await recordAudit(tx, {
      action: 'openness.notice.update',
      objectType: 'openness_notice',
      objectId: id,
      detail: {
        changed,
        before: Object.fromEntries(changed.filter((k) => k !== 'body').map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.filter((k) => k !== 'body').map((k) => [k, row[k]])),
      },
    });
    const objections = (await listObjectionRows(tx.db, id)).length;
    return staffView(row, today, objections);
  });
}

export interface ObjectionInput {
  name?: string;
  phone?: string;
  body?: string;
}

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** 提出异议: anyone, during the notice's period; the phone is kept encrypted. */
export async function submitObjection(ctx: Ctx, noticeId: string, input: ObjectionInput): Promise<void> {
  const errors: FieldError[] = [];
  const name = (input.name ?? '').trim();
  if (!name) errors.push({ field: 'name', message: '姓名：请填写' });
  else if (name.length > 30) errors.push({ field: 'name', message: '姓名：最多 30 个字' });
  const phone = (input.phone ?? '').replace(/\s/g, '');
  if (!phone) errors.push({ field: 'phone', message: '联系电话：请填写，以便核实情况' });
  else if (!PHONE.test(phone))
    errors.push({ field: 'phone', message: '联系电话：应为 11 位手机号或带区号的固定电话' });
  const body = (input.body ?? '').trim();
  if (body.length < 10) errors.push({ field: 'body', message: '异议内容：请写明具体事实，至少 10 个字' });
  else if (body.length > 2000) errors.push({ field: 'body', message: '异议内容：最多 2000 个字' });
  if (errors.length) refuse(errors);
  await inTransaction(ctx, async (tx) => {
    const n = UUID.test(noticeId) ? await findNotice(tx.db, noticeId) : undefined;
    if (!n || noticeState(n, chinaDay(tx.now)) === 'upcoming')
      throw opennessError('OPENNESS_NOTICE_NOT_FOUND');
    if (noticeState(n, chinaDay(tx.now)) === 'archived') throw opennessError('OPENNESS_NOTICE_CLOSED');
    const row = await insertObjection(tx.db, {
      noticeId,
      name,
      phoneEnc: tx.deps.cipher.encrypt(phone),
      body,
      receivedAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'openness.notice.objection',
      objectType: 'openness_notice',
      objectId: noticeId,
      detail: { objectionId: row.id },
    });
  });
}

export interface ObjectionView {
  id: string;
  name: string;
  phone: string;
  body: string;
  receivedAt: string;
}

/** The objections a notice received, with the senders' phones (the office that handles them). */
export async function listObjections(ctx: Ctx, noticeId: string): Promise<ObjectionView[]> {
  requirePermission(ctx.actor, 'openness:notices');
  const n = UUID.test(noticeId) ? await findNotice(ctx.db, noticeId) : undefined;
  if (!n) throw opennessError('OPENNESS_NOTICE_NOT_FOUND');
  return (await listObjectionRows(ctx.db, noticeId)).map((o) => ({
    id: o.id,
    name: o.name,
    phone: ctx.deps.cipher.decrypt(o.phoneEnc),
    body: o.body,
    receivedAt: o.receivedAt.toISOString(),
  }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
