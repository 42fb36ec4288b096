import { describe, expect, it } from 'vitest';
import type { Permissions } from '../auth/access.ts';
import { menuFor, type NavPage, pageFor } from './menu.ts';

const PAGES: NavPage[] = [
  { path: '/', title: '工作台首页', audience: 'everyone' },
  { path: '/inbox', title: '消息中心', audience: 'everyone' },
  { path: '/calendar', title: '工作日历', audience: 'business', permissions: ['system:calendar'] },
  {
    path: '/units',
    title: '单位管理',
    group: '组织机构',
    audience: 'permission',
    permissions: ['system:units'],
  },
  {
    path: '/accounts',
    title: '账号管理',
    group: '账号与权限',
    audience: 'permission',
    permissions: ['system:accounts', 'security:grants'],
  },
  {
    path: '/roles',
    title: '角色与权限',
    group: '账号与权限',
    audience: 'permission',
    permissions: ['security:roles'],
  },
  {
    path: '/audit',
    title: '审计日志',
    group: '安全审计',
    audience: 'permission',
    permissions: ['audit:read'],
  },
  {
    path: '/letters',
    title: '信件办理',
    group: '互动交流',
    audience: 'permission',
    permissions: ['interaction:reply'],
  },
];

const titles = (me: Permissions) => menuFor(PAGES, me).map((g) => [g.group, g.pages.map((p) => p.title)]);

describe('side menu by permission (三员分立)', () => {
  it('a business user sees the shared pages and the business pages they hold, no admin pages', () => {
    const clerk: Permissions = {
      adminKind: null,
      permissions: { 'notify:self': 'self', 'interaction:reply': 'unit' },
    };
    expect(titles(clerk)).toEqual([
      [null, ['工作台首页', '消息中心', '工作日历']],
      ['互动交流', ['信件办理']],
    ]);
  });

  it('the security admin sees accounts and roles, not the calendar every business user has', () => {
    const sec: Permissions = {
      adminKind: 'security',
      permissions: { 'notify:self': 'self', 'security:grants': 'all', 'security:roles': 'all' },
    };
    expect(titles(sec)).toEqual([
      [null, ['工作台首页', '消息中心']],
      ['账号与权限', ['账号管理', '角色与权限']],
    ]);
  });

  it('the system admin sees the calendar because they maintain it', () => {
    const sys: Permissions = {
      adminKind: 'system',
      permissions: { 'system:calendar': 'all', 'system:units': 'all', 'system:accounts': 'all' },
    };
    expect(titles(sys)).toEqual([
      [null, ['工作台首页', '消息中心', '工作日历']],
      ['组织机构', ['单位管理']],
      ['账号与权限', ['账号管理']],
    ]);
  });

  it('the audit admin sees only the audit log besides home and inbox', () => {
    const audit: Permissions = {
      adminKind: 'audit',
      permissions: { 'audit:read': 'all', 'audit:verify': 'all' },
    };
    expect(titles(audit)).toEqual([
      [null, ['工作台首页', '消息中心']],
      ['安全审计', ['审计日志']],
    ]);
  });

  it('nobody signed in sees nothing', () => {
    expect(menuFor(PAGES, null)).toEqual([]);
  });
});

describe('which page a location belongs to (breadcrumb, highlighted menu item)', () => {
  it('matches the page and its sub-paths, home only exactly', () => {
    expect(pageFor(PAGES, '/')?.title).toBe('工作台首页');
    expect(pageFor(PAGES, '/accounts')?.title).toBe('账号管理');
    expect(pageFor(PAGES, '/accounts/123')?.title).toBe('账号管理');
    expect(pageFor(PAGES, '/accountsx')).toBeUndefined();
    expect(pageFor(PAGES, '/nowhere')).toBeUndefined();
  });

  it('a detail page registered with a :param wins over its list, and covers only its own depth', () => {
    const pages: NavPage[] = [
      { path: '/info/review', title: '信息审核采用', audience: 'everyone' },
      { path: '/info/items/:id', title: '政务信息', hidden: true, audience: 'everyone' },
      { path: '/info/items/:id/edit', title: '修改信息', hidden: true, audience: 'everyone' },
      { path: '/supervision', title: '督办事项', audience: 'everyone' },
      { path: '/supervision/items/:id', title: '督办事项详情', hidden: true, audience: 'everyone' },
    ];
    expect(pageFor(pages, '/info/items/9f1c')?.title).toBe('政务信息');
    expect(pageFor(pages, '/info/items/9f1c/edit')?.title).toBe('修改信息');
    expect(pageFor(pages, '/info/items')).toBeUndefined();
    expect(pageFor(pages, '/info/items/')).toBeUndefined();
    expect(pageFor(pages, '/supervision/items/9f1c')?.title).toBe('督办事项详情');
    // Without the hidden pages (the menu's highlight), the list the detail belongs to.
    expect(
      pageFor(
        pages.filter((p) => !p.hidden),
        '/supervision/items/9f1c',
      )?.title,
    ).toBe('督办事项');
  });
});
