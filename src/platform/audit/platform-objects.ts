// The platform's own audit object types (审计对象): accounts, roles, settings and the three-admin
// approvals resolved to their names; the rest named only (their ids are keys, not uuids: a route,
// a reminder's key). Modules list theirs in their Module (auditObjects).
import { eq, inArray } from 'drizzle-orm';
import { accounts, adminApprovals, roles } from '../access/access.table.ts';
import { APPROVAL_KIND_LABELS } from '../access/approvals.service.ts';
import { listSettingDefs } from '../settings/settings.service.ts';
import type { AuditObjectLabel, AuditObjectTable } from './objects.ts';
import { uuidsOf } from './objects.ts';

const who = (a: { displayName: string; username: string }) =>
  a.displayName === a.username ? a.displayName : `${a.displayName}（${a.username}）`;

export const PLATFORM_AUDIT_OBJECTS: AuditObjectTable = {
  account: {
    name: '账号',
    open: 'system:accounts',
    async resolve(ctx, ids) {
      const uuids = uuidsOf(ids);
      if (!uuids.length) return new Map();
      const rows = await ctx.db
        .select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName })
        .from(accounts)
        .where(inArray(accounts.id, uuids));
      return new Map(rows.map((r) => [r.id, { label: who(r), link: `/admin/accounts?id=${r.id}` }]));
    },
  },
  role: {
    name: '角色',
    open: 'security:roles',
    async resolve(ctx, ids) {
      const uuids = uuidsOf(ids);
      if (!uuids.length) return new Map();
      const rows = await ctx.db
        .select({ id: roles.id, name: roles.name, code: roles.code })
        .from(roles)
        .where(inArray(roles.id, uuids));
      return new Map(rows.map((r) => [r.id, { label: `${r.name}（${r.code}）`, link: '/admin/roles' }]));
    },
  },
  approval: {
    name: '三员变更申请',
    // The approvals page is open to the audit admin (三员分立: the auditor sees every proposal).
    open: 'audit:read',
    async resolve(ctx, ids) {
      const uuids = uuidsOf(ids);
      if (!uuids.length) return new Map();
      const rows = await ctx.db
        .select({
          id: adminApprovals.id,
          kind: adminApprovals.kind,
          username: accounts.username,
          displayName: accounts.displayName,
        })
        .from(adminApprovals)
        .innerJoin(accounts, eq(accounts.id, adminApprovals.accountId))
        .where(inArray(adminApprovals.id, uuids));
      return new Map(
        rows.map((r) => [
          r.id,
          {
            label: `${APPROVAL_KIND_LABELS[r.kind] ?? r.kind}：${who(r)}`,
            link: '/admin/approvals?status=all',
          },
        ]),
      );
    },
  },
  setting: {
    name: '系统设置',
    open: 'system:settings',
    // The key names the setting; its label is in the registry, no query needed.
    async resolve(_ctx, ids) {
      const defs = new Map(listSettingDefs().map((d) => [d.key, d.label]));
      const out = new Map<string, AuditObjectLabel>();
      for (const id of ids) {
        const label = defs.get(id);
        if (label) out.set(id, { label, link: '/admin/settings' });
      }
      return out;
    },
  },
  audit_log: { name: '审计日志' },
  route: { name: '接口' },
  system: { name: '系统' },
  calendar: { name: '工作日历' },
  calendar_year: { name: '年度工作日历' },
  clock: { name: '期限计时' },
  notification: { name: '站内消息' },
  reminder: { name: '提醒' },
  stored_file: { name: '文件' },
};
