// Use cases of the supply and demand board (供求信息, seed: 林业生产企业可以通过网上信息发布窗口自行
// 编发供求信息): signed-in organisations and citizens post supply or demand; a moderator approves it
// before anyone sees it; posts vanish from the public list after their validity; contact details
// are shown to signed-in readers only; anyone may report abuse, which goes to the moderators.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { sm3 } from '../../../platform/crypto/sm.ts';
import { AppError, type FieldError, notFound } from '../../../platform/errors.ts';
import { notify } from '../../../platform/notify/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { requireState } from '../../../platform/timeline/index.ts';
import { findUnitByCode } from '../../org/index.ts';
import { INFO_CENTRE_UNIT } from '../../portal/index.ts';
import { addDays, chinaDayOf, daysBetween } from '../freshness/freshness.rules.ts';
import { BOARD_MAX_VALID_DAYS, BOARD_POSTS_PER_DAY, BOARD_REPORTS_PER_HOUR } from '../portal-ops.settings.ts';
import type { BoardKind, BoardStatus, ReportStatus } from '../portal-ops.table.ts';
import { ensureSalt } from '../stats/stats.repository.ts';
import {
  countByStatus,
  countOpenReports,
  countPostsBySince,
  countReportsSince,
  findPost,
  findReport,
  insertPost,
  insertReport,
  listPostsByStatus,
  listPostsOf,
  listPublicPosts,
  listReportRows,
  type PostRow,
  type ReportRow,
  updatePost,
  updateReport,
} from './board.repository.ts';
import { findRegion, regionName } from './regions.ts';

export const BOARD_KIND_LABELS: Record<BoardKind, string> = { supply: '供应', demand: '求购' };
export const BOARD_STATUS_LABELS: Record<BoardStatus, string> = {
  pending: '待审核',
  published: '已发布',
  rejected: '未通过审核',
  hidden: '已屏蔽',
  withdrawn: '已撤下',
};
export const REPORT_REASONS = ['虚假信息', '违法违规', '诈骗', '广告骚扰', '联系方式错误', '其他'] as const;
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  open: '待处理',
  upheld: '属实，已屏蔽',
  dismissed: '不予采纳',
};

// ---- input ----

/** The form as posted (strings, possibly missing): every check names its field in Chinese. */
export interface PostInput {
  kind?: string;
  product?: string;
  quantity?: string;
  unit?: string;
  regionCode?: string;
  contactName?: string;
  contactPhone?: string;
  validUntil?: string;
  description?: string;
}

export const POST_FIELD_LABELS: Record<keyof PostInput, string> = {
  kind: '信息类型',
  product: '产品名称',
  quantity: '数量',
  unit: '计量单位',
  regionCode: '所在地区',
  contactName: '联系人',
  contactPhone: '联系电话',
  validUntil: '有效期至',
  description: '详细说明',
};

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const QUANTITY = /^\d{1,12}(\.\d{1,2})?$/;

interface CheckedPost {
  kind: BoardKind;
  product: string;
  quantity: string;
  unit: string;
  regionCode: string;
  contactName: string;
  contactPhone: string;
  validUntil: string;
  description: string;
}

export async function checkPostInput(
  ctx: Ctx,
  input: PostInput,
): Promise<{ value?: CheckedPost; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  const add = (field: keyof PostInput, message: string) =>
    errors.push({ field, message: `${POST_FIELD_LABELS[field]}：${message}` });
  const s = (v: string | undefined) => (v ?? '').replace(/\s+/g, ' ').trim();
  const kind = s(input.kind);
  if (kind !== 'supply' && kind !== 'demand') add('kind', '请选择“供应”或“求购”');
  const product = s(input.product);
  if (!product) add('product', '请填写产品名称');
  else if (product.length > 50) add('product', '最多 50 个字');
  const quantity = s(input.quantity);
  if (!quantity) add('quantity', '请填写数量');
  else if (!QUANTITY.test(quantity) || Number(quantity) <= 0)
    add('quantity', '应为大于 0 的数字，最多两位小数');
  const unit = s(input.unit);
  if (!unit) add('unit', '请填写计量单位（如 株、吨、立方米）');
  else if (unit.length > 10) add('unit', '最多 10 个字');
  const regionCode = s(input.regionCode);
  if (!regionCode) add('regionCode', '请选择所在县（市、区）');
  else if (!findRegion(regionCode)) add('regionCode', '不是河南省的县级行政区划');
  const contactName = s(input.contactName);
  if (!contactName) add('contactName', '请填写联系人');
  else if (contactName.length > 20) add('contactName', '最多 20 个字');
  const contactPhone = s(input.contactPhone).replace(/\s/g, '');
  if (!contactPhone) add('contactPhone', '请填写联系电话');
  else if (!PHONE.test(contactPhone))
    add('contactPhone', '应为 11 位手机号或带区号的固定电话（如 0371-65000000）');
  const validUntil = s(input.validUntil);
  const today = chinaDayOf(ctx.now);
  const maxDays = await getSetting(ctx, BOARD_MAX_VALID_DAYS);
  if (!validUntil) add('validUntil', '请填写有效期');
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(validUntil) || Number.isNaN(Date.parse(validUntil)))
    add('validUntil', '应为日期（YYYY-MM-DD）');
  else if (validUntil < today) add('validUntil', '不能早于今天');
  else if (daysBetween(today, validUntil) > maxDays)
    add('validUntil', `最长 ${maxDays} 天（不晚于 ${addDays(today, maxDays)}）`);
  const description = (input.description ?? '').trim();
  if (description.length > 1000) add('description', '最多 1000 个字');
  if (errors.length) return { errors };
  return {
    errors,
    value: {
      kind: kind as BoardKind,
      product,
      quantity,
      unit,
      regionCode,
      contactName,
      contactPhone,
      validUntil,
      description,
    },
  };
}

// ---- views ----

export interface PublicPostView {
  id: string;
  kind: BoardKind;
  kindLabel: string;
  product: string;
  quantity: string;
  unit: string;
  regionCode: string;
  regionName: string;
  validUntil: string;
  description: string;
  authorName: string;
  publishedAt: string | null;
  /** Only for signed-in readers. */
  contact: { name: string; phone: string } | null;
}

export interface PostView extends PublicPostView {
  status: BoardStatus;
  statusLabel: string;
  expired: boolean;
  authorKind: string;
  moderatedByName: string | null;
  moderatedAt: string | null;
  moderationNote: string | null;
  createdAt: string;
}

function publicView(ctx: Ctx, p: PostRow, withContact: boolean): PublicPostView {
  return {
    id: p.id,
    kind: p.kind,
    kindLabel: BOARD_KIND_LABELS[p.kind],
    product: p.product,
    quantity: String(Number(p.quantity)),
    unit: p.unit,
    regionCode: p.regionCode,
    regionName: regionName(p.regionCode),
    validUntil: p.validUntil,
    description: p.description,
    authorName: p.authorName,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    contact: withContact ? { name: p.contactName, phone: ctx.deps.cipher.decrypt(p.contactPhoneEnc) } : null,
  };
}

function fullView(ctx: Ctx, p: PostRow): PostView {
  return {
    ...publicView(ctx, p, true),
    status: p.status,
    statusLabel: BOARD_STATUS_LABELS[p.status],
    expired: p.validUntil < chinaDayOf(ctx.now),
    authorKind: p.authorKind,
    moderatedByName: p.moderatedByName,
    moderatedAt: p.moderatedAt?.toISOString() ?? null,
    moderationNote: p.moderationNote,
    createdAt: p.createdAt.toISOString(),
  };
}

async function tellModerators(ctx: Ctx, title: string, body: string, link: string): Promise<void> {
  const unit = await findUnitByCode(ctx.db, await getSetting(ctx, INFO_CENTRE_UNIT));
  if (unit) await notify(ctx, { unitId: unit.id, title, body, link, category: 'portal' });
}

// ---- posting (public side) ----

/** Organisations and citizens post; staff accounts are the moderators' side. */
export function mayPost(ctx: Ctx): boolean {
  return Boolean(ctx.actor.id) && (ctx.actor.kind === 'citizen' || ctx.actor.kind === 'org');
}

export async function submitPost(ctx: Ctx, input: PostInput): Promise<PostView> {
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED', { message: '请先登录后再发布供求信息' });
  if (!mayPost(ctx)) throw new AppError('FORBIDDEN', { message: '供求信息由注册的企业和公众用户发布' });
  const { value, errors } = await checkPostInput(ctx, input);
  if (!value)
    throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
  const perDay = await getSetting(ctx, BOARD_POSTS_PER_DAY);
  if ((await countPostsBySince(ctx.db, ctx.actor.id, new Date(ctx.now.getTime() - 86_400_000))) >= perDay)
    throw new AppError('RATE_LIMITED', {
      message: `每个账号 24 小时内最多发布 ${perDay} 条供求信息，请稍后再试`,
    });
  const post = await inTransaction(ctx, async (tx) => {
    const row = await insertPost(tx.db, {
      kind: value.kind,
      product: value.product,
      quantity: value.quantity,
      unit: value.unit,
      regionCode: value.regionCode,
      contactName: value.contactName,
      contactPhoneEnc: tx.deps.cipher.encrypt(value.contactPhone),
      validUntil: value.validUntil,
      description: value.description,
      status: 'pending',
      authorId: tx.actor.id!,
      authorKind: tx.actor.kind,
      authorName: tx.actor.displayName,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'portal.board.submit',
      objectType: 'portal_board_post',
      objectId: row.id,
      detail: { kind: value.kind, product: value.product },
    });
    await tellModerators(
      tx,
      `供求信息待审核：${BOARD_KIND_LABELS[value.kind]}${value.product}`,
      `${tx.actor.displayName} 提交了一条${BOARD_KIND_LABELS[value.kind]}信息（${value.product}），请审核后发布。`,
      '/admin/portal-ops/board',
    );
    return row;
  });
  return fullView(ctx, post);
}

export async function listMyPosts(ctx: Ctx): Promise<PostView[]> {
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED');
  return (await listPostsOf(ctx.db, ctx.actor.id)).map((p) => fullView(ctx, p));
}

/** 撤下: the author takes their own post off the board. */
export async function withdrawMyPost(ctx: Ctx, id: string): Promise<void> {
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED');
  const p = await findPost(ctx.db, id);
  if (!p || p.authorId !== ctx.actor.id) throw notFound('BOARD_POST_NOT_FOUND', '供求信息不存在');
  if (p.status !== 'pending' && p.status !== 'published')
    throw new AppError('CONFLICT', { message: `该信息${BOARD_STATUS_LABELS[p.status]}，无需撤下` });
  await inTransaction(ctx, async (tx) => {
    await updatePost(tx.db, id, { status: 'withdrawn', updatedAt: tx.now });
    await recordAudit(tx, { action: 'portal.board.withdraw', objectType: 'portal_board_post', objectId: id });
  });
}

// ---- reading (public side) ----

export async function listBoard(
  ctx: Ctx,
  input: { kind?: BoardKind; region?: string; q?: string; page: number; pageSize: number },
): Promise<{ total: number; items: PublicPostView[] }> {
  const { total, rows } = await listPublicPosts(ctx.db, {
    today: chinaDayOf(ctx.now),
    kind: input.kind,
    region: input.region,
    q: input.q?.trim().slice(0, 50) || undefined,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { total, items: rows.map((p) => publicView(ctx, p, false)) };
}

export type BoardPostLookup =
  | { kind: 'live'; post: PublicPostView }
  | { kind: 'expired'; post: PublicPostView }
  | { kind: 'missing' };

/** A post as the public sees it: contact details only for a signed-in reader. */
export async function readBoardPost(ctx: Ctx, id: string): Promise<BoardPostLookup> {
  const p = await findPost(ctx.db, id);
  if (p?.status !== 'published') return { kind: 'missing' };
  if (p.validUntil < chinaDayOf(ctx.now)) return { kind: 'expired', post: publicView(ctx, p, false) };
  return { kind: 'live', post: publicView(ctx, p, Boolean(ctx.actor.id)) };
}

// ---- abuse reports ----

/** A per-day mark of an anonymous reporter (SM3 of the day's salt, address and browser). */
async function reporterMark(ctx: Ctx): Promise<string> {
  const salt = await ensureSalt(ctx.db, chinaDayOf(ctx.now));
  return sm3(`${salt}\nreport\n${ctx.ip ?? ''}\n${ctx.userAgent ?? ''}`);
}

export async function reportPost(
  ctx: Ctx,
  id: string,
  input: { reason?: string; detail?: string },
): Promise<void> {
  const found = await readBoardPost(ctx, id);
  if (found.kind !== 'live') throw notFound('BOARD_POST_NOT_FOUND', '供求信息不存在或已过期');
  const reason = (input.reason ?? '').trim();
  const detail = (input.detail ?? '').trim();
  const errors: FieldError[] = [];
  if (!(REPORT_REASONS as readonly string[]).includes(reason))
    errors.push({ field: 'reason', message: '举报原因：请选择一项' });
  if (detail.length > 500) errors.push({ field: 'detail', message: '情况说明：最多 500 个字' });
  if (reason === '其他' && !detail)
    errors.push({ field: 'detail', message: '情况说明：选择“其他”时请说明情况' });
  if (errors.length)
    throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
  const who = { reporterId: ctx.actor.id, reporterMark: ctx.actor.id ? null : await reporterMark(ctx) };
  const perHour = await getSetting(ctx, BOARD_REPORTS_PER_HOUR);
  if ((await countReportsSince(ctx.db, who, new Date(ctx.now.getTime() - 3_600_000))) >= perHour)
    throw new AppError('RATE_LIMITED', { message: `每小时最多举报 ${perHour} 次，请稍后再试` });
  await inTransaction(ctx, async (tx) => {
    const r = await insertReport(tx.db, {
      postId: id,
      reason,
      detail,
      ...who,
      status: 'open',
      createdAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'portal.board.report',
      objectType: 'portal_board_report',
      objectId: r.id,
      detail: { postId: id, reason },
    });
    await tellModerators(
      tx,
      `供求信息被举报：${found.post.product}`,
      `举报原因：${reason}${detail ? `；${detail}` : ''}`,
      '/admin/portal-ops/board?tab=reports',
    );
  });
}

// ---- moderation (workbench) ----

export async function listPostsForModeration(
  ctx: Ctx,
  input: { status?: BoardStatus[]; page: number; pageSize: number },
): Promise<{ total: number; items: PostView[]; counts: Record<string, number>; openReports: number }> {
  requirePermission(ctx.actor, 'portal:moderate');
  const { total, rows } = await listPostsByStatus(ctx.db, {
    statuses: input.status,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return {
    total,
    items: rows.map((p) => fullView(ctx, p)),
    counts: await countByStatus(ctx.db),
    openReports: await countOpenReports(ctx.db),
  };
}

async function mustFindPost(ctx: Ctx, id: string): Promise<PostRow> {
  const p = await findPost(ctx.db, id);
  if (!p) throw notFound('BOARD_POST_NOT_FOUND', '供求信息不存在');
  return p;
}

async function moderate(
  ctx: Ctx,
  id: string,
  from: BoardStatus[],
  to: BoardStatus,
  note: string | null,
  action: string,
): Promise<PostView> {
  requirePermission(ctx.actor, 'portal:moderate');
  const p = await mustFindPost(ctx, id);
  requireState(p, from, action, BOARD_STATUS_LABELS);
  await inTransaction(ctx, async (tx) => {
    await updatePost(tx.db, id, {
      status: to,
      moderatedBy: tx.actor.id,
      moderatedByName: tx.actor.displayName,
      moderatedAt: tx.now,
      moderationNote: note,
      ...(to === 'published' ? { publishedAt: tx.now } : {}),
      updatedAt: tx.now,
    });
    await recordAudit(tx, {
      action: `portal.board.${to === 'published' ? 'approve' : to === 'rejected' ? 'reject' : 'hide'}`,
      objectType: 'portal_board_post',
      objectId: id,
      detail: { product: p.product, note },
    });
    await notify(tx, {
      accountIds: [p.authorId],
      title: `您的${BOARD_KIND_LABELS[p.kind]}信息“${p.product}”${to === 'published' ? '已审核发布' : to === 'rejected' ? '未通过审核' : '已被屏蔽'}`,
      body: note ? `说明：${note}` : to === 'published' ? `有效期至 ${p.validUntil}。` : '',
      link: `/supply-demand/${id}`,
      category: 'portal',
    });
  });
  return fullView(ctx, await mustFindPost(ctx, id));
}

const required = (field: string, label: string, v: string | undefined) => {
  const s = (v ?? '').trim();
  if (!s)
    throw new AppError('VALIDATION_FAILED', {
      message: `请填写${label}`,
      errors: [{ field, message: `请填写${label}` }],
    });
  if (s.length > 200)
    throw new AppError('VALIDATION_FAILED', {
      message: `${label}最多 200 个字`,
      errors: [{ field, message: `${label}最多 200 个字` }],
    });
  return s;
};

export async function approvePost(ctx: Ctx, id: string, input: { note?: string } = {}): Promise<PostView> {
  return moderate(ctx, id, ['pending'], 'published', input.note?.trim().slice(0, 200) || null, '审核发布');
}

export async function rejectPost(ctx: Ctx, id: string, input: { reason?: string }): Promise<PostView> {
  requirePermission(ctx.actor, 'portal:moderate');
  return moderate(
    ctx,
    id,
    ['pending'],
    'rejected',
    required('reason', '不予通过的理由', input.reason),
    '退回',
  );
}

export async function hidePost(ctx: Ctx, id: string, input: { reason?: string }): Promise<PostView> {
  requirePermission(ctx.actor, 'portal:moderate');
  return moderate(ctx, id, ['published'], 'hidden', required('reason', '屏蔽理由', input.reason), '屏蔽');
}

export interface ReportView {
  id: string;
  postId: string;
  postProduct: string;
  postKindLabel: string;
  postStatus: BoardStatus;
  reason: string;
  detail: string;
  anonymous: boolean;
  status: ReportStatus;
  statusLabel: string;
  handledByName: string | null;
  handledAt: string | null;
  note: string | null;
  createdAt: string;
}

function presentReport(r: ReportRow, p: PostRow): ReportView {
  return {
    id: r.id,
    postId: p.id,
    postProduct: p.product,
    postKindLabel: BOARD_KIND_LABELS[p.kind],
    postStatus: p.status,
    reason: r.reason,
    detail: r.detail,
    anonymous: !r.reporterId,
    status: r.status,
    statusLabel: REPORT_STATUS_LABELS[r.status],
    handledByName: r.handledByName,
    handledAt: r.handledAt?.toISOString() ?? null,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  };
}

export async function listReports(
  ctx: Ctx,
  input: { status?: ReportStatus; page: number; pageSize: number },
): Promise<{ total: number; items: ReportView[] }> {
  requirePermission(ctx.actor, 'portal:moderate');
  const { total, rows } = await listReportRows(ctx.db, {
    status: input.status,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { total, items: rows.map((r) => presentReport(r.report, r.post)) };
}

/** 处理举报: upheld hides the post (if still up); dismissed leaves it. */
export async function resolveReport(
  ctx: Ctx,
  id: string,
  input: { action: 'uphold' | 'dismiss'; note?: string },
): Promise<ReportView> {
  requirePermission(ctx.actor, 'portal:moderate');
  const r = await findReport(ctx.db, id);
  if (!r) throw notFound('BOARD_REPORT_NOT_FOUND', '举报不存在');
  if (r.status !== 'open') throw new AppError('CONFLICT', { message: '该举报已处理' });
  const note = input.note?.trim().slice(0, 200) || null;
  const post = await mustFindPost(ctx, r.postId);
  await inTransaction(ctx, async (tx) => {
    await updateReport(tx.db, id, {
      status: input.action === 'uphold' ? 'upheld' : 'dismissed',
      handledBy: tx.actor.id,
      handledByName: tx.actor.displayName,
      handledAt: tx.now,
      note,
    });
    await recordAudit(tx, {
      action: `portal.board.report.${input.action}`,
      objectType: 'portal_board_report',
      objectId: id,
      detail: { postId: r.postId, note },
    });
    if (input.action === 'uphold' && post.status === 'published')
      await moderate(
        tx,
        r.postId,
        ['published'],
        'hidden',
        `举报属实：${r.reason}${note ? `；${note}` : ''}`,
        '屏蔽',
      );
  });
  const after = (await findReport(ctx.db, id))!;
  return presentReport(after, await mustFindPost(ctx, r.postId));
}

export type { PostRow, ReportRow };
