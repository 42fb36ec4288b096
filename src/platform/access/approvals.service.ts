// Two-person approval for the three administrators (三员分立·双人审批). Who holds an administrator
// role, and an administrator's password, second factor and email, change only when one
// administrator proposes and another confirms; neither may be the account concerned. Each step is
// announced to every administrator (inbox and email) and audited. A confirmed reset never shows the
// confirming or the proposing administrator anything usable: the owner receives a one-time code.
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { AuditAction } from '../audit/actions.ts';
import { recordAudit, recordAuditAlone } from '../audit/audit.service.ts';
import { contactOf, issueCode } from '../auth/one-time-codes.ts';
import { forgetSessions } from '../auth/session-cache.ts';
import { revokeAccountSessions } from '../auth/sessions.ts';
import { formatInstant } from '../calendar/china-date.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { AppError, notFound, validationError } from '../errors.ts';
import { notify } from '../notify/index.ts';
import {
  type ApprovalKind,
  type ApprovalStatus,
  accountRoles,
  accounts,
  adminApprovals,
  roles,
} from './access.table.ts';
import type { AccountRow } from './actor.ts';
import { administratorIds } from './admins.ts';
import { ForbiddenError } from './policy.ts';

export const APPROVAL_KIND_LABELS: Record<ApprovalKind, string> = {
  'grant-admin': '授予管理员角色',
  'revoke-admin': '撤销管理员角色',
  'reset-password': '重置管理员口令',
  'reset-totp': '重置管理员动态口令',
  'set-email': '变更管理员电子邮箱',
};

export const APPROVAL_STATUS_LABELS: Record<ApprovalStatus, string> = {
  pending: '待确认',
  confirmed: '已确认生效',
  rejected: '已驳回',
  cancelled: '已撤回',
  expired: '已过期作废',
};

type Row = typeof adminApprovals.$inferSelect;
type Role = typeof roles.$inferSelect;
interface Person {
  id: string;
  username: string;
  displayName: string;
}

export interface ApprovalView {
  id: string;
  kind: ApprovalKind;
  kindLabel: string;
  summary: string;
  account: Person;
  role: { id: string; code: string; name: string } | null;
  email: string | null;
  reason: string;
  status: ApprovalStatus;
  statusLabel: string;
  proposedBy: Person;
  proposedAt: string;
  expiresAt: string;
  decidedBy: Person | null;
  decidedAt: string | null;
  decisionNote: string | null;
  /** What the signed-in administrator may do with it now. */
  canConfirm: boolean;
  canReject: boolean;
  canCancel: boolean;
}

export interface ProposalInput {
  kind: ApprovalKind;
  accountId: string;
  roleId?: string | null;
  email?: string | null;
  reason: string;
}

/** Only the three administrators propose, confirm, reject and see these. */
function requireAdministrator(ctx: Ctx): string {
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED');
  if (!ctx.actor.adminKind)
    throw new ForbiddenError('security:approvals', '只有系统管理员、安全管理员、审计管理员可以办理双人审批');
  return ctx.actor.id;
}

const who = (a: Pick<AccountRow, 'displayName' | 'username'>) => `${a.displayName}（${a.username}）`;

function summaryOf(
  kind: ApprovalKind,
  account: Pick<AccountRow, 'displayName' | 'username'>,
  role: Role | null,
  email: string | null,
) {
  switch (kind) {
    case 'grant-admin':
      return `授予 ${who(account)} ${role?.name ?? '管理员'}角色`;
    case 'revoke-admin':
      return `撤销 ${who(account)} 的${role?.name ?? '管理员'}角色`;
    case 'reset-password':
      return `重置 ${who(account)} 的口令（重置码只发给本人）`;
    case 'reset-totp':
      return `重置 ${who(account)} 的动态口令（本人凭绑定码重新绑定）`;
    case 'set-email':
      return `将 ${who(account)} 的电子邮箱改为 ${email ?? '（空）'}`;
  }
}

async function loadTarget(ctx: Ctx, accountId: string) {
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1);
  if (!account) throw notFound('ACCOUNT_NOT_FOUND', '账号不存在');
  const held = await ctx.db
    .select({ role: roles })
    .from(accountRoles)
    .innerJoin(roles, eq(roles.id, accountRoles.roleId))
    .where(eq(accountRoles.accountId, accountId));
  return { account, roles: held.map((h) => h.role) };
}

/** Whether the change can be made to the account as it is now; throws naming the field. */
async function checkChange(
  ctx: Ctx,
  input: ProposalInput,
): Promise<{ account: AccountRow; role: Role | null }> {
  const { account, roles: held } = await loadTarget(ctx, input.accountId);
  if (account.kind !== 'staff') throw validationError('accountId', '双人审批只用于工作人员账号');
  const adminRole = held.find((r) => r.adminKind) ?? null;
  let role: Role | null = null;
  if (input.kind === 'grant-admin' || input.kind === 'revoke-admin') {
    if (!input.roleId) throw validationError('roleId', '请选择管理员角色');
    [role] = await ctx.db.select().from(roles).where(eq(roles.id, input.roleId));
    if (!role?.adminKind) throw validationError('roleId', '只能选择系统管理员、安全管理员或审计管理员角色');
  }
  switch (input.kind) {
    case 'grant-admin':
      if (account.status !== 'active') throw validationError('accountId', '该账号已停用');
      if (held.length)
        throw validationError(
          'accountId',
          `该账号仍持有角色（${held.map((r) => r.name).join('、')}）：管理员账号不得兼任其他角色，请先撤销`,
        );
      if (!contactOf(account))
        throw validationError(
          'accountId',
          '该账号未登记电子邮箱或手机号码：首次登录时须向本人发送动态口令绑定码，请先登记',
        );
      break;
    case 'revoke-admin':
      if (!held.some((r) => r.id === role!.id))
        throw validationError('roleId', `该账号没有${role!.name}角色`);
      break;
    case 'reset-password':
    case 'reset-totp':
      if (!adminRole)
        throw validationError('accountId', '该账号不是管理员账号：请由安全管理员在账号管理中直接办理');
      if (!contactOf(account))
        throw validationError(
          'accountId',
          '该账号未登记电子邮箱或手机号码，无法把一次性码只发给本人：请先申请变更电子邮箱',
        );
      break;
    case 'set-email':
      if (!adminRole)
        throw validationError('accountId', '该账号不是管理员账号：请由系统管理员在账号管理中直接修改');
      if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email))
        throw validationError('email', '电子邮箱格式不正确');
      if ((input.email ?? null) === account.email) throw validationError('email', '新的电子邮箱与现在的相同');
      break;
  }
  return { account, role };
}

async function announce(ctx: Ctx, title: string, body: string, id: string) {
  await notify(ctx, {
    accountIds: await administratorIds(ctx.db),
    category: 'security',
    title,
    body,
    link: `/admin/approvals?id=${id}`,
    email: true,
  });
}

/** Audits a refusal in a transaction of its own, then throws it. */
async function refused(ctx: Ctx, action: AuditAction, objectId: string | null, e: unknown): Promise<never> {
  // Denials are audited by the HTTP layer (access.denied); the other refusals here.
  if (e instanceof AppError && !(e instanceof ForbiddenError))
    await recordAuditAlone(ctx, {
      action,
      result: 'failure',
      objectType: 'approval',
      objectId,
      detail: { reason: e.code, message: e.message },
    });
  throw e;
}

/** One administrator proposes; the change waits for another's confirmation. */
export async function proposeApproval(ctx: Ctx, input: ProposalInput): Promise<ApprovalView> {
  try {
    const me = requireAdministrator(ctx);
    if (input.accountId === me)
      throw new ForbiddenError('security:approvals', '不能为自己的账号提出申请：请由另一位管理员提出');
    const reason = input.reason.trim();
    if (reason.length < 4) throw validationError('reason', '事由：请写明原因（至少 4 个字）');
    return await inTransaction(ctx, async (tx) => {
      const { account, role } = await checkChange(tx, input);
      const [open] = await tx.db
        .select({ id: adminApprovals.id })
        .from(adminApprovals)
        .where(
          and(
            eq(adminApprovals.accountId, input.accountId),
            eq(adminApprovals.kind, input.kind),
            eq(adminApprovals.status, 'pending'),
          ),
        );
      if (open && (await isLive(tx, open.id)))
        throw new AppError('CONFLICT', { message: '该账号已有一项同类的待确认申请，请先确认、驳回或撤回' });
      const [row] = await tx.db
        .insert(adminApprovals)
        .values({
          kind: input.kind,
          accountId: input.accountId,
          roleId: role?.id ?? null,
          email: input.kind === 'set-email' ? input.email?.trim() || null : null,
          reason,
          proposedBy: me,
          proposedAt: tx.now,
          expiresAt: new Date(tx.now.getTime() + tx.deps.config.APPROVAL_HOURS * 3_600_000),
        })
        .returning();
      const summary = summaryOf(row.kind, account, role, row.email);
      await recordAudit(tx, {
        action: 'approval.propose',
        objectType: 'approval',
        objectId: row.id,
        detail: { kind: row.kind, accountId: account.id, roleCode: role?.code ?? null, reason },
      });
      await announce(
        tx,
        `【双人审批】待确认：${summary}`,
        `${tx.actor.displayName}（${tx.actor.username}）于 ${formatInstant(tx.now)} 提出：${summary}。事由：${reason}。须由另一位管理员确认后生效，${tx.deps.config.APPROVAL_HOURS} 小时内未确认即作废。`,
        row.id,
      );
      return (await present(tx, [row]))[0];
    });
  } catch (e) {
    return refused(ctx, 'approval.propose', null, e);
  }
}

async function isLive(ctx: Ctx, id: string): Promise<boolean> {
  const [row] = await ctx.db.select().from(adminApprovals).where(eq(adminApprovals.id, id));
  if (row?.status !== 'pending') return false;
  if (row.expiresAt > ctx.now) return true;
  await ctx.db.update(adminApprovals).set({ status: 'expired' }).where(eq(adminApprovals.id, id));
  return false;
}

/**
 * Locks the approval and checks it is still pending and in time. `mayAct` runs first, so someone who
 * may not act on it at all is told that, whatever state it is in.
 */
async function lockPending(ctx: Ctx, id: string, mayAct?: (row: Row) => void): Promise<Row> {
  const [row] = await ctx.db.select().from(adminApprovals).where(eq(adminApprovals.id, id)).for('update');
  if (!row) throw notFound('APPROVAL_NOT_FOUND', '未找到该审批申请');
  mayAct?.(row);
  if (row.status === 'pending' && row.expiresAt <= ctx.now)
    throw new AppError('APPROVAL_STATE', { message: '该申请已过期作废，请重新提出' });
  if (row.status !== 'pending')
    throw new AppError('APPROVAL_STATE', {
      message: `该申请${APPROVAL_STATUS_LABELS[row.status]}，不能再次办理`,
    });
  return row;
}

/** Another administrator confirms: the change is made, in the same transaction. */
export async function confirmApproval(ctx: Ctx, id: string, note?: string): Promise<ApprovalView> {
  try {
    const me = requireAdministrator(ctx);
    return await inTransaction(ctx, async (tx) => {
      const row = await lockPending(tx, id, (r) => {
        if (r.proposedBy === me)
          throw new ForbiddenError('security:approvals', '不能确认自己提出的申请：须由另一位管理员确认');
        if (r.accountId === me)
          throw new ForbiddenError('security:approvals', '不能确认与自己账号有关的申请');
      });
      const { account, role } = await checkChange(tx, row);
      const applied = await apply(tx, row, account, role);
      const [done] = await tx.db
        .update(adminApprovals)
        .set({ status: 'confirmed', decidedBy: me, decidedAt: tx.now, decisionNote: note?.trim() || null })
        .where(eq(adminApprovals.id, id))
        .returning();
      const summary = summaryOf(row.kind, account, role, row.email);
      await recordAudit(tx, {
        action: 'approval.confirm',
        objectType: 'approval',
        objectId: id,
        detail: { kind: row.kind, accountId: account.id, proposedBy: row.proposedBy, ...applied },
      });
      await announce(
        tx,
        `【双人审批】已生效：${summary}`,
        `${tx.actor.displayName}（${tx.actor.username}）于 ${formatInstant(tx.now)} 确认了申请：${summary}。${applied.told ?? ''}`,
        id,
      );
      return (await present(tx, [done]))[0];
    });
  } catch (e) {
    return refused(ctx, 'approval.confirm', id, e);
  }
}

/** Makes the confirmed change; returns what the audit record and the announcement should say. */
async function apply(
  tx: Ctx,
  row: Row,
  account: AccountRow,
  role: Role | null,
): Promise<{ told?: string; sessions?: number }> {
  const sessions = () => revokeAccountSessions(tx, account.id, `approval-${row.kind}`);
  switch (row.kind) {
    case 'grant-admin':
      await tx.db
        .insert(accountRoles)
        .values({ accountId: account.id, roleId: role!.id, grantedBy: tx.actor.id, grantedAt: tx.now });
      await recordAudit(tx, {
        action: 'account.roles.grant-admin',
        objectType: 'account',
        objectId: account.id,
        detail: { role: role!.code, approval: row.id, proposedBy: row.proposedBy },
      });
      return {
        sessions: await sessions(),
        told: account.totpEnabled
          ? '该账号已绑定动态口令，下次登录时按新角色使用。'
          : '该账号下次登录时须绑定动态口令，绑定码将发给本人。',
      };
    case 'revoke-admin':
      await tx.db
        .delete(accountRoles)
        .where(and(eq(accountRoles.accountId, account.id), eq(accountRoles.roleId, role!.id)));
      await recordAudit(tx, {
        action: 'account.roles.revoke-admin',
        objectType: 'account',
        objectId: account.id,
        detail: { role: role!.code, approval: row.id, proposedBy: row.proposedBy },
      });
      forgetSessions();
      return { sessions: await sessions() };
    case 'reset-password': {
      const contact = contactOf(account)!;
      const hours = tx.deps.config.ENROL_CODE_HOURS;
      await issueCode(tx, {
        account,
        purpose: 'password-reset',
        kind: 'letters',
        validMinutes: hours * 60,
        channel: contact.channel,
        sentTo: contact.sentTo,
        issuedBy: tx.actor.id,
        send: {
          title: '管理员口令重置码',
          body: (code) =>
            `经双人审批，您的管理员账号 ${account.username} 的口令重置已获确认。重置码 ${code}，${hours} 小时内有效：请在工作台登录页选择“凭重置码设置新口令”。如非本人申请，请立即联系其他管理员。`,
        },
      });
      await recordAudit(tx, {
        action: 'account.password.reset',
        objectType: 'account',
        objectId: account.id,
        detail: { approval: row.id, codeSentTo: contact.sentTo },
      });
      return { sessions: await sessions(), told: `重置码已发往本人登记的 ${contact.sentTo}。` };
    }
    case 'reset-totp': {
      await tx.db
        .update(accounts)
        .set({ totpEnabled: false, totpSecretEnc: null, totpLastStep: null, updatedAt: tx.now })
        .where(eq(accounts.id, account.id));
      await recordAudit(tx, {
        action: 'account.totp.reset',
        objectType: 'account',
        objectId: account.id,
        detail: { approval: row.id },
      });
      return {
        sessions: await sessions(),
        told: `本人下次登录时，动态口令绑定码将发往 ${contactOf(account)!.sentTo}。`,
      };
    }
    case 'set-email':
      await tx.db
        .update(accounts)
        .set({ email: row.email, updatedAt: tx.now })
        .where(eq(accounts.id, account.id));
      await recordAudit(tx, {
        action: 'account.update',
        objectType: 'account',
        objectId: account.id,
        detail: { before: { email: account.email }, patch: { email: row.email }, approval: row.id },
      });
      if (account.email)
        await notify(tx, {
          accountIds: [account.id],
          category: 'security',
          title: '您的管理员账号电子邮箱已变更',
          body: `经双人审批，您的账号 ${account.username} 的电子邮箱已改为 ${row.email ?? '（空）'}。如非本人申请，请立即联系其他管理员。`,
          email: true,
          sms: true,
        });
      return {};
  }
}

/** Any administrator but the proposer turns it down, with a reason. */
export async function rejectApproval(ctx: Ctx, id: string, note: string): Promise<ApprovalView> {
  try {
    const me = requireAdministrator(ctx);
    if (note.trim().length < 2) throw validationError('note', '驳回理由：必填');
    return await inTransaction(ctx, async (tx) => {
      const row = await lockPending(tx, id, (r) => {
        if (r.proposedBy === me)
          throw new ForbiddenError('security:approvals', '提出人不能驳回自己的申请：请使用“撤回”');
      });
      const [done] = await tx.db
        .update(adminApprovals)
        .set({ status: 'rejected', decidedBy: me, decidedAt: tx.now, decisionNote: note.trim() })
        .where(eq(adminApprovals.id, id))
        .returning();
      const [view] = await present(tx, [done]);
      await recordAudit(tx, {
        action: 'approval.reject',
        objectType: 'approval',
        objectId: id,
        detail: { kind: row.kind, accountId: row.accountId, note: note.trim() },
      });
      await announce(
        tx,
        `【双人审批】已驳回：${view.summary}`,
        `${tx.actor.displayName}（${tx.actor.username}）驳回了申请：${view.summary}。理由：${note.trim()}`,
        id,
      );
      return view;
    });
  } catch (e) {
    return refused(ctx, 'approval.reject', id, e);
  }
}

/** The proposer withdraws a pending proposal. */
export async function cancelApproval(ctx: Ctx, id: string): Promise<ApprovalView> {
  try {
    const me = requireAdministrator(ctx);
    return await inTransaction(ctx, async (tx) => {
      const row = await lockPending(tx, id, (r) => {
        if (r.proposedBy !== me) throw new ForbiddenError('security:approvals', '只有提出人可以撤回申请');
      });
      const [done] = await tx.db
        .update(adminApprovals)
        .set({ status: 'cancelled', decidedBy: me, decidedAt: tx.now })
        .where(eq(adminApprovals.id, id))
        .returning();
      const [view] = await present(tx, [done]);
      await recordAudit(tx, {
        action: 'approval.cancel',
        objectType: 'approval',
        objectId: id,
        detail: { kind: row.kind, accountId: row.accountId },
      });
      await announce(tx, `【双人审批】已撤回：${view.summary}`, `提出人撤回了申请：${view.summary}。`, id);
      return view;
    });
  } catch (e) {
    return refused(ctx, 'approval.cancel', id, e);
  }
}

export async function listApprovals(
  ctx: Ctx,
  q: { status?: ApprovalStatus; accountId?: string; page: number; pageSize: number },
): Promise<{ total: number; items: ApprovalView[] }> {
  requireAdministrator(ctx);
  const where: SQL[] = [];
  if (q.status === 'pending' || q.status === 'expired') where.push(eq(adminApprovals.status, 'pending'));
  else if (q.status) where.push(eq(adminApprovals.status, q.status));
  if (q.accountId) where.push(eq(adminApprovals.accountId, q.accountId));
  const rows = await ctx.db
    .select()
    .from(adminApprovals)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(adminApprovals.proposedAt));
  let views = await present(ctx, rows);
  if (q.status) views = views.filter((v) => v.status === q.status);
  return {
    total: views.length,
    items: views.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
  };
}

export async function getApproval(ctx: Ctx, id: string): Promise<ApprovalView> {
  requireAdministrator(ctx);
  const [row] = await ctx.db.select().from(adminApprovals).where(eq(adminApprovals.id, id));
  if (!row) throw notFound('APPROVAL_NOT_FOUND', '未找到该审批申请');
  return (await present(ctx, [row]))[0];
}

async function present(ctx: Ctx, rows: Row[]): Promise<ApprovalView[]> {
  const ids = [
    ...new Set(rows.flatMap((r) => [r.accountId, r.proposedBy, r.decidedBy].filter(Boolean) as string[])),
  ];
  const people = ids.length
    ? await ctx.db
        .select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName })
        .from(accounts)
        .where(inArray(accounts.id, ids))
    : [];
  const roleIds = [...new Set(rows.map((r) => r.roleId).filter(Boolean) as string[])];
  const roleRows = roleIds.length ? await ctx.db.select().from(roles).where(inArray(roles.id, roleIds)) : [];
  const person = (id: string): Person =>
    people.find((p) => p.id === id) ?? { id, username: '（已删除）', displayName: '（已删除）' };
  const me = ctx.actor.id;
  return rows.map((r) => {
    const role = roleRows.find((x) => x.id === r.roleId) ?? null;
    const account = person(r.accountId);
    const status: ApprovalStatus = r.status === 'pending' && r.expiresAt <= ctx.now ? 'expired' : r.status;
    const pending = status === 'pending';
    return {
      id: r.id,
      kind: r.kind,
      kindLabel: APPROVAL_KIND_LABELS[r.kind],
      summary: summaryOf(r.kind, account, role, r.email),
      account,
      role: role && { id: role.id, code: role.code, name: role.name },
      email: r.email,
      reason: r.reason,
      status,
      statusLabel: APPROVAL_STATUS_LABELS[status],
      proposedBy: person(r.proposedBy),
      proposedAt: r.proposedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      decidedBy: r.decidedBy ? person(r.decidedBy) : null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      decisionNote: r.decisionNote,
      canConfirm: pending && Boolean(ctx.actor.adminKind) && me !== r.proposedBy && me !== r.accountId,
      canReject: pending && Boolean(ctx.actor.adminKind) && me !== r.proposedBy,
      canCancel: pending && me === r.proposedBy,
    };
  });
}
