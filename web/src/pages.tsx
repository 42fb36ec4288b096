// Every page of the workbench: its route, menu place, icon and who may open it. A module adds
// its pages here; the side menu, breadcrumbs and route guards all read this one list.
import {
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import { HARVEST_MENU_GROUP_ICONS, HARVEST_PAGES } from './features/harvest/pages.tsx';
import { INFO_MENU_GROUP_ICONS, INFO_PAGES } from './features/info/pages.tsx';
import { INTERACTION_MENU_GROUP_ICONS, INTERACTION_PAGES } from './features/interaction/pages.tsx';
import { OPENNESS_MENU_GROUP_ICONS, OPENNESS_PAGES } from './features/openness/pages.tsx';
import { PORTAL_MENU_GROUP_ICONS, PORTAL_PAGES } from './features/portal/pages.tsx';
import { PORTAL_OPS_PAGES } from './features/portal-ops/pages.tsx';
import { SERVICES_MENU_GROUP_ICONS, SERVICES_PAGES } from './features/services/pages.tsx';
import { SUPERVISION_MENU_GROUP_ICONS, SUPERVISION_PAGES } from './features/supervision/pages.tsx';
import type { NavPage } from './layout/menu.ts';

export interface AppPage extends NavPage {
  icon?: ReactNode;
  component: LazyExoticComponent<ComponentType>;
}

export const PAGES: AppPage[] = [
  {
    path: '/',
    title: '工作台首页',
    audience: 'everyone',
    icon: <HomeOutlined />,
    component: lazy(() => import('./home/HomePage.tsx')),
  },
  {
    path: '/inbox',
    title: '消息中心',
    audience: 'everyone',
    icon: <BellOutlined />,
    component: lazy(() => import('./features/notifications/InboxPage.tsx')),
  },
  ...PORTAL_PAGES,
  ...PORTAL_OPS_PAGES,
  ...SERVICES_PAGES,
  ...HARVEST_PAGES,
  ...OPENNESS_PAGES,
  ...INTERACTION_PAGES,
  ...INFO_PAGES,
  ...SUPERVISION_PAGES,
  {
    path: '/calendar',
    title: '工作日历',
    audience: 'business',
    permissions: ['system:calendar'],
    icon: <CalendarOutlined />,
    component: lazy(() => import('./features/calendar/CalendarPage.tsx')),
  },
  {
    path: '/units',
    title: '单位管理',
    group: '组织机构',
    audience: 'permission',
    permissions: ['system:units'],
    icon: <ApartmentOutlined />,
    component: lazy(() => import('./features/org/UnitsPage.tsx')),
  },
  {
    path: '/people',
    title: '人员与领导分管',
    group: '组织机构',
    audience: 'permission',
    permissions: ['system:people'],
    icon: <TeamOutlined />,
    component: lazy(() => import('./features/org/PeoplePage.tsx')),
  },
  {
    path: '/accounts',
    title: '账号管理',
    group: '账号与权限',
    audience: 'permission',
    permissions: ['system:accounts', 'security:grants', 'security:lockouts'],
    icon: <UserOutlined />,
    component: lazy(() => import('./features/accounts/AccountsPage.tsx')),
  },
  {
    path: '/approvals',
    title: '双人审批',
    group: '账号与权限',
    audience: 'permission',
    // Each of the three administrators holds one of these (三员分立).
    permissions: ['system:accounts', 'security:grants', 'audit:read'],
    icon: <SafetyCertificateOutlined />,
    component: lazy(() => import('./features/accounts/ApprovalsPage.tsx')),
  },
  {
    path: '/counter-reset',
    title: '窗口重置密码',
    group: '账号与权限',
    audience: 'permission',
    permissions: ['accounts:counter-reset'],
    icon: <UserOutlined />,
    component: lazy(() => import('./features/accounts/CounterResetPage.tsx')),
  },
  {
    path: '/roles',
    title: '角色与权限',
    group: '账号与权限',
    audience: 'permission',
    permissions: ['security:roles'],
    icon: <SafetyCertificateOutlined />,
    component: lazy(() => import('./features/roles/RolesPage.tsx')),
  },
  {
    path: '/audit',
    title: '审计日志',
    group: '安全审计',
    audience: 'permission',
    permissions: ['audit:read'],
    icon: <AuditOutlined />,
    component: lazy(() => import('./features/audit/AuditPage.tsx')),
  },
  {
    path: '/settings',
    title: '系统设置',
    group: '系统',
    audience: 'permission',
    permissions: ['system:settings'],
    icon: <SettingOutlined />,
    component: lazy(() => import('./features/settings/SettingsPage.tsx')),
  },
];

export const MENU_GROUP_ICONS: Record<string, ReactNode> = {
  ...PORTAL_MENU_GROUP_ICONS,
  ...SERVICES_MENU_GROUP_ICONS,
  ...HARVEST_MENU_GROUP_ICONS,
  ...OPENNESS_MENU_GROUP_ICONS,
  ...SUPERVISION_MENU_GROUP_ICONS,
  ...INTERACTION_MENU_GROUP_ICONS,
  ...INFO_MENU_GROUP_ICONS,
  组织机构: <ApartmentOutlined />,
  账号与权限: <SafetyCertificateOutlined />,
  安全审计: <AuditOutlined />,
  系统: <SettingOutlined />,
};
