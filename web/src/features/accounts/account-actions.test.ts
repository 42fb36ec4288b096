import { describe, expect, it } from 'vitest';
import type { Account, Me } from '../../api/types.ts';
import { actionsFor } from './account-actions.ts';

const account = (over: Partial<Account> = {}): Account => ({
  id: 'a1',
  kind: 'staff',
  username: 'window',
  displayName: '何丽娟',
  unitId: 'u1',
  status: 'active',
  locked: false,
  lockedUntil: null,
  locks: [],
  mustChangePassword: false,
  totpEnabled: false,
  idNumberMask: null,
  creditCode: null,
  phoneMask: null,
  lastLoginAt: null,
  roles: [],
  ...over,
});

const sys: Pick<Me, 'id' | 'permissions' | 'adminKind'> = {
  id: 'sys',
  adminKind: 'system',
  permissions: { 'system:accounts': 'all' },
};
const sec: Pick<Me, 'id' | 'permissions' | 'adminKind'> = {
  id: 'sec',
  adminKind: 'security',
  permissions: { 'security:grants': 'all', 'security:lockouts': 'all' },
};
const labels = (me: typeof sys, a: Account) => actionsFor(me, a).map((x) => x.label);

describe('account actions shown by permission', () => {
  it('the system admin edits and disables, never grants or resets', () => {
    expect(labels(sys, account())).toEqual(['修改', '停用']);
    expect(labels(sys, account({ status: 'disabled' }))).toEqual(['修改', '启用']);
  });

  it('the security admin grants, resets and forces sign-out; unlock comes first when locked', () => {
    expect(labels(sec, account())).toEqual(['授权', '重置口令', '强制下线']);
    expect(labels(sec, account({ locked: true }))).toEqual(['解锁', '授权', '重置口令', '强制下线']);
  });

  it('public accounts get no roles', () => {
    expect(labels(sec, account({ kind: 'citizen' }))).toEqual(['重置口令', '强制下线']);
  });

  it('an administrator account is reset only through two-person approval (三员分立)', () => {
    const admin = account({
      roles: [{ id: 'r', code: 'sysadmin', name: '系统管理员', adminKind: 'system' }],
    });
    expect(labels(sec, admin)).toEqual(['授权', '双人审批…', '强制下线']);
    expect(labels(sys, account({ id: 'x', roles: admin.roles }))).toEqual(['修改', '停用', '双人审批…']);
  });

  it('nobody grants themselves roles, disables or resets themselves', () => {
    expect(labels(sec, account({ id: 'sec' }))).toEqual([]);
    expect(labels(sys, account({ id: 'sys' }))).toEqual(['修改']);
  });
});
