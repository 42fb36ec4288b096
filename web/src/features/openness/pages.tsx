// Government openness' workbench pages, listed in the workbench's page registry (pages.tsx), in
// their own menu group (政务公开).
import {
  AuditOutlined,
  BookOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  MoneyCollectOutlined,
  NotificationOutlined,
  ReadOutlined,
} from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { AppPage } from '../../pages.tsx';

const GROUP = '政务公开';

export const OPENNESS_PAGES: AppPage[] = [
  {
    path: '/openness/catalogue',
    title: '政府信息公开目录',
    group: GROUP,
    audience: 'permission',
    permissions: ['openness:read'],
    icon: <FileSearchOutlined />,
    component: lazy(() => import('./CataloguePage.tsx')),
  },
  {
    path: '/openness/guide',
    title: '政府信息公开指南',
    group: GROUP,
    audience: 'permission',
    permissions: ['openness:read'],
    icon: <BookOutlined />,
    component: lazy(() => import('./GuidePage.tsx')),
  },
  {
    path: '/openness/laws',
    title: '政策法规库',
    group: GROUP,
    audience: 'permission',
    permissions: ['openness:read'],
    icon: <ReadOutlined />,
    component: lazy(() => import('./LawsPage.tsx')),
  },
  {
    path: '/openness/fees',
    title: '行政事业性收费',
    group: GROUP,
    audience: 'permission',
    permissions: ['openness:read'],
    icon: <MoneyCollectOutlined />,
    component: lazy(() => import('./FeesPage.tsx')),
  },
  {
    path: '/openness/notices',
    title: '公示',
    group: GROUP,
    audience: 'permission',
    permissions: ['openness:read'],
    icon: <NotificationOutlined />,
    component: lazy(() => import('./NoticesPage.tsx')),
  },
  {
    path: '/openness/applications',
    title: '依申请公开办理',
    group: GROUP,
    audience: 'permission',
    permissions: ['openness:read'],
    icon: <AuditOutlined />,
    component: lazy(() => import('./ApplicationsPage.tsx')),
  },
  {
    path: '/openness/applications/:id',
    title: '政府信息公开申请',
    group: GROUP,
    hidden: true,
    audience: 'permission',
    permissions: ['openness:read'],
    component: lazy(() => import('./ApplicationPage.tsx')),
  },
];

export const OPENNESS_MENU_GROUP_ICONS: Record<string, ReactNode> = { [GROUP]: <FolderOpenOutlined /> };
